// Package scanner turns TLA+ source text into tokens the way SANY's
// JavaCC token manager does: text before a "---- MODULE" header and after
// the closing "====" of a top-level module is skipped, comments nest, and
// every Unicode alternative SANY accepts (≜ ∧ ∨ ⟨ ⟩ ∈ ...) is recognised.
// Operator spellings, their canonical names and classes come from
// op.Table; the scanner's lexicon is derived from it on first use.
//
// It also defines ErrorList, the sorted list of lexical and parse errors
// that the parser returns. The scanner must not know the grammar beyond
// module nesting, which decides when skipping starts again.
package scanner
