package srcfuncs

// maxScopeDepth bounds how deeply the scanner descends into nested
// braces, so that adversarial input cannot exhaust the stack.
const maxScopeDepth = 200

// headKind says what a run of code before a '{' introduces.
type headKind int

const (
	headOther     headKind = iota // a block, initializer, control statement…
	headFunction                  // a function or method with that block as its body
	headContainer                 // a class, namespace, impl…: definitions inside
)

// head is what a language's classifier found before a '{' (or before the
// '=' of an expression body).
type head struct {
	kind               headKind
	name               string // container name (functions take theirs from the source)
	nameStart, nameEnd int    // the function's name
	parent             string // overrides the scope's parent when set
	start              int    // offset where the definition begins, or -1
	// bodyFrom, if positive, is where to look for the body's '{' because
	// the brace that ended the head belongs to something else (a C++
	// constructor's initializer list).
	bodyFrom int
}

// braceLanguage tells the brace scanner how one language is written.
type braceLanguage struct {
	lex lexRules
	// commaBoundary: a ',' ends a head (object literals, argument lists).
	commaBoundary bool
	descendGroups bool // look for functions inside (...) and [...]
	descendOther  bool // look inside blocks that are neither functions nor containers
	nestedFuncs   bool // look inside function bodies
	// lineStart: definitions begin on the line of their name, plus any
	// decorator lines above (languages without mandatory semicolons, where
	// the text before a head on earlier lines belongs to other statements).
	lineStart bool
	classify  func(s *scanner, toks []tok, ctx scope) head
	// exprBody is called at each '=' in a scope; it recognises an
	// expression-bodied function ending there and returns it with the end
	// of its body.
	exprBody func(s *scanner, headStart, eq, hi int, ctx scope) (head, int, bool)
}

// scope is what the scanner knows about the code it is in.
type scope struct {
	parent  string // enclosing class or type, "" at top level or in functions
	depth   int
	inParen bool // directly inside (...): parameter lists, arguments
}

type scanner struct {
	lang  *braceLanguage
	src   []byte
	m     masked
	close []int32 // for each opening bracket, its closing one, or -1
	funcs []Func
}

func findBraces(l *braceLanguage, src []byte) []Func {
	s := &scanner{lang: l, src: src, m: mask(l.lex, src)}
	s.close = matchBrackets(s.m.text)
	s.scan(0, len(src), scope{})
	return s.funcs
}

// maxCloserSearch bounds how far down the stack a closing bracket looks for
// its opener, keeping matching linear on garbage like "((((]]]]".
const maxCloserSearch = 8

// matchBrackets pairs (), [] and {} in masked text. An opener left without
// a closer gets -1; a closer with no opener near the top of the stack is
// ignored.
func matchBrackets(text []byte) []int32 {
	close := make([]int32, len(text))
	var stack []int
	for i, c := range text {
		close[i] = -1
		var open byte
		switch c {
		case '(', '[', '{':
			stack = append(stack, i)
			continue
		case ')':
			open = '('
		case ']':
			open = '['
		case '}':
			open = '{'
		default:
			continue
		}
		for d := len(stack) - 1; d >= 0 && d >= len(stack)-maxCloserSearch; d-- {
			if text[stack[d]] == open {
				close[stack[d]] = int32(i)
				stack = stack[:d]
				break
			}
		}
	}
	return close
}

// closeOf returns the offset of the bracket closing the one at i, or hi if
// it is not closed before hi.
func (s *scanner) closeOf(i, hi int) int {
	c := int(s.close[i])
	if c < 0 || c >= hi {
		return hi
	}
	return c
}

// scan finds definitions in the code [lo, hi).
func (s *scanner) scan(lo, hi int, ctx scope) {
	if ctx.depth > maxScopeDepth {
		return
	}
	m := s.m.text
	headStart := lo
	for i := lo; i < hi; i++ {
		switch m[i] {
		case ';', ')', ']', '}':
			headStart = i + 1
		case ',':
			if s.lang.commaBoundary {
				headStart = i + 1
			}
		case '(', '[':
			end := s.closeOf(i, hi)
			if s.lang.descendGroups {
				s.scan(i+1, end, scope{depth: ctx.depth + 1, inParen: m[i] == '('})
			}
			i = end
		case '{':
			i = s.block(headStart, i, hi, ctx)
			headStart = i + 1
		case '=':
			if s.lang.exprBody == nil {
				continue
			}
			if h, end, ok := s.lang.exprBody(s, headStart, i, hi, ctx); ok {
				end = min(max(end, i+1), hi)
				s.record(h, headStart, end, ctx)
				i = end - 1
				headStart = end
			}
		}
	}
}

