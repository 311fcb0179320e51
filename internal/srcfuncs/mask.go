package srcfuncs

// lexRules says how a language writes comments and literals, which is all
// the masker needs to know.
type lexRules struct {
	lineComment   string // "//" or "#"
	blockComments bool   // /* ... */
	nestedBlocks  bool   // block comments nest (Rust, Kotlin)
	preprocessor  bool   // '#' starting a line begins a directive (C, C++, C#)
	// quotes lists the characters that open single-line-or-escaped strings.
	quotes       string
	tripleQuotes bool // """ ... """ (Python, Kotlin, Java text blocks, C# raw)
	charLiterals bool // '...' is a character literal (C family, Rust, Kotlin, Java)
	rustLiterals bool // r#"..."# raw strings and 'a lifetimes
	cppRaw       bool // R"delim(...)delim"
	digitQuotes  bool // C++14 digit separators 1'000
	csharpStrs   bool // @"..." verbatim and $"...{expr}..." interpolated
	templates    bool // JavaScript `...${expr}...`
	dollarBraces bool // Kotlin "...${expr}..."
	regexps      bool // JavaScript /.../ literals
	multiline    bool // ordinary strings may span lines (Rust)
}

// masked is a copy of the source in which comments are blanked to spaces
// and every string or character literal becomes one '"' followed by
// spaces, newlines included. Offsets are unchanged, so structure can be
// read from the masked text and names from the source.
type masked struct {
	text []byte
	// commentStart maps the end offset of each comment to its start, so
	// that a doc comment just above a definition can be attached to it.
	commentStart map[int]int
}

// maxLiteralNesting bounds how deeply string interpolations may nest
// before the rest of a literal is treated as plain text.
const maxLiteralNesting = 32

type masker struct {
	rules lexRules
	src   []byte
	out   []byte
	m     masked
}

func mask(rules lexRules, src []byte) masked {
	k := &masker{rules: rules, src: src, out: append([]byte(nil), src...)}
	k.m.commentStart = map[int]int{}
	k.code(0, len(src), 0, false)
	k.m.text = k.out
	return k.m
}

// code masks the literals and comments of code in [i, hi). When
// untilBrace is set it is the inside of an interpolation and stops at the
// '}' that closes it, returning that brace's offset.
func (k *masker) code(i, hi, nesting int, untilBrace bool) int {
	src, r := k.src, k.rules
	lineStart := true
	braces := 0
	for i < hi {
		c := src[i]
		switch {
		case c == '\n':
			lineStart = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
			continue
		case untilBrace && c == '{':
			braces++
		case untilBrace && c == '}':
			if braces == 0 {
				return i
			}
			braces--
		case hasPrefixAt(src, i, r.lineComment):
			j := indexByteFrom(src, i, '\n', hi)
			k.comment(i, j)
			i = j
			continue
		case r.blockComments && hasPrefixAt(src, i, "/*"):
			j := k.blockCommentEnd(i, hi)
			k.comment(i, j)
			i = j
			continue
		case r.preprocessor && lineStart && c == '#':
			j := directiveEnd(src, i, hi)
			k.blank(i, j)
			// A directive ends a declaration, like ';' does; this also
			// keeps braces in #define bodies out of the structure.
			k.out[i] = ';'
			i = j
			lineStart = true
			continue
		default:
			if j, ok := k.literal(i, hi, nesting); ok {
				k.blankLiteral(i, j)
				i = j
				lineStart = false
				continue
			}
		}
		lineStart = false
		i++
	}
	return hi
}

// comment blanks a comment and records it.
func (k *masker) comment(i, j int) {
	k.blank(i, j)
	k.m.commentStart[j] = i
}

func (k *masker) blank(i, j int) {
	for ; i < j; i++ {
		k.out[i] = ' '
	}
}

func (k *masker) blankLiteral(i, j int) {
	k.blank(i, j)
	if i < j {
		k.out[i] = '"'
	}
}

func (k *masker) blockCommentEnd(i, hi int) int {
	depth := 0
	for j := i; j+1 < hi; j++ {
		switch {
		case k.src[j] == '/' && k.src[j+1] == '*':
			if depth == 0 || k.rules.nestedBlocks {
				depth++
			}
			j++
		case k.src[j] == '*' && k.src[j+1] == '/':
			depth--
			j++
			if depth == 0 {
				return j + 1
			}
		}
	}
	return hi
}

