// Package expect reads the expected diagnostics written in the comments
// of test files (testdata of the parser, the semantic checker and the
// draft-conformance check), in one format:
//
//	(* KIND[@MODULE] [CODE_NAME] "text" *)
//
// KIND is ERROR, WARNING or INFO; CODE_NAME, when given, is the
// diagnostic's code (sany.Code's name); "text" is a Go-quoted string that
// the diagnostic's message must contain. Blanks just inside the comment
// delimiters are optional. The comment sits beside the offending text: a
// diagnostic belongs to it when its range ends right before the comment or
// starts right after it (blanks, and other expectation comments in a row,
// between them); @MODULE puts it on the module's header instead.
//
// It imports only the standard library; tests use it.
package expect
