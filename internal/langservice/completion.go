package langservice

import (
	"sort"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// CompletionKind classifies a completion item.
type CompletionKind int

const (
	CompleteKeyword CompletionKind = iota
	CompleteOperator
	CompleteFunction // f[x \in S] == …, a recursive function
	CompleteVariable
	CompleteConstant
	CompleteBound // parameters and bound identifiers
	CompleteModule
	CompleteField
	CompleteBuiltin // built-in and standard operators
	CompleteTheorem
)

// CompletionItem is one proposal.
type CompletionItem struct {
	Label  string
	Kind   CompletionKind
	Detail string // signature, level, Unicode form
	Doc    string
	// Insert replaces [ReplacePos, the cursor) (the word typed so far, a
	// backslash included for \-operators).
	Insert     string
	ReplacePos token.Pos
}

// CompleteOptions gives completion what it cannot find in the analysis.
type CompleteOptions struct {
	// ModuleNames are the modules EXTENDS and INSTANCE may name besides
	// the standard ones (the .tla files of the spec's folder and library
	// paths).
	ModuleNames []string
}

var (
	importContextRE = lazy.Regexp(`(?:EXTENDS|INSTANCE)(?:\s*[A-Za-z0-9_]+\s*,)*\s*$`)
	instanceRefRE   = lazy.Regexp(`([A-Za-z0-9_]+)(?:\([^()]*\))?!$`)
)

// Complete proposes what may be written at offset off of the file at path:
// module names after EXTENDS or INSTANCE, \-operators after a backslash
// (with their Unicode form), the fields TypeOK gives a record variable
// after "x.", the definitions of an instance after "I!", and otherwise
// the names in scope, keywords and built-in operators.
func (s *Spec) Complete(path string, off token.Pos, opts CompleteOptions) []CompletionItem {
	m := s.moduleOf(path, off)
	if m == nil || m.File == nil || int(off) > m.File.Size() {
		return nil
	}
	// Contexts are decided by the text just before the cursor; a window
	// keeps the regular expressions off the whole file.
	text := string(m.File.Text()[max(0, int(off)-2000):off])
	word := wordBefore(text)
	start := off - token.Pos(len(word))
	before := text[:len(text)-len(word)]
	var items []CompletionItem
	switch {
	case strings.HasSuffix(before, `\`):
		for _, a := range asciiOperators {
			detail := a.Unicode()
			if a.Doc != "" {
				detail = strings.TrimSpace(detail + " " + a.Doc)
			}
			items = append(items, CompletionItem{Label: a.ASCII, Kind: CompleteBuiltin, Detail: detail,
				Insert: a.ASCII, ReplacePos: start - 1})
		}
		return items
	case importContextRE().MatchString(before):
		names := append(stdlib.Names(), opts.ModuleNames...)
		seen := map[string]bool{m.Name: true}
		for _, n := range names {
			if seen[n] {
				continue
			}
			seen[n] = true
			detail := "module"
			if _, std := stdlib.Lookup(n); std {
				detail = "standard module"
			}
			items = append(items, CompletionItem{Label: n, Kind: CompleteModule, Detail: detail, Insert: n, ReplacePos: start})
		}
		return sortItems(items)
	case strings.HasSuffix(before, "."):
		if v := recordOwner(before[:len(before)-1]); v != "" {
			for _, f := range s.recordFields(m.File, m.AST, v) {
				items = append(items, CompletionItem{Label: f.name, Kind: CompleteField, Detail: f.typ,
					Doc: "field of " + v + " (from " + f.from + ")", Insert: f.name, ReplacePos: start})
			}
			return items
		}
	case instanceRefRE().MatchString(before):
		inst := instanceRefRE().FindStringSubmatch(before)[1]
		return s.instanceItems(m.AST, inst, start)
	}
	for _, n := range s.namesInScope(m, off) {
		// Not + or \leq (written, not completed), nor names the word typed
		// so far rules out (editors filter the same way; a large spec has
		// thousands of names, each with a signature and a comment to read).
		if identifierRE().MatchString(n.name) && fuzzyMatch(word, n.name) {
			items = append(items, nameItem(n, m.Name, start))
		}
	}
	for _, k := range keywords {
		items = append(items, CompletionItem{Label: k, Kind: CompleteKeyword, Insert: k, ReplacePos: start})
	}
	for _, w := range wordOperators() {
		items = append(items, CompletionItem{Label: w, Kind: CompleteBuiltin, Doc: standardDoc(w), Insert: w, ReplacePos: start})
	}
	return items
}

// nameItem is the completion item of a name in scope.
func nameItem(n scopeName, here string, start token.Pos) CompletionItem {
	it := CompletionItem{Label: n.name, Insert: n.name, ReplacePos: start, Kind: completionKind(n.kind)}
	if n.sym != nil {
		it.Detail = Signature(n.sym) + " — " + Describe(n.sym, here)
		if n.sym.File != nil && isStandardPath(n.sym.File.Name()) {
			it.Kind = CompleteBuiltin
			it.Doc = standardDoc(n.name)
		} else {
			it.Doc = DocComment(n.sym)
		}
	}
	return it
}

func completionKind(k semantic.Kind) CompletionKind {
	switch k {
	case semantic.KindVariable:
		return CompleteVariable
	case semantic.KindConstant:
		return CompleteConstant
	case semantic.KindParam, semantic.KindBound, semantic.KindNew:
		return CompleteBound
	case semantic.KindTheorem, semantic.KindStep:
		return CompleteTheorem
	case semantic.KindInstance, semantic.KindModule:
		return CompleteModule
	}
	return CompleteOperator
}

func sortItems(items []CompletionItem) []CompletionItem {
	sort.Slice(items, func(i, j int) bool { return items[i].Label < items[j].Label })
	return items
}

// instanceItems proposes the definitions of the module instantiated as
// inst (I == INSTANCE M) after "I!".
func (s *Spec) instanceItems(mod *ast.Module, inst string, start token.Pos) []CompletionItem {
	var target string
	ast.Inspect(mod, func(n ast.Node) bool {
		if d, ok := n.(*ast.ModuleDef); ok && d.Name != nil && d.Name.Name == inst && d.Instance != nil && d.Instance.Module != nil {
			target = d.Instance.Module.Name
			return false
		}
		return target == ""
	})
	im := s.Analysis.Module(target)
	if im == nil || im.Checked == nil {
		return nil
	}
	var items []CompletionItem
	for _, name := range im.Checked.Exports() {
		sym := im.Checked.Lookup(name)
		if sym == nil || sym.Kind == semantic.KindConstant || sym.Kind == semantic.KindVariable {
			continue
		}
		items = append(items, nameItem(scopeName{name: name, sym: sym, kind: sym.Kind}, "", start))
	}
	return items
}

// recordOwner returns the variable at the start of the expression that
// ends text and is followed by ".": x in "x.", "x[i].", "x'[p].".
func recordOwner(text string) string {
	i := len(text)
	for i > 0 {
		switch text[i-1] {
		case '\'':
			i--
			continue
		case ']':
			depth := 0
			for i > 0 {
				i--
				if text[i] == ']' {
					depth++
				} else if text[i] == '[' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			continue
		}
		break
	}
	return wordBefore(text[:i])
}

// wordBefore returns the identifier characters ending text.
func wordBefore(text string) string {
	i := len(text)
	for i > 0 && isWordByte(text[i-1]) {
		i--
	}
	return text[i:]
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// recordField is a field of a record variable's type.
type recordField struct {
	name, typ, from string
}

// recordFields returns the fields a type invariant (TypeOK or
// TypeInvariant) gives variable v: v \in [f: S, …], v \in [D -> [f: S]],
// v \in Seq([f: S]) or SUBSET [f: S].
func (s *Spec) recordFields(f *token.File, mod *ast.Module, v string) []recordField {
	var out []recordField
	for _, u := range mod.Units {
		d, ok := u.(*ast.OpDef)
		if !ok || d.Name == nil || (d.Name.Name != "TypeOK" && d.Name.Name != "TypeInvariant") {
			continue
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			app, ok := n.(*ast.OpApp)
			if !ok || app.Op == nil || app.Op.Name != `\in` || len(app.Args) != 2 {
				return true
			}
			if id, ok := app.Args[0].(*ast.Ident); !ok || id.Name != v {
				return true
			}
			if rs := recordSetOf(app.Args[1]); rs != nil {
				for _, fld := range rs.Fields {
					out = append(out, recordField{name: fld.Name.Name, typ: exprText(f, fld.Value), from: d.Name.Name})
				}
			}
			return false
		})
	}
	return out
}

// recordSetOf finds the set of records in a type: [f: S], [D -> [f: S]],
// Seq([f: S]), SUBSET [f: S].
func recordSetOf(e ast.Expr) *ast.RecordSet {
	switch e := e.(type) {
	case *ast.RecordSet:
		return e
	case *ast.Paren:
		return recordSetOf(e.X)
	case *ast.FuncSet:
		return recordSetOf(e.Range)
	case *ast.OpApp:
		if len(e.Args) == 1 {
			return recordSetOf(e.Args[0])
		}
	}
	return nil
}

// exprText is the source text of e on one line, without comments.
func exprText(f *token.File, e ast.Expr) string {
	if f == nil || e == nil || int(e.End()) > f.Size() || e.End() < e.Pos() {
		return ""
	}
	return strings.Join(strings.Fields(stripComments(string(f.Text()[e.Pos():e.End()]))), " ")
}
