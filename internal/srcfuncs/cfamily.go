package srcfuncs

import "sync"

// The C family (C, C++, Java, C#): a function definition is a name
// followed by its parameter list and its body, with a return type or
// modifiers before the name (constructors aside). The head before a '{'
// starts after the previous ';', '{' or '}', so annotations, attributes
// and template headers are part of it.

func cFamily(lang string) *braceLanguage {
	l := &braceLanguage{
		lex: lexRules{lineComment: "//", blockComments: true, quotes: `"`, charLiterals: true},
	}
	switch lang {
	case C:
		l.lex.preprocessor = true
	case CPP:
		l.lex.preprocessor = true
		l.lex.cppRaw = true
		l.lex.digitQuotes = true
	case Java:
		l.lex.tripleQuotes = true
	case CSharp:
		l.lex.preprocessor = true
		l.lex.csharpStrs = true
		l.exprBody = csharpExprBody
	}
	l.classify = func(s *scanner, toks []tok, ctx scope) head {
		return classifyCFamily(lang, s, toks, ctx)
	}
	return l
}

// cNotNames() are words that can stand before a parenthesis without naming a
// function.
var cNotNames = lazySet(
	"if", "for", "while", "switch", "catch", "return", "sizeof", "alignof", "decltype", "typeof",
	"__attribute__", "__declspec", "alignas", "noexcept", "throw", "throws", "using", "lock", "fixed",
	"foreach", "synchronized", "new", "delete", "static_assert", "_Static_assert", "defined", "else",
	"do", "try", "case", "base", "this", "super", "nameof", "typeid", "when", "checked", "unchecked",
	"unsafe", "default", "assert", "__asm__", "asm", "requires", "where",
)

// cNotBeforeName() are words that, just before a name, make it a use rather
// than a definition.
var cNotBeforeName = lazySet(
	"new", "return", "throw", "else", "case", "goto", "await", "yield", "in", "is", "as",
	"typeof", "sizeof", "delete", "co_return", "co_yield", "co_await",
)

// cContainerWords() introduce bodies holding definitions.
var cContainerWords = lazySet("class", "struct", "union", "interface", "enum", "record", "namespace")

// cNotContainerNames() are words between a container keyword and its name.
var cNotContainerNames = lazySet("final", "sealed", "abstract", "static", "partial", "class", "struct", "public", "private", "internal", "readonly", "ref")

// cppAccessLabels() end with ':' inside C++ classes.
var cppAccessLabels = lazySet("public", "private", "protected", "signals", "slots", "Q_SLOTS", "Q_SIGNALS")

func classifyCFamily(lang string, s *scanner, toks []tok, ctx scope) head {
	begin := 0
	if lang == CPP {
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].kind == tokIdent && cppAccessLabels()[toks[k].text] && toks[k+1].is(tokPunct, ":") {
				begin = k + 2
			}
		}
	}
	if begin >= len(toks) {
		return head{}
	}
	if n := len(toks); n >= 2 && toks[n-2].is(tokIdent, "extern") && toks[n-1].is(tokPunct, `"`) {
		return head{kind: headContainer} // extern "C" { ... }
	}
	start := toks[begin].start
	sawEquals := false
	for k := begin; k < len(toks); k++ {
		t := toks[k]
		if t.is(tokIdent, "operator") {
			// The operator's symbol ("==", "=") is not an assignment.
			for k+1 < len(toks) && toks[k+1].kind == tokPunct {
				k++
			}
			continue
		}
		if t.is(tokPunct, "=") {
			sawEquals = true
		}
		if !t.is(tokGroup, "(") {
			continue
		}
		ns, ne, ok := cFunctionName(toks, begin, k)
		if !ok {
			continue
		}
		if sawEquals {
			return head{} // an initializer or lambda
		}
		h, ok := cFunctionHead(lang, toks, begin, ns, ne, k, ctx)
		if !ok {
			continue
		}
		h.start = start
		return h
	}
	if sawEquals {
		return head{}
	}
	return cContainerHead(toks, begin)
}

// cFunctionName finds the name before the parenthesised group at k: an
// identifier, "~Name", or an operator ("operator==", "operator()",
// "operator bool"). It returns the first and last token of the name.
func cFunctionName(toks []tok, begin, k int) (ns, ne int, ok bool) {
	if k-1 < begin {
		return 0, 0, false
	}
	prev := toks[k-1]
	switch {
	case prev.kind == tokIdent && prev.text == "operator":
		if toks[k].end-toks[k].start == 2 && k+1 < len(toks) && toks[k+1].is(tokGroup, "(") {
			return 0, 0, false // "operator()": the next group holds the parameters
		}
		return k - 1, k - 1, false
	case prev.is(tokGroup, "(") && k-2 >= begin && toks[k-2].is(tokIdent, "operator"):
		return k - 2, k - 1, true
	case prev.kind == tokIdent:
		if k-2 >= begin && toks[k-2].is(tokIdent, "operator") {
			return k - 2, k - 1, true // a conversion: operator bool()
		}
		if cNotNames()[prev.text] {
			return 0, 0, false
		}
		if isDigit(prev.text[0]) {
			return 0, 0, false
		}
		ns = k - 1
		if ns-1 >= begin && toks[ns-1].is(tokPunct, "~") {
			ns--
		}
		return ns, k - 1, true
	case prev.kind == tokPunct:
		for j := k - 2; j >= begin && j >= k-4; j-- {
			if toks[j].is(tokIdent, "operator") {
				return j, k - 1, true
			}
			if toks[j].kind != tokPunct {
				break
			}
		}
	}
	return 0, 0, false
}