// directiveEnd returns the end of a preprocessor line, following
// backslash-newline continuations.
func directiveEnd(src []byte, i, hi int) int {
	for j := i; j < hi; j++ {
		if src[j] == '\n' {
			back := j - 1
			if back >= 0 && src[back] == '\r' {
				back--
			}
			if back >= i && src[back] == '\\' {
				continue
			}
			return j
		}
	}
	return hi
}

// literal reports whether a literal starts at i, and where it ends.
func (k *masker) literal(i, hi, nesting int) (int, bool) {
	src, r := k.src, k.rules
	c := src[i]
	switch {
	case r.rustLiterals && (c == 'r' || c == 'b' || c == 'c') && !identBefore(src, i):
		if j, ok := rustRawString(src, i, hi); ok {
			return j, true
		}
		return 0, false
	case r.csharpStrs && (c == '@' || c == '$'):
		return k.csharpString(i, hi, nesting)
	case c == '"' && r.cppRaw && i > 0 && src[i-1] == 'R' && cppRawPrefixOK(src, i-1):
		return cppRawString(src, i, hi), true
	case r.tripleQuotes && (c == '"' || c == '\'' && r.quotes != "" && containsByte(r.quotes, '\'')) && hasPrefixAt(src, i, string([]byte{c, c, c})):
		return k.tripleString(i, hi, c, nesting), true
	case c == '`' && r.templates:
		return k.interpolated(i, hi, '`', nesting, true, true), true
	case containsByte(r.quotes, c):
		interp := r.dollarBraces && c == '"'
		return k.interpolated(i, hi, c, nesting, interp, r.multiline), true
	case c == '\'' && r.charLiterals:
		return k.charLiteral(i, hi)
	case c == '/' && r.regexps && k.regexAllowed(i):
		return regexEnd(src, i, hi)
	}
	return 0, false
}

// interpolated scans a quoted literal opened by quote at i, with escapes.
// If interp is set, "${" opens an embedded expression. Unless multiline is
// set, an unterminated literal ends at the end of its line.
func (k *masker) interpolated(i, hi int, quote byte, nesting int, interp, multiline bool) int {
	src := k.src
	for j := i + 1; j < hi; j++ {
		switch c := src[j]; {
		case c == '\\':
			j++
		case c == quote:
			return j + 1
		case c == '\n' && !multiline:
			return j
		case interp && c == '$' && j+1 < hi && src[j+1] == '{' && nesting < maxLiteralNesting:
			j = k.code(j+2, hi, nesting+1, true)
		}
	}
	return hi
}

// tripleString scans """...""" (or ”' in Python).
func (k *masker) tripleString(i, hi int, quote byte, nesting int) int {
	src := k.src
	// Python strings and Java text blocks have escapes; Kotlin and C# raw
	// strings do not.
	escapes := !k.rules.dollarBraces && !k.rules.csharpStrs
	for j := i + 3; j < hi; j++ {
		switch c := src[j]; {
		case c == '\\' && escapes:
			j++
		case c == quote && j+2 < hi && src[j+1] == quote && src[j+2] == quote:
			end := j + 3
			for end < hi && src[end] == quote { // """" ends with the last three
				end++
			}
			return end
		case k.rules.dollarBraces && c == '$' && j+1 < hi && src[j+1] == '{' && nesting < maxLiteralNesting:
			j = k.code(j+2, hi, nesting+1, true)
		}
	}
	return hi
}

// charLiteral scans 'x', '\n', '\u{1F600}'. In Rust a quote not closed
// within a character is a lifetime ('a) and is left alone; in C++ a quote
// inside a number is a digit separator.
func (k *masker) charLiteral(i, hi int) (int, bool) {
	src := k.src
	if k.rules.digitQuotes && i > 0 && isDigit(src[i-1]) && i+1 < hi && isHexDigit(src[i+1]) && numberBefore(src, i) {
		return 0, false
	}
	j := i + 1
	if j < hi && src[j] == '\\' {
		// An escape may be cut off by the end of the input: never step past hi.
		for j = min(j+2, hi); j < hi && src[j] != '\'' && src[j] != '\n'; j++ {
		}
		if j < hi && src[j] == '\'' {
			return j + 1, true
		}
		return j, true
	}
	// One character (one UTF-8 sequence) then the closing quote.
	if j < hi {
		j = min(j+utf8Len(src[j]), hi)
	}
	if j < hi && src[j] == '\'' {
		return j + 1, true
	}
	if k.rules.rustLiterals {
		return 0, false // a lifetime or label
	}
	// Not closed where expected: mask to the end of the line at most.
	for ; j < hi && src[j] != '\'' && src[j] != '\n'; j++ {
	}
	if j < hi && src[j] == '\'' {
		return j + 1, true
	}
	return j, true
}

