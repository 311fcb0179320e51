package langservice

import (
	"sort"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// SymbolKind classifies an outline entry.
type SymbolKind int

const (
	SymbolModule SymbolKind = iota
	SymbolConstant
	SymbolVariable
	SymbolOperator
	SymbolFunction // f[x \in S] == ...
	SymbolInstance
	SymbolTheorem
	SymbolAssumption
	SymbolStep
)

// DocumentSymbol is one entry of a module's outline.
type DocumentSymbol struct {
	Name     string
	Detail   string // signature, level
	Kind     SymbolKind
	Pos, End token.Pos // the whole declaration
	// NamePos, NameEnd is the name, what the editor selects.
	NamePos, NameEnd token.Pos
	Children         []DocumentSymbol
}

// DocumentSymbols returns the outline of the modules of the file at path:
// each module with its constants, variables, definitions, instances,
// assumptions and theorems, proof steps nested under their theorem.
func (s *Spec) DocumentSymbols(path string) []DocumentSymbol {
	var out []DocumentSymbol
	for _, m := range s.Analysis.Modules {
		if m.Path != path || m.AST == nil {
			continue
		}
		out = append(out, s.moduleSymbol(m, m.AST))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// moduleSymbol is the outline of one (possibly nested) module.
func (s *Spec) moduleSymbol(am *sany.AnalyzedModule, m *ast.Module) DocumentSymbol {
	ds := DocumentSymbol{Name: m.Name.Name, Kind: SymbolModule, Pos: m.Pos(), End: m.End(),
		NamePos: m.Name.Pos(), NameEnd: m.Name.End()}
	if len(m.Extends) > 0 {
		names := make([]string, len(m.Extends))
		for i, e := range m.Extends {
			names[i] = e.Name
		}
		ds.Detail = "EXTENDS " + strings.Join(names, ", ")
	}
	for _, u := range m.Units {
		ds.Children = append(ds.Children, s.unitSymbols(am, u)...)
	}
	return ds
}

// detail is the outline detail of the symbol declared by id.
func (s *Spec) detail(am *sany.AnalyzedModule, id *ast.Ident) string {
	if am.Info == nil || id == nil {
		return ""
	}
	sym := am.Info.Defs[semantic.Span{Pos: id.Pos(), End: id.End()}]
	if sym == nil {
		return ""
	}
	switch sym.Kind {
	case semantic.KindOperator:
		return Signature(sym) + " — " + levelName(sym.Level)
	case semantic.KindConstant:
		return Signature(sym)
	}
	return ""
}

func named(id *ast.Ident, kind SymbolKind, n ast.Node, detail string) DocumentSymbol {
	return DocumentSymbol{Name: id.Name, Kind: kind, Pos: n.Pos(), End: n.End(), NamePos: id.Pos(), NameEnd: id.End(), Detail: detail}
}

// unitSymbols is the outline of one unit.
func (s *Spec) unitSymbols(am *sany.AnalyzedModule, u ast.Unit) []DocumentSymbol {
	switch u := u.(type) {
	case *ast.VarDecl:
		var out []DocumentSymbol
		for _, id := range u.Names {
			out = append(out, named(id, SymbolVariable, id, "VARIABLE"))
		}
		return out
	case *ast.ConstDecl:
		var out []DocumentSymbol
		for _, p := range u.Params {
			out = append(out, named(p.Name, SymbolConstant, p, "CONSTANT"))
		}
		return out
	case *ast.OpDef:
		return []DocumentSymbol{named(u.Name, SymbolOperator, u, s.detail(am, u.Name))}
	case *ast.FuncDef:
		return []DocumentSymbol{named(u.Name, SymbolFunction, u, s.detail(am, u.Name))}
	case *ast.ModuleDef:
		return []DocumentSymbol{named(u.Name, SymbolInstance, u, "INSTANCE "+u.Instance.Module.Name)}
	case *ast.Instance:
		ds := named(u.Module, SymbolInstance, u, "INSTANCE")
		ds.Name = "INSTANCE " + u.Module.Name
		return []DocumentSymbol{ds}
	case *ast.Assume:
		if u.Name != nil {
			return []DocumentSymbol{named(u.Name, SymbolAssumption, u, u.Keyword)}
		}
		return []DocumentSymbol{{Name: u.Keyword, Kind: SymbolAssumption, Pos: u.Pos(), End: u.End(),
			NamePos: u.KwPos, NameEnd: u.KwPos + token.Pos(len(u.Keyword))}}
	case *ast.Theorem:
		var ds DocumentSymbol
		if u.Name != nil {
			ds = named(u.Name, SymbolTheorem, u, u.Keyword)
		} else {
			ds = DocumentSymbol{Name: u.Keyword + " " + firstLine(am.File, u.Body), Kind: SymbolTheorem,
				Pos: u.Pos(), End: u.End(), NamePos: u.KwPos, NameEnd: u.KwPos + token.Pos(len(u.Keyword))}
		}
		ds.Children = stepSymbols(am.File, u.Proof)
		return []DocumentSymbol{ds}
	case *ast.Module:
		return []DocumentSymbol{s.moduleSymbol(am, u)}
	}
	return nil
}

// stepSymbols is the outline of a proof: its steps, each with its own
// proof's steps nested.
func stepSymbols(f *token.File, p ast.Proof) []DocumentSymbol {
	sp, ok := p.(*ast.StepsProof)
	if !ok {
		return nil
	}
	var out []DocumentSymbol
	for _, st := range sp.Steps {
		name := st.Label
		if st.Kind == ast.StepQED {
			name += " QED"
		} else if st.Body != nil {
			name += " " + firstLine(f, st.Body)
		}
		out = append(out, DocumentSymbol{Name: name, Kind: SymbolStep, Pos: st.Pos(), End: st.End(),
			NamePos: st.StepPos, NameEnd: st.StepPos + token.Pos(len(st.Label)), Children: stepSymbols(f, st.Proof)})
	}
	return out
}

// firstLine is the start of n's text, on one line and at most 40 bytes.
func firstLine(f *token.File, n ast.Node) string {
	if f == nil || n == nil || !n.Pos().IsValid() || int(n.End()) > f.Size() || n.End() < n.Pos() {
		return ""
	}
	end := min(n.End(), n.Pos()+120)
	t := strings.Join(strings.Fields(stripComments(string(f.Text()[n.Pos():end]))), " ")
	return truncate(t, 40)
}

// WorkspaceSymbol is a module-level declaration found by a query.
type WorkspaceSymbol struct {
	Name, Module string
	Kind         SymbolKind
	Location     Location
}

// WorkspaceSymbols returns the module-level declarations of the specs'
// non-standard modules whose names contain query's characters in order
// (case-insensitive; an empty query matches all), each once.
func WorkspaceSymbols(specs []*Spec, query string) []WorkspaceSymbol {
	var out []WorkspaceSymbol
	seen := map[Location]bool{}
	for _, s := range specs {
		for _, m := range s.Analysis.Modules {
			if m.Standard || m.AST == nil {
				continue
			}
			for _, ds := range s.moduleSymbol(m, m.AST).Children {
				if ds.Kind == SymbolModule || ds.Kind == SymbolStep || !fuzzyMatch(query, ds.Name) {
					continue
				}
				loc := Location{Path: m.Path, File: m.File, Pos: ds.NamePos, End: ds.NameEnd}
				if seen[loc] {
					continue
				}
				seen[loc] = true
				out = append(out, WorkspaceSymbol{Name: ds.Name, Module: m.Name, Kind: ds.Kind, Location: loc})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Module < out[j].Module
	})
	return out
}

// fuzzyMatch reports whether the characters of query appear in name in
// order, ignoring case.
func fuzzyMatch(query, name string) bool {
	q := []rune(strings.ToLower(query))
	i := 0
	for _, r := range strings.ToLower(name) {
		if i < len(q) && r == q[i] {
			i++
		}
	}
	return i == len(q)
}
