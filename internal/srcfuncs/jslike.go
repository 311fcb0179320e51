package srcfuncs

// JavaScript and TypeScript: named function declarations and expressions,
// arrow functions assigned to a name, and methods of classes and object
// literals. Functions can be defined anywhere, so every block and
// bracketed group is searched.

func jsLanguage() *braceLanguage {
	return &braceLanguage{
		lex:           lexRules{lineComment: "//", blockComments: true, quotes: `"'`, templates: true, regexps: true},
		commaBoundary: true,
		descendGroups: true,
		descendOther:  true,
		nestedFuncs:   true,
		lineStart:     true,
		classify:      classifyJS,
		exprBody:      jsExprBody,
	}
}

// jsNotMethodNames() can stand before "(...) {" without being a method.
var jsNotMethodNames = lazySet(
	"if", "for", "while", "switch", "catch", "with", "function", "return", "typeof", "await",
	"yield", "else", "do", "try", "finally", "super", "import", "new", "void", "delete", "in", "of",
)

// jsContainerWords() introduce class-like bodies.
var jsContainerWords = lazySet("class", "interface", "enum", "namespace", "module")

func classifyJS(s *scanner, toks []tok, ctx scope) head {
	n := len(toks)
	if n == 0 {
		return head{}
	}
	// Arrow function with a block body.
	if toks[n-1].is(tokPunct, "=>") {
		return jsArrow(toks, n-1)
	}
	// function name(...) {   or   name = function (...) {
	for k := n - 1; k >= 0; k-- {
		if !toks[k].is(tokIdent, "function") {
			continue
		}
		j := k + 1
		if j < n && toks[j].is(tokPunct, "*") {
			j++
		}
		if j < n && toks[j].kind == tokIdent {
			return head{kind: headFunction, nameStart: toks[j].start, nameEnd: toks[j].end, start: -1}
		}
		b := k - 1
		if b >= 0 && toks[b].is(tokIdent, "async") {
			b--
		}
		return jsAssigned(toks, b)
	}
	// class Name ... {
	for k := 0; k < n; k++ {
		if toks[k].kind == tokIdent && jsContainerWords()[toks[k].text] && !prevIs(toks, k, tokPunct, ".") {
			name := ""
			if k+1 < n && toks[k+1].kind == tokIdent && toks[k+1].text != "extends" && toks[k+1].text != "implements" {
				name = toks[k+1].text
			}
			if toks[k].text != "class" {
				return head{kind: headContainer} // no code inside interfaces; namespaces keep their parent
			}
			return head{kind: headContainer, name: name}
		}
	}
	return jsMethod(toks)
}

// jsMethod recognises "name(params) {" and "name(params): Type {", with
// modifiers, generics or decorators before it.
func jsMethod(toks []tok) head {
	n := len(toks)
	p := -1
	for k := n - 1; k >= 0; k-- {
		if toks[k].is(tokGroup, "(") && (k == n-1 || toks[k+1].is(tokPunct, ":")) {
			p = k
			break
		}
	}
	if p < 1 {
		return head{}
	}
	k := skipAnglesBack(toks, p-1)
	if k != p-1 {
		k-- // generic parameters: name<T>(...)
	}
	if k < 0 || toks[k].kind != tokIdent || jsNotMethodNames()[toks[k].text] || isDigit(toks[k].text[0]) {
		return head{}
	}
	if k > 0 {
		switch b := toks[k-1]; {
		case b.is(tokPunct, "."), b.is(tokPunct, "?."), b.is(tokPunct, "="), b.is(tokPunct, "!"):
			return head{}
		case b.kind == tokIdent && (b.text == "new" || b.text == "return" || b.text == "await"):
			return head{}
		}
	}
	return head{kind: headFunction, nameStart: toks[k].start, nameEnd: toks[k].end, start: -1}
}

// jsArrow names the arrow function whose "=>" is token arrow: the name it
// is assigned to, as in "const f = async (x) => ..." or "f: (x) => ...".
func jsArrow(toks []tok, arrow int) head {
	// The parameters: "(x)" or "(x): ReturnType", else a lone "x".
	k := arrow - 1
	for ; k >= 0 && !toks[k].is(tokPunct, "="); k-- {
		if toks[k].is(tokGroup, "(") && (k+1 == arrow || toks[k+1].is(tokPunct, ":")) {
			break
		}
	}
	if k < 0 || !toks[k].is(tokGroup, "(") {
		k = arrow - 1
		if k < 0 || toks[k].kind != tokIdent {
			return head{}
		}
	}
	k--
	k = skipAnglesBack(toks, k)
	if k >= 0 && toks[k].is(tokPunct, "<") {
		k--
	}
	if k >= 0 && toks[k].is(tokIdent, "async") {
		k--
	}
	return jsAssigned(toks, k)
}

// jsAssigned names the function whose value follows token eq, when that
// token is the '=' or ':' of "const name = ", "name: ", "this.name = " or
// "const name: Type = ".
func jsAssigned(toks []tok, eq int) head {
	if eq < 1 {
		return head{}
	}
	for _, t := range toks[:eq] {
		if t.is(tokIdent, "type") {
			return head{} // a TypeScript type alias: type F = (x: T) => U
		}
	}
	switch {
	case toks[eq].is(tokPunct, ":"):
		if t := toks[eq-1]; t.kind == tokIdent {
			return head{kind: headFunction, nameStart: t.start, nameEnd: t.end, start: -1}
		}
	case toks[eq].is(tokPunct, "="):
		// const|let|var name ... =
		for k := eq - 1; k >= 0; k-- {
			t := toks[k]
			if t.kind == tokIdent && (t.text == "const" || t.text == "let" || t.text == "var") {
				if k+1 < eq && toks[k+1].kind == tokIdent {
					return head{kind: headFunction, nameStart: toks[k+1].start, nameEnd: toks[k+1].end, start: -1}
				}
				return head{}
			}
			if t.is(tokPunct, "=") {
				break
			}
		}
		// name: Type = ... (a typed class field)
		for k := 1; k < eq; k++ {
			if toks[k].is(tokPunct, ":") && toks[k-1].kind == tokIdent {
				return head{kind: headFunction, nameStart: toks[k-1].start, nameEnd: toks[k-1].end, start: -1}
			}
		}
		if t := toks[eq-1]; t.kind == tokIdent {
			return head{kind: headFunction, nameStart: t.start, nameEnd: t.end, start: -1}
		}
	}
	return head{}
}

// jsExprBody recognises arrow functions with expression bodies:
// "const add = (a, b) => a + b".
func jsExprBody(s *scanner, headStart, eq, hi int, ctx scope) (head, int, bool) {
	m := s.m.text
	if eq+1 >= hi || m[eq+1] != '>' {
		return head{}, 0, false
	}
	body := skipSpace(m, eq+2, hi)
	if body < hi && m[body] == '{' {
		return head{}, 0, false // a block body: handled at the '{'
	}
	if ctx.inParen {
		return head{}, 0, false // a parameter's type: (pick: (x: T) => U)
	}
	toks := s.tokens(headStart, eq+2)
	h := jsArrow(toks, len(toks)-1)
	if h.kind != headFunction {
		return head{}, 0, false
	}
	return h, exprEnd(s, eq+2, hi, true, true), true
}
