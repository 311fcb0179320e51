// Package draft reads draft analyses: the free-text documents (written by
// people or by a model) that say which functions of a program are core,
// helper or infrastructure, which state variables are essential, and which
// properties the spec should state.
//
// Parsing is forgiving: headings in several spellings, bullets with or
// without backticks, numbered lists. This package knows nothing of LSP.
package draft
