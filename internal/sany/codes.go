package sany

// Code is one of SANY's error codes (tla2sany.semantic.ErrorCode), so that
// a diagnostic can be looked up in SANY's documentation. Lexical and parse
// errors have no code in SANY and use 0.
type Code int

// String returns SANY's name for the code, e.g. "SYMBOL_UNDEFINED".
func (c Code) String() string {
	if n, ok := codeNames[c]; ok {
		return n
	}
	if c == 0 {
		return ""
	}
	return "UNKNOWN_ERROR_CODE"
}

// codeNames maps every code defined in this package to SANY's name.
// It is filled by codes_*.go declarations and is read-only after init.
var codeNames = map[Code]string{}
