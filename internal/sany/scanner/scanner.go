package scanner

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Scan tokenizes the whole file. It returns the tokens up to the first
// lexical error, always ending with an EOF token, and that error (nil if
// none). Text outside top-level modules yields no tokens. Because SANY's
// lexer is lazy, a parser must report the error only when it needs the
// token that could not be read, i.e. when it reaches the final EOF token
// and err is not nil.
func Scan(f *token.File) (toks []Token, err *Error) {
	toks, errs := ScanTokens(f, string(f.Text()), false)
	if len(errs) == 0 {
		return toks, nil
	}
	// The Illegal token becomes the final EOF.
	toks = toks[:len(toks)-1]
	toks[len(toks)-1].Kind = EOF
	return toks, errs[0]
}

// ScanTokens tokenizes f, whose text the caller also holds as the string
// src (names are substrings of it). Each lexical error becomes an Illegal
// token at the error's position, errs[k] being the error of the k-th
// Illegal token; the token list always ends with EOF. Without all, it
// stops after the first error, as SANY's lexer would; with all, it skips
// the offending text and goes on, for a parser that recovers.
func ScanTokens(f *token.File, src string, all bool) (toks []Token, errs ErrorList) {
	s := &scanner{file: f, src: f.Text(), str: src, lx: theLexicon()}
	toks = make([]Token, 0, estimateTokens(s.src))
	for {
		t, e := s.next()
		if e != nil {
			errs = append(errs, e)
			toks = append(toks, Token{Kind: Illegal, Pos: e.Pos, End: e.Pos, Col: int32(s.colOf(e.Pos))})
			if !all || int(e.End) >= len(s.src) {
				return append(toks, Token{Kind: EOF, Pos: e.Pos, End: e.Pos, Col: int32(s.colOf(e.Pos))}), errs
			}
			s.off = max(int(e.End), s.off+1)
			continue
		}
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks, errs
		}
	}
}

type scanner struct {
	file   *token.File
	src    []byte
	str    string // src as a string, for names without allocation
	off    int
	inSpec bool
	depth  int // nesting of modules whose ==== has not been seen
	lx     *lexicon

	// Column cache for the line being scanned.
	lineNo    int // 0-based line of lineStart
	lineStart int
	colOff    int
	col       int
}

// next returns the next token, skipping blanks, comments and text outside
// modules.
func (s *scanner) next() (Token, *Error) {
	if !s.inSpec {
		if !s.skipToModule() {
			// As below: end of file is on the last character read, which
			// is where SANY reports a file without a module header.
			s.off = max(len(s.src)-1, 0)
			return s.tok(EOF, len(s.src)), nil
		}
	}
	if e := s.skipBlanksAndComments(); e != nil {
		return Token{}, e
	}
	if s.off >= len(s.src) {
		// JavaCC places end of file on the last character read.
		s.off = len(s.src) - 1
		if s.off < 0 {
			s.off = 0
		}
		return s.tok(EOF, len(s.src)), nil
	}
	start := s.off
	c := s.src[start]
	switch {
	case c == '-' && s.hasPrefix("----"):
		if n := beginModuleLen(s.src[start:]); n > 0 {
			s.depth++
			return s.tok(BeginModule, start+n), nil
		}
		n := 4
		for start+n < len(s.src) && s.src[start+n] == '-' {
			n++
		}
		return s.tok(Separator, start+n), nil
	case c == '=' && s.hasPrefix("===="):
		n := 4
		for start+n < len(s.src) && s.src[start+n] == '=' {
			n++
		}
		t := s.tok(EndModule, start+n)
		s.depth--
		if s.depth <= 0 {
			s.depth = 0
			s.inSpec = false
		}
		return t, nil
	case isWordByte(c):
		return s.word(start), nil
	case c == '"':
		return s.stringLit(start)
	case c == '\\':
		if n := backslashNumberLen(s.src[start:]); n > 0 {
			return s.tok(Number, start+n), nil
		}
	case c == '<':
		if k, n := stepLen(s.src[start:]); n > 0 {
			return s.tok(k, start+n), nil
		}
	case c == '@':
		if !s.hasPrefix("@@") {
			return s.tok(Ident, start+1), nil
		}
	}
	if sym := s.longestSymbol(start); sym != nil {
		t := s.tok(sym.kind, start+len(sym.spelling))
		t.Class = sym.class
		t.Bullet = sym.bullet
		t.name = sym.name
		return t, nil
	}
	r, _ := utf8.DecodeRune(s.src[start:])
	switch r {
	case 'ℕ', 'ℤ', 'ℝ':
		return s.tok(Ident, start+utf8.RuneLen(r)), nil
	}
	// JavaCC reads on while the text can still become a token, and
	// reports the first character that cannot: the "x" of "?x".
	return Token{}, s.lexError(start+s.symbolPrefixLen(start), "")
}

