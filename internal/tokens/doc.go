// Package tokens counts model tokens offline, so that the generator can tell
// before calling a model whether the prompt (translation instructions, draft
// and source code) fits the model's context window.
//
// Counting uses tiktoken-go with the BPE tables embedded by
// tiktoken-go-loader: nothing is downloaded at run time, whatever the
// network allows. The encoding is chosen from the model name (see
// EncodingFor); models that are not OpenAI's (local or other providers'
// models) are counted with cl100k_base as an approximation, which is
// usually within 10–20% of their own tokenizers for code and English.
//
// Encoders are expensive to build (hundreds of milliseconds and tens of
// megabytes), so each is built at most once per process, on first use, and
// is immutable afterwards: Count is safe for concurrent use.
//
// This package must not import LSP, draft or generation packages.
package tokens
