package actions

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"

// findFuncs is srcfuncs.Find that cannot take the server down: srcfuncs
// works heuristically on arbitrary editor text, and a panic there (one was
// found by FuzzTraceAndConformance: a Rust source ending in `'\`) must
// cost only the functions of that file, not the session.
func findFuncs(lang string, src []byte) (funcs []srcfuncs.Func) {
	defer func() {
		if recover() != nil {
			funcs = nil
		}
	}()
	return srcfuncs.Find(lang, src)
}

// extractFuncs is srcfuncs.Extract with the same guard; on a panic every
// name is reported missing.
func extractFuncs(lang string, src []byte, names []string) (code string, missing []string) {
	defer func() {
		if recover() != nil {
			code, missing = "", names
		}
	}()
	return srcfuncs.Extract(lang, src, names)
}
