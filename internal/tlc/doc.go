// Package tlc is the native explicit-state model checker: it runs a TLA+
// specification the way TLC does (tlc2.TLC), on the modules that
// internal/sany has loaded and checked, and answers with TLC's verdict,
// TLC's state counts and the shortest counterexample trace.
//
// The work is split as TLC splits it:
//
//   - tlc/cfg       the model configuration language (.cfg files);
//   - tlc/value     immutable values in canonical form, their order,
//     64-bit fingerprints and TLC's printed form;
//   - tlc/eval      compilation of the resolved modules and evaluation of
//     expressions, actions and initial predicates;
//   - tlc/search    breadth-first search over the state graph: queue,
//     fingerprint set, parents for traces, workers, statistics;
//   - tlc/liveness  temporal properties under fairness on the state graph
//     the search built, with lasso counterexamples.
//
// This package is the entry point (Check) and the result vocabulary shared
// by the CLI, the language server and the MCP server. It must not import
// anything of LSP or JSON-RPC.
package tlc