// symbolPrefixLen returns the length of the longest proper prefix of a
// symbol spelling that the text at start begins with, in whole runes.
func (s *scanner) symbolPrefixLen(start int) int {
	rest := s.str[start:]
	best := 0
	for _, sym := range s.lx.byFirstByte[rest[0]] {
		n := 0
		for n < len(sym.spelling) && n < len(rest) && sym.spelling[n] == rest[n] {
			n++
		}
		for n > 0 && n < len(rest) && !utf8.RuneStart(rest[n]) {
			n-- // a spelling may share only some bytes of a character
		}
		best = max(best, n)
	}
	return best
}

func (s *scanner) hasPrefix(p string) bool {
	return len(s.src)-s.off >= len(p) && string(s.src[s.off:s.off+len(p)]) == p
}

// tok makes a token from s.off to end and advances past it.
func (s *scanner) tok(k Kind, end int) Token {
	start := s.off
	if start > end {
		start = end
	}
	t := Token{Kind: k, Pos: token.Pos(start), End: token.Pos(end), Col: int32(s.colOf(token.Pos(start)))}
	s.off = end
	return t
}

var (
	dashes  = []byte("----")
	newline = []byte("\n")
)

// skipToModule skips text up to the next "----...MODULE" header and
// reports whether one was found. SANY's default lexical state does this.
func (s *scanner) skipToModule() bool {
	for s.off < len(s.src) {
		i := bytes.Index(s.src[s.off:], dashes)
		if i < 0 {
			s.off = len(s.src)
			return false
		}
		s.off += i
		if beginModuleLen(s.src[s.off:]) > 0 {
			s.inSpec = true
			return true
		}
		s.off++
	}
	return false
}

// beginModuleLen returns the length of "----" "-"* " "* "MODULE" at the
// start of b, or 0.
func beginModuleLen(b []byte) int {
	n := 0
	for n < len(b) && b[n] == '-' {
		n++
	}
	if n < 4 {
		return 0
	}
	for n < len(b) && b[n] == ' ' {
		n++
	}
	if len(b)-n >= 6 && string(b[n:n+6]) == "MODULE" {
		return n + 6
	}
	return 0
}

func (s *scanner) skipBlanksAndComments() *Error {
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.off++
		case c == '(' && s.off+1 < len(s.src) && s.src[s.off+1] == '*':
			if e := s.blockComment(); e != nil {
				return e
			}
		case c == '\\' && s.off+1 < len(s.src) && s.src[s.off+1] == '*':
			i := s.off + 2
			for i < len(s.src) && s.src[i] != '\n' && s.src[i] != '\r' {
				i++
			}
			if i >= len(s.src) {
				return s.eofError("end of file inside a \\* comment")
			}
			s.off = i + 1
		default:
			return nil
		}
	}
	return nil
}

// blockComment skips a nested (* ... *) comment. At end of file SANY
// reports the line where its last comment token began: just after the
// last "(*" or "*)" it matched.
func (s *scanner) blockComment() *Error {
	depth := 0
	lastDelimEnd := s.off
	i := s.off
	for i < len(s.src) {
		if s.src[i] == '(' && i+1 < len(s.src) && s.src[i+1] == '*' {
			depth++
			i += 2
			if depth > 1 {
				lastDelimEnd = i
			}
			continue
		}
		if s.src[i] == '*' && i+1 < len(s.src) && s.src[i+1] == ')' {
			depth--
			i += 2
			lastDelimEnd = i
			if depth == 0 {
				s.off = i
				return nil
			}
			continue
		}
		i++
	}
	// The unfinished token began at lastDelimEnd (or at the outer "(*").
	begin := lastDelimEnd
	if begin >= len(s.src) {
		// An inner "(*" or "*)" ends the text: JavaCC finished that
		// token and then meets plain end of file, which the parser sees.
		s.off = len(s.src)
		return nil
	}
	beginLine := s.lineOf(token.Pos(begin))
	endLine := s.lineOf(token.Pos(len(s.src) - 1))
	if beginLine == endLine {
		return s.eofError("end of file inside a comment")
	}
	return &Error{Kind: Lexical, Pos: s.file.LineStart(beginLine), End: token.Pos(len(s.src)), NoColumn: true,
		Msg: fmt.Sprintf("end of file reached inside a comment; possibly an open comment starting around line %d", beginLine)}
}

