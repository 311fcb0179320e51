package cfg

import (
	"unicode/utf8"
)

// tokenKind classifies a token the way TLC's use of the TLA+ token manager
// (lexical state SPEC) sees it.
type tokenKind int

const (
	tokEOF    tokenKind = iota
	tokWord             // identifiers and reserved words: letters, digits, '_' with a letter
	tokNumber           // a decimal number
	tokBased            // \b.., \o.., \h.. numbers: TLA+ tokens, but TLC cannot read them as values
	tokString           // "...", Text keeps the quotes
	tokSymbol           // punctuation and operator symbols
)

// token is one lexeme of a .cfg file.
type token struct {
	kind tokenKind
	text string
	pos  Pos
}

// lexer splits a .cfg into TLC's tokens. TLC skips only space, tab, CR
// and LF, `\*` line comments and nested `(* *)` block comments; any other
// character ends TLC's reading of the file silently (its token manager
// fails and it treats that as the end). We report it instead.
type lexer struct {
	src       []byte
	off       int
	line, col int // 1-based; col counts UTF-16 units
	errs      *ErrorList
}

func newLexer(src []byte, errs *ErrorList) *lexer {
	return &lexer{src: src, line: 1, col: 1, errs: errs}
}

func (lx *lexer) errorf(p Pos, msg string) { lx.errs.add(p, msg) }

func (lx *lexer) pos() Pos { return Pos{Line: lx.line, Column: lx.col} }

// advance moves past one rune, keeping line and column; CR, LF and CRLF
// each end a line.
func (lx *lexer) advance() {
	r, size := utf8.DecodeRune(lx.src[lx.off:])
	switch {
	case r == '\n':
		lx.line++
		lx.col = 1
	case r == '\r':
		if lx.off+1 < len(lx.src) && lx.src[lx.off+1] == '\n' {
			lx.off++
		}
		lx.line++
		lx.col = 1
	case r >= 0x10000:
		lx.col += 2
	default:
		lx.col++
	}
	lx.off += size
}

func (lx *lexer) peekByte(ahead int) byte {
	if lx.off+ahead < len(lx.src) {
		return lx.src[lx.off+ahead]
	}
	return 0
}

func (lx *lexer) hasPrefix(s string) bool {
	return len(lx.src)-lx.off >= len(s) && string(lx.src[lx.off:lx.off+len(s)]) == s
}

// skipSpaceAndComments skips what TLC's token manager skips.
func (lx *lexer) skipSpaceAndComments() {
	for lx.off < len(lx.src) {
		switch c := lx.src[lx.off]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			lx.advance()
		case lx.hasPrefix(`\*`):
			for lx.off < len(lx.src) && lx.src[lx.off] != '\n' && lx.src[lx.off] != '\r' {
				lx.advance()
			}
		case lx.hasPrefix("(*"):
			lx.skipBlockComment()
		default:
			return
		}
	}
}

// skipBlockComment skips a `(* ... *)` comment; they nest, as in TLA+.
func (lx *lexer) skipBlockComment() {
	start := lx.pos()
	depth := 0
	for lx.off < len(lx.src) {
		switch {
		case lx.hasPrefix("(*"):
			depth++
			lx.advance()
			lx.advance()
		case lx.hasPrefix("*)"):
			depth--
			lx.advance()
			lx.advance()
			if depth == 0 {
				return
			}
		default:
			lx.advance()
		}
	}
	lx.errorf(start, "Unterminated comment: (* has no matching *).")
}

// symbols are the multi-character TLA+ symbols that matter for telling
// `=`, `<-`, `-` and the brackets apart, longest first, so that `<-` is
// one token and `<<` is not a `<` and a model value.
var symbols = []string{
	"|->", "<=>", "...", "::=",
	"<-", "<<", ">>", "->", "==", "=>", "=<", "<=", ">=", "/=", "..", "::", ":=",
	"/\\", "\\/", "~>", "[]", "<>", "-+->", "|-", "-|", "++", "--", "**", "//", "^^", "^+", "^*", "^#", "||", "&&", "%%", "##", "$$", "??", "!!", "@@", ":>", "<:",
}

// next returns the next token, skipping (and reporting) what is not one.
func (lx *lexer) next() token {
	for {
		if t, ok := lx.scan(); ok {
			return t
		}
	}
}

