package semantic

// Code is one of SANY's error codes (tla2sany.semantic.ErrorCode), so that
// a diagnostic can be looked up in SANY's documentation. Lexical and parse
// errors have no code in SANY and use 0.
type Code int

// String returns SANY's name for the code, e.g. "SYMBOL_UNDEFINED".
func (c Code) String() string {
	if n := codeName(c); n != "" {
		return n
	}
	if c == 0 {
		return ""
	}
	return "UNKNOWN_ERROR_CODE"
}

// IsWarning reports whether SANY classes the code as a warning, which never
// makes a module fail (codes 4800 and above).
func (c Code) IsWarning() bool { return c >= 4800 }
