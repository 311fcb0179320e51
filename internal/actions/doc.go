// Package actions implements what the user asks for, independent of how they
// ask: writing a draft analysis of a source file (GenerateDraft), generating
// a TLA+ spec from a source file and its draft (Generate), checking a spec
// against its draft (CheckConformance) and linking core functions to their
// actions (Trace). The LSP server and the CLI are thin layers over it.
//
// Generate converges rather than trusting one answer: while the written
// spec has SANY errors it asks the model, in the same conversation, to
// repair it (repair.go), keeping each round's text in
// .tla-gen/<Module>/round-N.tla, the better version in <Module>.tla and a
// log in .tla-gen/<Module>/generation.log. It records the source and draft
// a spec came from in .tla-gen/<Module>/origin.json, which CheckConformance,
// Trace and SpecsFromSource read back. Prompts that do not fit the model's
// context window are refused with a *TooLargeError, never cut.
//
// This package must not import LSP packages; it talks to the editor only
// through the small interfaces declared here (Writer, progress callbacks,
// an io.Writer for the generation log).
package actions
