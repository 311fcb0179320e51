// Package conformance holds a generated TLA+ module to the rules of the
// translation prompt: every core function of the draft has an action of
// the same name, every action is reachable from Next, vars lists every
// variable, and the module has the prompt's skeleton (a type invariant,
// Init, Next, and Spec == Init /\ [][Next]_vars).
//
// These are not SANY errors: a spec can break every rule and still be
// valid TLA+. Findings are sany.Diagnostics of Kind KindConformance, at
// warning or information severity, positioned on AST nodes. The LSP layer
// publishes diagnostics of this kind with source "tla-gen" rather than
// "sany", and the CLI prints them after SANY's.
//
// The check is purely syntactic, on the module's AST: it runs on a spec
// that parsed, whether or not the semantic checker accepted it. It must not
// import LSP, draft or generation packages (they call it).
package conformance
