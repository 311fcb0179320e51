package srcfuncs

// Byte classes used by the heuristics. Bytes of multi-byte UTF-8
// sequences count as identifier bytes, so that names in other scripts are
// kept whole.

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHexDigit(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func hasPrefixAt(src []byte, i int, prefix string) bool {
	if prefix == "" || i+len(prefix) > len(src) {
		return false
	}
	return string(src[i:i+len(prefix)]) == prefix
}

// indexByteFrom returns the offset of the first c in src[i:hi], or hi.
func indexByteFrom(src []byte, i int, c byte, hi int) int {
	for ; i < hi; i++ {
		if src[i] == c {
			return i
		}
	}
	return hi
}

// identBefore reports whether the byte before i continues an identifier.
func identBefore(src []byte, i int) bool { return i > 0 && isIdentByte(src[i-1]) }

// utf8Len returns the length of the UTF-8 sequence starting with c
// (1 for bytes that cannot start one).
func utf8Len(c byte) int {
	switch {
	case c >= 0xF0 && c < 0xF8:
		return 4
	case c >= 0xE0:
		if c < 0xF0 {
			return 3
		}
		return 1
	case c >= 0xC0:
		return 2
	}
	return 1
}

// skipSpace returns the first offset at or after i, below hi, that is not
// white space in text.
func skipSpace(text []byte, i, hi int) int {
	for i < hi && isSpace(text[i]) {
		i++
	}
	return i
}

// lineStartOf returns the offset of the start of the line holding i.
func lineStartOf(text []byte, i int) int {
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	return i
}