// scan reads one token; ok is false when it read something illegal
// instead, which it has reported.
func (lx *lexer) scan() (t token, ok bool) {
	lx.skipSpaceAndComments()
	p := lx.pos()
	if lx.off >= len(lx.src) {
		return token{kind: tokEOF, pos: p}, true
	}
	start := lx.off
	c := lx.src[lx.off]
	switch {
	case isWordByte(c):
		hasLetter := false
		for lx.off < len(lx.src) && isWordByte(lx.src[lx.off]) {
			if isLetter(lx.src[lx.off]) {
				hasLetter = true
			}
			lx.advance()
		}
		text := string(lx.src[start:lx.off])
		if hasLetter {
			return token{kind: tokWord, text: text, pos: p}, true
		}
		if allDigits(text) {
			return token{kind: tokNumber, text: text, pos: p}, true
		}
		lx.errorf(p, "Illegal token "+quote(text)+".")
		return token{}, false
	case c == '"':
		return lx.string(p), true
	case c == '\\' && isBaseLetter(lx.peekByte(1)) && isBaseDigit(lx.peekByte(1), lx.peekByte(2)):
		lx.advance()
		lx.advance()
		for lx.off < len(lx.src) && isBaseDigit(lx.src[start+1], lx.src[lx.off]) {
			lx.advance()
		}
		return token{kind: tokBased, text: string(lx.src[start:lx.off]), pos: p}, true
	case c == '\\' && isLetter(lx.peekByte(1)):
		// \in, \A, \union ...: operator words.
		lx.advance()
		for lx.off < len(lx.src) && isLetter(lx.src[lx.off]) {
			lx.advance()
		}
		return token{kind: tokSymbol, text: string(lx.src[start:lx.off]), pos: p}, true
	case c == '-' && lx.hasPrefix("----"), c == '=' && lx.hasPrefix("===="):
		// TLA+'s separator and end-of-module lines are single tokens.
		for lx.off < len(lx.src) && lx.src[lx.off] == c {
			lx.advance()
		}
		return token{kind: tokSymbol, text: string(lx.src[start:lx.off]), pos: p}, true
	case c < utf8.RuneSelf && isSymbolByte(c):
		for _, s := range symbols {
			if lx.hasPrefix(s) {
				for range s {
					lx.advance()
				}
				return token{kind: tokSymbol, text: s, pos: p}, true
			}
		}
		lx.advance()
		return token{kind: tokSymbol, text: string(c), pos: p}, true
	default:
		r, _ := utf8.DecodeRune(lx.src[lx.off:])
		lx.advance()
		if r == '←' || r == '⟨' || r == '⟩' || r == '≜' || r == '→' || r == '↦' {
			// Unicode forms of TLA+ symbols; TLC compares the token's text
			// with "<-" and so never takes them for the ASCII ones.
			return token{kind: tokSymbol, text: string(r), pos: p}, true
		}
		lx.errorf(p, "Illegal character "+quote(string(r))+": TLC stops reading the file here.")
		return token{}, false
	}
}

// string scans a TLA+ string literal. TLC keeps the text between the
// quotes as written: escapes are checked but not reduced.
func (lx *lexer) string(p Pos) token {
	start := lx.off
	lx.advance()
	for lx.off < len(lx.src) {
		c := lx.src[lx.off]
		switch c {
		case '"':
			lx.advance()
			return token{kind: tokString, text: string(lx.src[start:lx.off]), pos: p}
		case '\n', '\r':
			lx.errorf(p, "Unterminated string.")
			return token{kind: tokString, text: string(lx.src[start:lx.off]) + `"`, pos: p}
		case '\\':
			switch lx.peekByte(1) {
			case 'n', 't', 'r', 'f', '\\', '"':
				lx.advance()
				lx.advance()
			default:
				lx.errorf(lx.pos(), `Illegal escape in a string (allowed: \n \t \r \f \\ \").`)
				lx.advance()
			}
		default:
			lx.advance()
		}
	}
	lx.errorf(p, "Unterminated string.")
	return token{kind: tokString, text: string(lx.src[start:lx.off]) + `"`, pos: p}
}

func isLetter(c byte) bool   { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

func isBaseLetter(c byte) bool {
	switch c {
	case 'b', 'B', 'o', 'O', 'h', 'H':
		return true
	}
	return false
}

func isBaseDigit(base, c byte) bool {
	switch base {
	case 'b', 'B':
		return c == '0' || c == '1'
	case 'o', 'O':
		return c >= '0' && c <= '7'
	case 'h', 'H':
		return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	return false
}

func isSymbolByte(c byte) bool {
	switch c {
	case '=', '<', '>', '-', '+', '*', '/', '\\', '|', '&', '^', '%', '$', '#', '@', '~', ':', '.', '!', '?', '\'',
		'(', ')', '[', ']', '{', '}', ',', ';':
		return true
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func quote(s string) string { return "`" + s + "'" }