// cFunctionHead checks what stands around a candidate name and parameter
// list and describes the function if it is one.
func cFunctionHead(lang string, toks []tok, begin, ns, ne, params int, ctx scope) (head, bool) {
	// An annotation such as @GetMapping("/x") or @a.b.C(1).
	j := ns - 1
	for j-1 >= begin && toks[j].is(tokPunct, ".") && toks[j-1].kind == tokIdent {
		j -= 2
	}
	if j >= begin && toks[j].is(tokPunct, "@") {
		return head{}, false
	}
	// A qualified name: Foo::bar, ns::Foo<T>::bar.
	parent := ""
	before := ns - 1
	for before >= begin && toks[before].is(tokPunct, "::") {
		q := before - 1
		if q >= begin && toks[q].is(tokPunct, ">") {
			q = skipAnglesBack(toks, q) - 1 // Stack<T>::push
		}
		if q < begin || toks[q].kind != tokIdent {
			break
		}
		if parent == "" {
			parent = toks[q].text
		}
		before = q - 1
	}
	name := toks[ns].text
	if toks[ns].is(tokPunct, "~") && ns+1 <= ne {
		name = toks[ns+1].text
	}
	if before < begin {
		// Nothing before the name: only constructors, and C's implicit int
		// when nothing but the body follows the parameters.
		ctor := parent != "" || name == ctx.parent
		implicitInt := lang == C && params == len(toks)-1
		if !ctor && !implicitInt {
			return head{}, false
		}
	} else {
		b := toks[before]
		switch b.kind {
		case tokIdent:
			if cNotBeforeName()[b.text] || cContainerWords()[b.text] {
				return head{}, false
			}
		case tokPunct:
			switch b.text {
			case "*", "&", ">", "^", "?", `"`:
			default:
				return head{}, false
			}
		}
	}
	h := head{kind: headFunction, nameStart: toks[ns].start, nameEnd: toks[ne].end, parent: parent}
	for _, t := range toks[params+1:] {
		if t.is(tokPunct, "=") {
			return head{}, false
		}
		if t.is(tokPunct, ":") && (lang == CPP || lang == CSharp) {
			h.bodyFrom = t.end // constructor initializer list
			break
		}
	}
	return h, true
}

// cContainerHead recognises class, struct, namespace and similar heads.
func cContainerHead(toks []tok, begin int) head {
	for k := begin; k < len(toks); k++ {
		t := toks[k]
		if t.kind != tokIdent || !cContainerWords()[t.text] {
			continue
		}
		if t.text == "namespace" {
			return head{kind: headContainer}
		}
		name := ""
		for j := k + 1; j < len(toks) && toks[j].kind == tokIdent; j++ {
			w := toks[j].text
			if w == "extends" || w == "implements" || w == "permits" || w == "where" {
				break
			}
			if !cNotContainerNames()[w] {
				name = w
			}
		}
		return head{kind: headContainer, name: name}
	}
	return head{}
}

// csharpExprBody recognises expression-bodied members:
// "public int Area() => w * h;".
func csharpExprBody(s *scanner, headStart, eq, hi int, ctx scope) (head, int, bool) {
	m := s.m.text
	if eq+1 >= hi || m[eq+1] != '>' {
		return head{}, 0, false
	}
	toks := s.tokens(headStart, eq)
	h := classifyCFamily(CSharp, s, toks, ctx)
	if h.kind != headFunction {
		return head{}, 0, false
	}
	return h, exprEnd(s, eq+2, hi, false, false), true
}

// exprEnd returns the end of an expression body starting at i: just after
// the ';' that ends it, or, where newlines end statements, at the end of
// its last line; stopAtComma also ends it at a ',' (object members).
func exprEnd(s *scanner, i, hi int, newlineEnds, stopAtComma bool) int {
	m := s.m.text
	seen := false
	for ; i < hi; i++ {
		c := m[i]
		switch {
		case c == '(' || c == '[' || c == '{':
			i = s.closeOf(i, hi)
			seen = true
		case c == ')' || c == ']' || c == '}':
			return i
		case c == ';':
			return i + 1
		case c == ',' && stopAtComma:
			return i
		case c == '\n' && newlineEnds && seen && !continuesOnNextLine(m, i, hi):
			return trimRightSpace(m, i)
		case !isSpace(c):
			seen = true
		}
	}
	return hi
}

// continuesOnNextLine reports whether the expression broken at the newline
// at nl goes on: the line ends with an operator, or the next one starts
// with one.
func continuesOnNextLine(m []byte, nl, hi int) bool {
	last := trimRightSpace(m, nl)
	if last > 0 && containsByte("=+-*/%&|^<>?:,.([{!", m[last-1]) {
		return true
	}
	next := skipSpace(m, nl, hi)
	return next < hi && containsByte(".?:+-*/%&|^=", m[next])
}

// trimRightSpace returns the end of the text before i without trailing
// white space.
func trimRightSpace(m []byte, i int) int {
	for i > 0 && isSpace(m[i-1]) {
		i--
	}
	return i
}

// lazySet is setOf built on first use, for package-level sets: starting
// the binary builds nothing (see internal/lazy).
func lazySet(words ...string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return setOf(words...) })
}

func setOf(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}
