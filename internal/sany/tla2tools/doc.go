// Package tla2tools runs real SANY (tla2sany.SANY from the TLA+ tools'
// tla2tools.jar) as an optional second checker, for users who have Java,
// and turns its output into the same sany.Diagnostic values the native
// checker (package sany) produces: kind, module, file, byte range, SANY's
// error code and message.
//
// The package is named after the jar a user configures (tlaGen.tla2toolsJar)
// rather than "javasany": what it needs is that jar, and Java is only the
// means to run it.
//
// SANY is run exactly as the SANY corpus was produced (see Check), on the
// file as saved on disk: it cannot see unsaved editor buffers, so editors
// run it on save. Its standard output is parsed (output.go), each report's
// code is recognised from its wording (codes.go, since the command line
// prints no codes), and SANY's line/column coordinates are converted back
// to byte offsets with token.File.OffsetOfSANY (locate.go).
//
// The package must not import LSP or model-calling packages, and keeps no
// mutable global state: concurrent Checks are independent processes.
package tla2tools
