package srcfuncs

// tokKind classifies the tokens of a head.
type tokKind int

const (
	tokIdent tokKind = iota // identifier, keyword or number
	tokPunct                // operator or punctuation; "::", "->", "=>" and "?." are one token
	tokGroup                // a whole bracketed group: (...), [...] or {...}
)

// tok is one token of a head, read from the masked text.
type tok struct {
	kind       tokKind
	start, end int
	text       string // the identifier, the punctuation, or the opening bracket
}

func (t tok) is(kind tokKind, text string) bool { return t.kind == kind && t.text == text }

// tokens splits the masked text [a, b) into tokens, treating each
// bracketed group as one token.
func (s *scanner) tokens(a, b int) []tok {
	m := s.m.text
	var toks []tok
	for i := a; i < b; {
		c := m[i]
		switch {
		case isSpace(c):
			i++
		case isIdentByte(c):
			j := i
			for j < b && isIdentByte(m[j]) {
				j++
			}
			toks = append(toks, tok{tokIdent, i, j, string(m[i:j])})
			i = j
		case c == '(' || c == '[' || c == '{':
			end := s.closeOf(i, b) + 1
			if end > b {
				end = b
			}
			toks = append(toks, tok{tokGroup, i, end, string(c)})
			i = end
		default:
			n := 1
			if i+1 < b {
				switch string(m[i : i+2]) {
				case "::", "->", "=>", "?.":
					n = 2
				}
			}
			toks = append(toks, tok{tokPunct, i, i + n, string(m[i : i+n])})
			i += n
		}
	}
	return toks
}

// prevIs reports whether the token before index k is the given one.
func prevIs(toks []tok, k int, kind tokKind, text string) bool {
	return k > 0 && toks[k-1].is(kind, text)
}

// skipAnglesBack returns the index of the '<' balancing the '>' at k, or k
// if toks[k] is not a '>'. Shift operators count as two closers.
func skipAnglesBack(toks []tok, k int) int {
	if k < 0 || !toks[k].is(tokPunct, ">") {
		return k
	}
	depth := 0
	for j := k; j >= 0; j-- {
		switch {
		case toks[j].is(tokPunct, ">"):
			depth++
		case toks[j].is(tokPunct, "<"):
			depth--
			if depth == 0 {
				return j
			}
		case toks[j].kind == tokPunct && (toks[j].text == ";" || toks[j].text == "{"):
			return k
		}
	}
	return k
}

// skipAnglesForward returns the index just after the '>' balancing the '<'
// at k, or k if toks[k] is not a '<'.
func skipAnglesForward(toks []tok, k int) int {
	if k >= len(toks) || !toks[k].is(tokPunct, "<") {
		return k
	}
	depth := 0
	for j := k; j < len(toks); j++ {
		switch {
		case toks[j].is(tokPunct, "<"):
			depth++
		case toks[j].is(tokPunct, ">"):
			depth--
			if depth == 0 {
				return j + 1
			}
		case toks[j].is(tokPunct, "=>"), toks[j].is(tokPunct, "->"):
			// '>' inside an arrow does not close.
		}
	}
	return k
}
