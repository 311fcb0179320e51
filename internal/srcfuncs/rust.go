package srcfuncs

// Rust: "fn" items at any level, with impl and trait blocks naming the
// type their methods belong to.

func rustLanguage() *braceLanguage {
	return &braceLanguage{
		lex: lexRules{lineComment: "//", blockComments: true, nestedBlocks: true, quotes: `"`,
			charLiterals: true, rustLiterals: true, multiline: true},
		descendOther: true,
		nestedFuncs:  true,
		classify:     classifyRust,
	}
}

func classifyRust(s *scanner, toks []tok, ctx scope) head {
	if len(toks) == 0 {
		return head{}
	}
	start := toks[0].start
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].is(tokIdent, "fn") && k+1 < len(toks) && toks[k+1].kind == tokIdent {
			t := toks[k+1]
			return head{kind: headFunction, nameStart: t.start, nameEnd: t.end, start: start}
		}
	}
	for k, t := range toks {
		switch {
		case t.is(tokIdent, "impl"):
			return head{kind: headContainer, name: rustImplType(toks[k+1:])}
		case t.is(tokIdent, "trait") && k+1 < len(toks) && toks[k+1].kind == tokIdent:
			return head{kind: headContainer, name: toks[k+1].text}
		case t.is(tokIdent, "mod"):
			return head{kind: headContainer}
		}
	}
	return head{}
}

// rustImplType returns the type an impl block is for: "Foo" in
// "impl<T> Display for a::Foo<T> where ...".
func rustImplType(toks []tok) string {
	k := skipAnglesForward(toks, 0)
	for j := k; j < len(toks); j++ {
		if toks[j].is(tokIdent, "for") {
			k = j + 1
			break
		}
	}
	name := ""
	for j := k; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.kind == tokIdent && t.text != "dyn" && t.text != "where" && t.text != "mut" && t.text != "const":
			name = t.text
		case t.is(tokPunct, "::"), t.is(tokPunct, "&"):
		default:
			return name
		}
		if t.text == "where" {
			return name
		}
	}
	return name
}