// block handles the '{' at open, whose head starts at headStart, and
// returns the offset of the last byte it consumed.
func (s *scanner) block(headStart, open, hi int, ctx scope) int {
	close := s.closeOf(open, hi)
	h := s.lang.classify(s, s.tokens(headStart, open), ctx)
	inner := scope{parent: ctx.parent, depth: ctx.depth + 1}
	switch h.kind {
	case headFunction:
		if h.bodyFrom > 0 {
			// Only a brace after the one that ended the head can be the
			// body, or the scan would go backwards.
			if body := s.findBodyBrace(h.bodyFrom, hi); body > open && body < hi {
				open, close = body, s.closeOf(body, hi)
			}
		}
		end := close + 1
		if end > hi {
			end = hi
		}
		s.record(h, headStart, end, ctx)
		if s.lang.nestedFuncs && open < hi {
			s.scan(open+1, close, scope{depth: ctx.depth + 1})
		}
	case headContainer:
		if h.name != "" {
			inner.parent = h.name
		}
		s.scan(open+1, close, inner)
	default:
		if s.lang.descendOther {
			s.scan(open+1, close, inner)
		}
	}
	return close
}

// findBodyBrace returns the '{' opening a C++ or C# constructor's body
// after its initializer list, which starts at from (just after the ':').
// Items are name(args) or name{args}, separated by commas.
func (s *scanner) findBodyBrace(from, hi int) int {
	m := s.m.text
	i := from
	for i < hi {
		i = skipSpace(m, i, hi)
		// A (qualified, possibly templated) name.
		nameStart := i
		angles := 0
		for i < hi && (isIdentByte(m[i]) || m[i] == ':' || m[i] == '.' || m[i] == '<' || m[i] == '>' || angles > 0 && m[i] != '{' && m[i] != '(') {
			switch m[i] {
			case '<':
				angles++
			case '>':
				angles--
			}
			i++
		}
		i = skipSpace(m, i, hi)
		if i >= hi {
			return hi
		}
		if m[i] == '{' && i == nameStart {
			return i // no item: this is the body
		}
		if m[i] != '(' && m[i] != '{' {
			break
		}
		i = s.closeOf(i, hi) + 1
		i = skipSpace(m, i, hi)
		if hasPrefixAt(m, i, "...") {
			i = skipSpace(m, i+3, hi)
		}
		if i < hi && m[i] == ',' {
			i++
			continue
		}
		if i < hi && m[i] == '{' {
			return i
		}
		break
	}
	// Not understood: the first brace from here.
	return indexByteFrom(m, from, '{', hi)
}

// record adds the function described by h, ending at end.
func (s *scanner) record(h head, headStart, end int, ctx scope) {
	if h.nameStart < 0 || h.nameEnd <= h.nameStart || h.nameEnd > len(s.src) {
		return
	}
	start := h.start
	if s.lang.lineStart || start < 0 {
		start = s.lineStartDef(headStart, h.nameStart)
	}
	if start < headStart || start > h.nameStart {
		start = skipSpace(s.m.text, headStart, h.nameStart)
	}
	start = attachComments(s.src, s.m, start)
	if end < h.nameEnd {
		end = h.nameEnd
	}
	if end > len(s.src) {
		end = len(s.src)
	}
	parent := h.parent
	if parent == "" {
		parent = ctx.parent
	}
	s.funcs = append(s.funcs, Func{
		Name:      string(s.src[h.nameStart:h.nameEnd]),
		Parent:    parent,
		Start:     start,
		End:       end,
		NameStart: h.nameStart,
		NameEnd:   h.nameEnd,
	})
}

// lineStartDef returns where a definition whose name is at name begins in
// a language without semicolons: the first non-blank of the name's line,
// or of the decorator or annotation lines directly above it, but never
// before headStart.
func (s *scanner) lineStartDef(headStart, name int) int {
	m := s.m.text
	start := skipSpace(m, lineStartOf(m, name), name)
	if start < headStart {
		return skipSpace(m, headStart, name)
	}
	for {
		ls := lineStartOf(m, start)
		if ls == 0 {
			return start
		}
		prev := skipSpace(m, lineStartOf(m, ls-1), ls)
		if prev >= ls || m[prev] != '@' || prev < headStart {
			return start
		}
		start = prev
	}
}

// attachComments moves start up over the comments directly above it (no
// blank line between) that begin their lines: doc comments belong to the
// definition.
func attachComments(src []byte, m masked, start int) int {
	for {
		q, newlines := start, 0
		for {
			if c, ok := m.commentStart[q]; ok && q < start+1 {
				if !blankBefore(m.text, c) {
					return start
				}
				start = c
				break
			}
			if q == 0 || !isSpace(src[q-1]) {
				return start
			}
			if src[q-1] == '\n' {
				newlines++
				if newlines > 1 {
					return start
				}
			}
			q--
		}
	}
}

// blankBefore reports whether only white space precedes i on its line.
func blankBefore(text []byte, i int) bool {
	for j := i - 1; j >= 0 && text[j] != '\n'; j-- {
		if !isSpace(text[j]) {
			return false
		}
	}
	return true
}
