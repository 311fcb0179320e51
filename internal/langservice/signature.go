package langservice

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// SignatureHelp describes the operator application the cursor is in.
type SignatureHelp struct {
	Label  string   // Op(a, F(_))
	Params []string // each parameter as written in Label
	Active int      // the parameter the cursor is on
	Doc    string
}

// SignatureHelp finds the innermost unclosed "Op(" before off in the file
// at path (from the text, so it works while the application is being
// typed) and describes Op's parameters.
func (s *Spec) SignatureHelp(path string, off token.Pos) (SignatureHelp, bool) {
	m := s.moduleOf(path, off)
	if m == nil || m.File == nil || int(off) > m.File.Size() {
		return SignatureHelp{}, false
	}
	text := m.File.Text()[:off]
	open, active := unclosedParen(text)
	if open < 0 {
		return SignatureHelp{}, false
	}
	name := wordBefore(string(text[max(0, open-200):open]))
	if name == "" {
		return SignatureHelp{}, false
	}
	nameEnd := token.Pos(open)
	var sig string
	var doc string
	if occ, ok := s.At(path, nameEnd); ok && occ.End == nameEnd {
		sig, doc = Signature(occ.Symbol), DocComment(occ.Symbol)
		if occ.Symbol.File != nil && isStandardPath(occ.Symbol.File.Name()) {
			doc = standardDoc(occ.Symbol.Name)
		}
	} else {
		for _, n := range s.namesInScope(m, off) {
			if n.name == name && n.sym != nil {
				sig, doc = Signature(n.sym), DocComment(n.sym)
				if n.sym.File != nil && isStandardPath(n.sym.File.Name()) {
					doc = standardDoc(n.name)
				}
				break
			}
		}
	}
	params := signatureParams(sig)
	if params == nil {
		return SignatureHelp{}, false
	}
	return SignatureHelp{Label: sig, Params: params, Active: min(active, len(params)-1), Doc: doc}, true
}

// unclosedParen returns the offset of the innermost "(" of text left
// open, and how many top-level commas follow it; -1 if none. Comments and
// strings are not special-cased: an approximation good enough for the
// line being typed.
func unclosedParen(text []byte) (int, int) {
	depth, commas := 0, 0
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			if depth == 0 {
				return -1, 0
			}
			depth--
		case '(':
			if depth == 0 {
				if i+1 < len(text) && text[i+1] == '*' {
					continue // a comment opener
				}
				return i, commas
			}
			depth--
		case ',':
			if depth == 0 {
				commas++
			}
		case '\n':
			// Applications rarely span a definition boundary; stop at
			// a line starting a new definition.
			if i+1 < len(text) && strings.Contains(lineAt(text, i+1), "==") && depth == 0 {
				return -1, 0
			}
		}
	}
	return -1, 0
}

// lineAt returns the line of text starting at i.
func lineAt(text []byte, i int) string {
	j := i
	for j < len(text) && text[j] != '\n' {
		j++
	}
	return string(text[i:j])
}

// signatureParams splits the parameter list of "Op(a, F(_, _))" at its
// top-level commas; nil without a parameter list.
func signatureParams(sig string) []string {
	open := strings.IndexByte(sig, '(')
	if open < 0 || !strings.HasSuffix(sig, ")") {
		return nil
	}
	inner := sig[open+1 : len(sig)-1]
	var out []string
	depth, start := 0, 0
	for i, c := range inner {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(inner[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(inner[start:]))
}