// regexAllowed reports whether a '/' at i starts a regular expression
// literal rather than a division, judged by the last significant
// character already masked.
func (k *masker) regexAllowed(i int) bool {
	j := i - 1
	for j >= 0 && isSpace(k.out[j]) {
		j--
	}
	if j < 0 {
		return true
	}
	c := k.out[j]
	if containsByte("(,=:[!&|?{};+-*%<>~^", c) {
		return true
	}
	if isIdentByte(c) {
		start := j
		for start > 0 && isIdentByte(k.out[start-1]) {
			start--
		}
		switch string(k.out[start : j+1]) {
		case "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await":
			return true
		}
	}
	return false
}

// regexEnd scans a regular expression literal; one not closed on its line
// is taken for a division after all.
func regexEnd(src []byte, i, hi int) (int, bool) {
	inClass := false
	for j := i + 1; j < hi; j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return j + 1, true
			}
		case '\n':
			return 0, false
		}
	}
	return 0, false
}

// csharpString scans @"...", $"...", $@"...", @$"..." and $"""...""".
func (k *masker) csharpString(i, hi, nesting int) (int, bool) {
	src := k.src
	verbatim, interp := false, false
	j := i
	for j < hi && (src[j] == '@' || src[j] == '$') && j-i < 4 {
		if src[j] == '@' {
			verbatim = true
		} else {
			interp = true
		}
		j++
	}
	if j >= hi || src[j] != '"' {
		return 0, false
	}
	if hasPrefixAt(src, j, `"""`) {
		return k.tripleString(j, hi, '"', nesting), true
	}
	for j++; j < hi; j++ {
		switch c := src[j]; {
		case c == '\\' && !verbatim:
			j++
		case c == '"':
			if verbatim && j+1 < hi && src[j+1] == '"' {
				j++
				continue
			}
			return j + 1, true
		case c == '\n' && !verbatim:
			return j, true
		case interp && c == '{':
			if j+1 < hi && src[j+1] == '{' {
				j++
				continue
			}
			if nesting < maxLiteralNesting {
				j = k.code(j+1, hi, nesting+1, true)
			}
		}
	}
	return hi, true
}

// rustRawString scans r"..", r#".."#, br#".."#, cr".." at i.
func rustRawString(src []byte, i, hi int) (int, bool) {
	j := i
	if src[j] == 'b' || src[j] == 'c' {
		j++
	}
	if j >= hi || src[j] != 'r' {
		return 0, false
	}
	j++
	hashes := 0
	for j < hi && src[j] == '#' {
		hashes++
		j++
	}
	if j >= hi || src[j] != '"' {
		return 0, false
	}
	for j++; j < hi; j++ {
		if src[j] != '"' {
			continue
		}
		n := 0
		for n < hashes && j+1+n < hi && src[j+1+n] == '#' {
			n++
		}
		if n == hashes {
			return j + 1 + n, true
		}
	}
	return hi, true
}

// cppRawPrefixOK reports whether the 'R' at r starts a raw string prefix
// (R, LR, uR, UR, u8R) rather than ending an identifier.
func cppRawPrefixOK(src []byte, r int) bool {
	start := r
	for start > 0 && isIdentByte(src[start-1]) {
		start--
	}
	switch string(src[start:r]) {
	case "", "L", "u", "U", "u8":
		return true
	}
	return false
}

// cppRawString scans R"delim( ... )delim" whose quote is at i.
func cppRawString(src []byte, i, hi int) int {
	j := i + 1
	for j < hi && j-i <= 17 && src[j] != '(' && src[j] != '"' && src[j] != '\n' {
		j++
	}
	if j >= hi || src[j] != '(' {
		return indexByteFrom(src, i+1, '\n', hi)
	}
	closing := append(append([]byte{')'}, src[i+1:j]...), '"')
	for p := j + 1; p+len(closing) <= hi; p++ {
		if src[p] == ')' && hasPrefixAt(src, p, string(closing)) {
			return p + len(closing)
		}
	}
	return hi
}

// numberBefore reports whether the digits before i belong to a number
// rather than ending an identifier such as u8 or x1.
func numberBefore(src []byte, i int) bool {
	j := i - 1
	for j >= 0 && (isHexDigit(src[j]) || src[j] == '\'' || src[j] == 'x' || src[j] == 'X' || src[j] == 'b' || src[j] == 'B') {
		j--
	}
	if j >= 0 && isIdentByte(src[j]) {
		return false
	}
	return isDigit(src[j+1])
}
