package langservice

import (
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TokenType is the class of a semantic token.
type TokenType int

const (
	TokenKeyword TokenType = iota
	TokenComment
	TokenString
	TokenNumber
	TokenOperator  // operator symbols and built-in word operators
	TokenFunction  // user-defined operators and functions
	TokenVariable  // VARIABLEs (and constants, with ModReadonly)
	TokenParameter // parameters and bound identifiers
	TokenNamespace // modules and instances
	TokenTheorem   // theorems, assumptions and proof steps
)

// TokenModifier is a bit set refining a token's type.
type TokenModifier int

const (
	ModDeclaration    TokenModifier = 1 << iota // the name is declared here
	ModReadonly                                 // a CONSTANT
	ModModification                             // a primed variable: x'
	ModDefaultLibrary                           // built-in or standard-module operator
)

// SemanticToken is one classified range of a file; it never spans lines.
type SemanticToken struct {
	Pos, End  token.Pos
	Type      TokenType
	Modifiers TokenModifier
}

// SemanticTokens classifies the text of the file at path: keywords,
// comments, strings, numbers and operators from the scanner; names from
// the checker's resolution (variables, constants, bound identifiers,
// definitions, modules), primed variables marked.
func (s *Spec) SemanticTokens(path string) []SemanticToken {
	m := s.Analysis.ModuleAt(path)
	if m == nil || m.File == nil {
		return nil
	}
	f := m.File
	src := string(f.Text())
	toks, _ := scanner.ScanTokens(f, src, true)
	occs := s.Occurrences(path)
	var out []SemanticToken
	emit := func(pos, end token.Pos, t TokenType, mods TokenModifier) {
		out = append(out, SemanticToken{Pos: pos, End: end, Type: t, Modifiers: mods})
	}
	prevEnd := token.Pos(0)
	for i, t := range toks {
		if t.Kind == scanner.EOF {
			break
		}
		if t.Pos > prevEnd {
			out = appendComments(out, f, prevEnd, t.Pos)
		}
		prevEnd = t.End
		switch {
		case t.Kind.IsKeyword():
			emit(t.Pos, t.End, TokenKeyword, 0)
		case t.Kind == scanner.String:
			emit(t.Pos, t.End, TokenString, 0)
		case t.Kind == scanner.Number:
			emit(t.Pos, t.End, TokenNumber, 0)
		case t.Kind == scanner.Op:
			if o, ok := occurrenceAt(occs, t.Pos, t.End); ok && o.Symbol.Kind != semantic.KindBuiltin {
				emit(t.Pos, t.End, TokenFunction, defMod(o))
			} else {
				emit(t.Pos, t.End, TokenOperator, ModDefaultLibrary)
			}
		case t.Kind == scanner.Ident, t.Kind >= scanner.StepNamed && t.Kind <= scanner.StepDot:
			o, ok := occurrenceAt(occs, t.Pos, t.End)
			if !ok {
				continue
			}
			primed := i+1 < len(toks) && toks[i+1].Kind == scanner.Op && toks[i+1].Name() == "'" && toks[i+1].Pos == t.End
			typ, mods := classify(o, primed)
			emit(t.Pos, t.End, typ, mods)
		}
	}
	if prevEnd < token.Pos(f.Size()) {
		out = appendComments(out, f, prevEnd, token.Pos(f.Size()))
	}
	return splitLines(f, out)
}

// classify gives a resolved name its token type.
func classify(o Occurrence, primed bool) (TokenType, TokenModifier) {
	mods := defMod(o)
	sym := o.Symbol
	if sym.File != nil && isStandardPath(sym.File.Name()) {
		mods |= ModDefaultLibrary
	}
	switch sym.Kind {
	case semantic.KindVariable:
		if primed {
			mods |= ModModification
		}
		return TokenVariable, mods
	case semantic.KindConstant:
		return TokenVariable, mods | ModReadonly
	case semantic.KindParam, semantic.KindBound, semantic.KindNew:
		return TokenParameter, mods
	case semantic.KindModule, semantic.KindInstance:
		return TokenNamespace, mods
	case semantic.KindTheorem, semantic.KindStep:
		return TokenTheorem, mods
	case semantic.KindBuiltin:
		return TokenOperator, mods | ModDefaultLibrary
	}
	return TokenFunction, mods
}

func defMod(o Occurrence) TokenModifier {
	if o.Def {
		return ModDeclaration
	}
	return 0
}

// occurrenceAt finds the occurrence with exactly the range [pos, end).
func occurrenceAt(occs []Occurrence, pos, end token.Pos) (Occurrence, bool) {
	i := sort.Search(len(occs), func(i int) bool { return occs[i].Pos >= pos })
	if i < len(occs) && occs[i].Pos == pos && occs[i].End == end {
		return occs[i], true
	}
	return Occurrence{}, false
}

// appendComments adds the comments of the gap [from, to) between two
// tokens: the scanner skips only blanks and comments there.
func appendComments(out []SemanticToken, f *token.File, from, to token.Pos) []SemanticToken {
	for _, c := range commentRanges(f.Text()[:to], from) {
		out = append(out, SemanticToken{Pos: c[0], End: c[1], Type: TokenComment})
	}
	return out
}

// commentRanges returns the (* *) (nested) and \* comments of text that
// start at or after from.
func commentRanges(text []byte, from token.Pos) [][2]token.Pos {
	var out [][2]token.Pos
	for i := int(from); i+1 < len(text); i++ {
		switch {
		case text[i] == '\\' && text[i+1] == '*':
			j := i
			for j < len(text) && text[j] != '\n' {
				j++
			}
			out = append(out, [2]token.Pos{token.Pos(i), token.Pos(j)})
			i = j
		case text[i] == '(' && text[i+1] == '*':
			depth, j := 0, i
			for j+1 < len(text) {
				if text[j] == '(' && text[j+1] == '*' {
					depth++
					j += 2
					continue
				}
				if text[j] == '*' && text[j+1] == ')' {
					depth--
					j += 2
					if depth == 0 {
						break
					}
					continue
				}
				j++
			}
			if depth != 0 {
				j = len(text)
			}
			out = append(out, [2]token.Pos{token.Pos(i), token.Pos(j)})
			i = j - 1
		}
	}
	return out
}

// splitLines cuts tokens spanning several lines (block comments) into one
// token per line, as editors without multi-line token support need.
func splitLines(f *token.File, toks []SemanticToken) []SemanticToken {
	out := make([]SemanticToken, 0, len(toks))
	text := f.Text()
	for _, t := range toks {
		start := t.Pos
		for i := t.Pos; i < t.End; i++ {
			if text[i] == '\n' {
				if i > start {
					out = append(out, SemanticToken{Pos: start, End: i, Type: t.Type, Modifiers: t.Modifiers})
				}
				start = i + 1
			}
		}
		if t.End > start {
			out = append(out, SemanticToken{Pos: start, End: t.End, Type: t.Type, Modifiers: t.Modifiers})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}
