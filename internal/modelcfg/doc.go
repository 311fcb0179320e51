// Package modelcfg makes and checks TLC model configurations (.cfg) for a
// spec: Generate writes one from the spec's declarations and its draft
// analysis (small constants, the type invariant, the draft's invariants
// and properties, a state constraint where a variable is unbounded), and
// Check holds a parsed .cfg to the spec (names it does not define,
// constants without a value, a temporal formula listed as an invariant).
//
// It reads modules with internal/sany's parser and resolver and .cfg files
// with internal/tlc/cfg. It is deterministic and offline: asking a model
// for a configuration is internal/actions' business, which uses Check to
// accept or refuse the answer. It must not import internal/llm, internal/lsp
// or anything that speaks JSON-RPC.
package modelcfg
