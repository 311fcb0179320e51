// Package cfg parses TLC's model configuration language (.cfg files):
// SPECIFICATION or INIT/NEXT, CONSTANT(S) with values, model values and
// `<-` substitutions (also their `[Mod]` forms), INVARIANT(S),
// PROPERTY/PROPERTIES, CONSTRAINT(S), ACTION_CONSTRAINT(S), SYMMETRY,
// VIEW, ALIAS, POSTCONDITION(S), CHECK_DEADLOCK and TLC's experimental
// _PERIODIC, _RL_REWARD and _POSSIBLE, with TLC's comment and keyword
// rules. Errors carry the line and column they are at.
//
// The rules are those of TLC's tlc2/tool/impl/ModelConfig.java reading
// the TLA+ token manager's tokens. What TLC rejects is rejected here with
// TLC's message where it has one: a single-valued keyword given twice, a
// keyword without its name, a value that is not a decimal integer below
// 2^31, a string, TRUE/FALSE, a model value or a set of values — so
// negative integers, tuples and \h/\o/\b numbers are errors, as they are
// for TLC. Where TLC silently accepts nonsense (a `,` taken as an
// invariant's name, a stray character that ends its reading of the
// file), Parse reports it: a .cfg that Parse accepts is one TLC reads the
// same way.
//
// It knows nothing of TLA+ modules: whether the names exist is for the
// evaluator (and for the language server's diagnostics) to decide. It
// must not import internal/sany or anything of the language server.
package cfg
