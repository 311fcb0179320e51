// Package semantic is SANY's semantic analysis natively in Go: it resolves
// the names of one parsed module against the modules it imports, checks
// operator arities, redefinitions, instance substitutions and proof
// references, and computes SANY's expression levels (constant, state,
// action, temporal) to report level errors.
//
// The checker runs in named phases over each module, in source order as
// SANY does: collect (declarations and definitions enter the module
// context as they are met), resolve (every name in every expression),
// arity (argument counts, checked while resolving applications) and levels
// (computed bottom-up during the same walk but reported separately, since
// SANY only reports level errors when no semantic error was found, and in
// the order of its level checker's passes: see levelRank). Levels follow
// SANY's LevelNode data: each definition's level, argument weights and
// maximum levels, the least levels its operator parameters must accept
// (minMaxLevel, opLevelCond) and, through INSTANCE, the levels of the
// substituted expressions, the Leibniz-ness of definitions and the level
// constraints a module puts on its own parameters (what an INSTANCE may
// substitute). Along the walk come SANY's structural rules: labels and
// their parameters (labels.go), proof steps and the ASSUME/PROVE clauses
// a name may select (proof.go, apgoal.go), the operands a selector such
// as Op!1!>> may name (operands.go), and RECURSIVE sections. Last comes
// SANY's linter (record field names that clash with definitions), whose
// warnings the caller gives only for a spec without errors.
//
// It knows nothing of files or module search: callers hand it parsed
// modules in dependency order through an Env. It holds no mutable global
// state: the built-in operator table is immutable.
package semantic
