// Package token defines source positions for TLA+ text and the one place
// where byte offsets are converted to the coordinates that users see.
//
// Positions inside the checker are byte offsets (Pos) into a File's text,
// with half-open ranges [Pos, End). Two coordinate systems leave the
// checker: SANY's (1-based line and column, columns counting UTF-16 code
// units with a TAB advancing to the next multiple of 8, as JavaCC does) and
// LSP's (0-based line, UTF-16 character offset, TAB counting as one unit).
// Both are computed here and nowhere else.
//
// This package must not import anything from the LSP libraries.
package token