// eofError reports end of file inside a token that began on the last
// line. JavaCC reports the column after the last character, or column 0
// of the next line if the text ends with a line end.
func (s *scanner) eofError(what string) *Error {
	n := len(s.src)
	e := &Error{Kind: Lexical, Pos: token.Pos(n), End: token.Pos(n), Msg: "lexical error: " + what}
	if n > 0 && (s.src[n-1] == '\n' || s.src[n-1] == '\r') {
		e.ColumnZero = true
	}
	return e
}

func (s *scanner) lexError(at int, after string) *Error {
	if at >= len(s.src) {
		return s.eofError("unexpected end of file")
	}
	r, size := utf8.DecodeRune(s.src[at:])
	if size == 0 {
		size = 1
	}
	desc := fmt.Sprintf("%q", string(r))
	switch r {
	case '\n':
		desc = "end of line"
	case utf8.RuneError:
		desc = fmt.Sprintf("byte 0x%02x", s.src[at])
	}
	msg := "lexical error: unexpected " + desc
	if after != "" {
		msg += " after " + after
	}
	return &Error{Kind: Lexical, Pos: token.Pos(at), End: token.Pos(at + size), Msg: msg}
}

func isLetter(c byte) bool   { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// word scans an identifier, keyword, word operator or number. A run of
// letters, digits and underscores is an identifier if it holds a letter;
// WF_ and SF_ at its start are keywords of their own.
func (s *scanner) word(start int) Token {
	end := start
	hasLetter, allUpper := false, true
	for end < len(s.src) && isWordByte(s.src[end]) {
		c := s.src[end]
		hasLetter = hasLetter || isLetter(c)
		allUpper = allUpper && c >= 'A' && c <= 'Z'
		end++
	}
	w := s.str[start:end]
	if n := qualifiedJunctionLen(w, s.str[end:]); n > 0 {
		return s.tok(QualifiedJunction, start+n)
	}
	if strings.HasPrefix(w, "WF_") {
		return s.tok(WF, start+3)
	}
	if strings.HasPrefix(w, "SF_") {
		return s.tok(SF, start+3)
	}
	if !hasLetter {
		n := 0
		for start+n < end && isDigit(s.src[start+n]) {
			n++
		}
		if n == 0 {
			return s.tok(Underscore, start+1)
		}
		return s.tok(Number, start+n)
	}
	if !allUpper {
		// Reserved words and word operators are all capitals.
		return s.tok(Ident, end)
	}
	if k, ok := s.lx.keywords[w]; ok {
		return s.tok(k, end)
	}
	if sym, ok := s.lx.words[w]; ok {
		t := s.tok(Op, end)
		t.Class = sym.class
		t.name = sym.name
		return t
	}
	return s.tok(Ident, end)
}

// backslashNumberLen returns the length of \b101, \o17 or \h1F at the
// start of b, or 0.
func backslashNumberLen(b []byte) int {
	if len(b) < 3 {
		return 0
	}
	var ok func(byte) bool
	switch b[1] {
	case 'b', 'B':
		ok = func(c byte) bool { return c == '0' || c == '1' }
	case 'o', 'O':
		ok = func(c byte) bool { return c >= '0' && c <= '7' }
	case 'h', 'H':
		ok = func(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	default:
		return 0
	}
	n := 2
	for n < len(b) && ok(b[n]) {
		n++
	}
	if n == 2 {
		return 0
	}
	return n
}

// stepLen recognises proof step tokens at the start of b: <1>2, <1>2.,
// <*>a, <+>, <1>, <1>*. and so on.
func stepLen(b []byte) (Kind, int) {
	n := 1
	implicit := false
	if n < len(b) && (b[n] == '*' || b[n] == '+') {
		implicit = true
		n++
	} else {
		d := n
		for n < len(b) && isDigit(b[n]) {
			n++
		}
		if n == d {
			return EOF, 0
		}
	}
	if n >= len(b) || b[n] != '>' {
		return EOF, 0
	}
	n++
	nameStart := n
	for n < len(b) && (isLetter(b[n]) || isDigit(b[n]) || (!implicit && b[n] == '_')) {
		n++
	}
	if n > nameStart {
		dots := n
		for n < len(b) && b[n] == '.' {
			n++
		}
		if n > dots {
			return StepDot, n
		}
		if implicit {
			return StepImplicit, n
		}
		return StepNamed, n
	}
	// Unnumbered: <1>*. <1>- <1>.
	switch {
	case n < len(b) && b[n] == '*':
		n++
		for n < len(b) && b[n] == '.' {
			n++
		}
		return StepUnnamed, n
	case n < len(b) && b[n] == '-':
		n++
		for n < len(b) && b[n] == '.' {
			n++
		}
		return StepUnnamed, n
	case n < len(b) && b[n] == '.':
		for n < len(b) && b[n] == '.' {
			n++
		}
		return StepUnnamed, n
	}
	return StepBare, n
}

// longestSymbol finds the longest symbol spelling starting at start,
// or returns nil.
func (s *scanner) longestSymbol(start int) *spelledSymbol {
	rest := s.str[start:]
	cands := s.lx.byFirstByte[rest[0]]
	for i := range cands {
		sp := cands[i].spelling
		if len(sp) <= len(rest) && rest[:len(sp)] == sp {
			return &cands[i]
		}
	}
	return nil
}

// stringLit scans a string literal with SANY's escapes.
func (s *scanner) stringLit(start int) (Token, *Error) {
	i := start + 1
	for i < len(s.src) {
		switch c := s.src[i]; c {
		case '"':
			t := s.tok(String, i+1)
			return t, nil
		case '\n', '\r':
			return Token{}, s.lexError(i, fmt.Sprintf("%q", string(s.src[start:i])))
		case '\\':
			if i+1 >= len(s.src) {
				return Token{}, s.eofError("end of file inside a string")
			}
			switch s.src[i+1] {
			case 'n', 't', 'r', 'f', '\\', '"':
				i += 2
			default:
				return Token{}, s.lexError(i+1, fmt.Sprintf("%q", string(s.src[start:i+1])))
			}
		default:
			i++
		}
	}
	return Token{}, s.eofError("end of file inside a string")
}

// lineOf and colOf give SANY's line and column of p, caching the current
// line so that scanning stays linear.
func (s *scanner) lineOf(p token.Pos) int {
	if int(p) >= s.lineStart && int(p) >= s.colOff {
		s.colOf(p)
		return s.lineNo + 1
	}
	return s.file.SANYPosition(p).Line
}

func (s *scanner) colOf(p token.Pos) int {
	off := int(p)
	if off > len(s.src) {
		off = len(s.src)
	}
	if off < s.colOff || off < s.lineStart {
		return s.file.SANYPosition(p).Column
	}
	// Move the cache forward to off. Lines crossed on the way (comments,
	// blank lines) are only counted: columns restart on off's line.
	i, col := s.colOff, s.col
	if i < s.lineStart {
		i, col = s.lineStart, 0
	}
	if nl := bytes.LastIndexByte(s.src[i:off], '\n'); nl >= 0 {
		s.lineNo += bytes.Count(s.src[i:i+nl+1], newline)
		i += nl + 1
		s.lineStart, col = i, 0
	}
	for i < off {
		c := s.src[i]
		if c < utf8.RuneSelf {
			if c == '\t' {
				col = (col/8 + 1) * 8
			} else {
				col++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(s.src[i:])
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
		i += size
	}
	s.colOff, s.col = off, col
	return col + 1
}

// estimateTokens guesses how many tokens src holds so that the token
// slice is allocated once in the common case: the corpus averages one
// token per 9 bytes (comments and indentation), dense specifications one
// per 4, which then grow the slice once or twice.
func estimateTokens(src []byte) int {
	return len(src)/6 + 16
}

// qualifiedJunctionLen returns the length of SANY's BAND or BOR token at
// the start of word+rest, or 0: a word of letters and digits directly
// followed by "./\\" or ".\\/", as in "x./\\". Being longer than the word
// alone, it wins in SANY's lexer, although its grammar accepts it nowhere.
// The word may not start with S or W unless its second character is a
// letter other than F or a digit (WF./\\ is WF, ".", "/\\").
func qualifiedJunctionLen(word, rest string) int {
	if len(rest) < 3 || rest[0] != '.' || (rest[1:3] != "/\\" && rest[1:3] != "\\/") {
		return 0
	}
	if strings.IndexByte(word, '_') >= 0 {
		return 0
	}
	if c := word[0]; c == 'S' || c == 'W' {
		if len(word) < 2 || word[1] == 'F' {
			return 0
		}
	}
	return len(word) + 3
}
