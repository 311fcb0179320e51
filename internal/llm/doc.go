// Package llm reaches language models through a small interface, Model,
// with an implementation for any OpenAI-compatible chat-completions
// endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio…) built on
// github.com/sashabaranov/go-openai.
//
// Errors returned here are written for the user (timeouts, rate limits,
// server errors, cut streams, empty answers) and never contain the API key.
// This package knows nothing of LSP or of TLA+.
package llm
