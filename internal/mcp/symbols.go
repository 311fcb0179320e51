package mcp

import (
	"strings"
	"unicode/utf8"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Symbol kinds, as tla_symbols and tla_definition name them.
const (
	kindConstant   = "constant"
	kindVariable   = "variable"
	kindOperator   = "operator"
	kindFunction   = "function"
	kindInstance   = "instance"
	kindTheorem    = "theorem"
	kindAssumption = "assumption"
	kindModule     = "module"
	kindRecursive  = "recursive"
	kindParameter  = "parameter"
	kindBound      = "bound"
)

// Symbol is one declaration or definition. Positions are 1-based, as SANY
// prints them (columns count UTF-16 units, a TAB moves to the next
// multiple of 8); the end is inclusive.
type Symbol struct {
	Name      string `json:"name"`
	Kind      string `json:"kind" jsonschema:"constant, variable, operator, function, instance, theorem, assumption, module, recursive, parameter or bound"`
	Signature string `json:"signature" jsonschema:"how it is declared: Op(x, y), f[x \\in S], CONSTANT F(_), VARIABLE x, I == INSTANCE M, ..."`
	Arity     int    `json:"arity" jsonschema:"number of arguments (0 for constants, variables and plain definitions)"`
	Local     bool   `json:"local,omitempty"`
	Module    string `json:"module"`
	File      string `json:"file" jsonschema:"the file it is in; standard modules are <stdlib>/Name.tla"`
	Standard  bool   `json:"standard,omitempty" jsonschema:"defined in a standard module"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Comment   string `json:"comment,omitempty" jsonschema:"the comment right above it, or beside it on its first line"`
	// Text is the whole declaration or definition; tla_definition fills it.
	Text string `json:"text,omitempty"`

	pos, end token.Pos
	file     *token.File
}

// maxTextBytes bounds a definition's text in an answer.
const maxTextBytes = 4000

// symbolOf makes the Symbol for the name id of a declaration spanning
// [from, end) in module m; sig is its signature.
func symbolOf(m *indexedModule, id *ast.Ident, kind, sig string, arity int, local bool, from, end token.Pos) Symbol {
	s := Symbol{
		Name: id.Name, Kind: kind, Signature: sig, Arity: arity, Local: local,
		Module: m.ast.Name.Name, File: m.path, Standard: m.standard,
		pos: from, end: end, file: m.file,
	}
	start, last := m.file.SANYPosition(from), m.file.SANYLastPosition(from, end)
	s.Line, s.Column, s.EndLine, s.EndColumn = start.Line, start.Column, last.Line, last.Column
	s.Comment = commentNear(m.file, from)
	return s
}

// withText returns s with its definition's text.
func (s Symbol) withText() Symbol {
	text := s.file.Text()
	from, end := int(s.pos), min(int(s.end), len(text))
	if from < 0 || from > end {
		return s
	}
	t := string(text[from:end])
	if len(t) > maxTextBytes {
		cut := maxTextBytes
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	s.Text = t
	return s
}

// source returns the text of [from, end) with runs of white space made one
// space: a signature written over several lines reads as one.
func source(f *token.File, from, end token.Pos) string {
	text := f.Text()
	if from < 0 || int(end) > len(text) || from >= end {
		return ""
	}
	return strings.Join(strings.Fields(string(text[from:end])), " ")
}

// moduleSymbols lists the declarations and definitions of m in source
// order: CONSTANT, VARIABLE, RECURSIVE, definitions, instances, ASSUME and
// THEOREM names, nested modules.
func moduleSymbols(m *indexedModule) []Symbol {
	var out []Symbol
	for _, u := range m.ast.Units {
		out = append(out, unitSymbols(m, u)...)
	}
	return out
}

// unitSymbols lists the names one unit declares.
func unitSymbols(m *indexedModule, u ast.Unit) []Symbol {
	f := m.file
	switch u := u.(type) {
	case *ast.ConstDecl:
		var out []Symbol
		for _, p := range u.Params {
			out = append(out, symbolOf(m, p.Name, kindConstant, "CONSTANT "+source(f, p.Pos(), p.End()), p.Arity, false, p.Pos(), p.End()))
		}
		return out
	case *ast.VarDecl:
		var out []Symbol
		for _, id := range u.Names {
			out = append(out, symbolOf(m, id, kindVariable, "VARIABLE "+id.Name, 0, false, id.Pos(), id.End()))
		}
		return out
	case *ast.Recursive:
		var out []Symbol
		for _, p := range u.Decls {
			out = append(out, symbolOf(m, p.Name, kindRecursive, "RECURSIVE "+source(f, p.Pos(), p.End()), p.Arity, false, p.Pos(), p.End()))
		}
		return out
	case *ast.OpDef:
		if u.Name == nil {
			return nil
		}
		from := u.Name.Pos()
		if (u.Fix == ast.FixInfix || u.Fix == ast.FixPostfix) && len(u.Params) > 0 {
			from = u.Params[0].Pos()
		}
		return []Symbol{symbolOf(m, u.Name, kindOperator, source(f, from, u.DefEq), len(u.Params), u.Local.IsValid(), u.Pos(), u.End())}
	case *ast.FuncDef:
		if u.Name == nil {
			return nil
		}
		return []Symbol{symbolOf(m, u.Name, kindFunction, source(f, u.Name.Pos(), u.DefEq), 0, u.Local.IsValid(), u.Pos(), u.End())}
	case *ast.ModuleDef:
		if u.Name == nil || u.Instance == nil || u.Instance.Module == nil {
			return nil
		}
		sig := source(f, u.Name.Pos(), u.DefEq) + " == INSTANCE " + u.Instance.Module.Name
		return []Symbol{symbolOf(m, u.Name, kindInstance, sig, len(u.Params), u.Local.IsValid(), u.Pos(), u.End())}
	case *ast.Assume:
		if u.Name == nil {
			return nil
		}
		return []Symbol{symbolOf(m, u.Name, kindAssumption, u.Keyword+" "+u.Name.Name, 0, false, u.Pos(), u.End())}
	case *ast.Theorem:
		if u.Name == nil {
			return nil
		}
		return []Symbol{symbolOf(m, u.Name, kindTheorem, u.Keyword+" "+u.Name.Name, 0, false, u.Pos(), u.End())}
	case *ast.Module:
		if u.Name == nil {
			return nil
		}
		return []Symbol{symbolOf(m, u.Name, kindModule, "MODULE "+u.Name.Name, 0, false, u.Pos(), u.End())}
	}
	return nil
}

// commentNear returns the comment on the lines right above pos (a run of
// \* lines or one (* ... *) block), else the \* comment at the end of
// pos's line, with the comment markers removed.
func commentNear(f *token.File, pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	lines := strings.Split(string(f.Text()), "\n")
	line := f.SANYPosition(pos).Line - 1 // 0-based
	var above []string
	for i := line - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, `\*`) {
			above = append([]string{strings.TrimSpace(strings.TrimLeft(t, `\*`))}, above...)
			continue
		}
		if len(above) == 0 && strings.HasSuffix(t, "*)") {
			j := i
			for j >= 0 && !strings.Contains(lines[j], "(*") {
				j--
			}
			if j >= 0 {
				block := strings.Join(lines[j:i+1], "\n")
				block = block[strings.Index(block, "(*")+2 : strings.LastIndex(block, "*)")]
				return tidyComment(block)
			}
		}
		break
	}
	if len(above) > 0 {
		return tidyComment(strings.Join(above, "\n"))
	}
	if line < len(lines) {
		if k := strings.Index(lines[line], `\*`); k >= 0 {
			return tidyComment(strings.TrimLeft(lines[line][k:], `\*`))
		}
	}
	return ""
}

// tidyComment trims the lines of a comment and drops decoration (rows of
// * or - and the leading * of boxed comments).
func tidyComment(c string) string {
	var out []string
	for _, l := range strings.Split(c, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimSpace(strings.Trim(l, "*"))
		if strings.Trim(l, "-=*") == "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
