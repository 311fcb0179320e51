package srcfuncs

// Kotlin: "fun" declarations with block or expression bodies, inside
// classes, objects and interfaces or at top level; local functions too.

func kotlinLanguage() *braceLanguage {
	return &braceLanguage{
		lex: lexRules{lineComment: "//", blockComments: true, nestedBlocks: true, quotes: `"`,
			tripleQuotes: true, charLiterals: true, dollarBraces: true},
		commaBoundary: true,
		descendGroups: true,
		descendOther:  true,
		nestedFuncs:   true,
		lineStart:     true,
		classify:      classifyKotlin,
		exprBody:      kotlinExprBody,
	}
}

var kotlinContainerWords = lazySet("class", "interface", "object")

func classifyKotlin(s *scanner, toks []tok, ctx scope) head {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.kind != tokIdent || !kotlinContainerWords()[t.text] || prevIs(toks, k, tokPunct, ".") {
			continue
		}
		if k+1 < len(toks) && toks[k+1].kind == tokIdent {
			return head{kind: headContainer, name: toks[k+1].text}
		}
		return head{kind: headContainer} // companion object, object expression
	}
	return kotlinFun(toks)
}

// kotlinFun finds "fun [<T>] [Receiver.]name(" in toks.
func kotlinFun(toks []tok) head {
	for k := len(toks) - 1; k >= 0; k-- {
		if !toks[k].is(tokIdent, "fun") {
			continue
		}
		j := skipAnglesForward(toks, k+1)
		name := -1
		for ; j < len(toks); j++ {
			t := toks[j]
			if t.is(tokGroup, "(") {
				break
			}
			if t.kind == tokIdent {
				name = j
			}
		}
		if name < 0 || j >= len(toks) {
			return head{}
		}
		return head{kind: headFunction, nameStart: toks[name].start, nameEnd: toks[name].end, start: -1}
	}
	return head{}
}

// kotlinExprBody recognises "fun name(...): T = expression".
func kotlinExprBody(s *scanner, headStart, eq, hi int, ctx scope) (head, int, bool) {
	m := s.m.text
	if eq+1 < hi && (m[eq+1] == '=' || m[eq+1] == '>') {
		return head{}, 0, false
	}
	if eq > 0 && containsByte("=!<>+-*/%&|^", m[eq-1]) {
		return head{}, 0, false
	}
	h := kotlinFun(s.tokens(headStart, eq))
	if h.kind != headFunction {
		return head{}, 0, false
	}
	return h, exprEnd(s, eq+1, hi, true, false), true
}
