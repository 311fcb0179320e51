package langservice_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

func TestCompletion(t *testing.T) {
	forEachWant(t, "completion", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		labels := map[string]bool{}
		var all []string
		for _, it := range s.Complete(at.path, at.off, langservice.CompleteOptions{ModuleNames: moduleNames(ws)}) {
			labels[it.Label] = true
			all = append(all, it.Label)
		}
		mode, names := w.args[1], w.args[2:]
		for _, n := range names {
			if (mode == "excludes") == labels[n] {
				t.Errorf("%s:%d: completion at %s %s %s; got %v", w.root, w.line, w.args[0], mode, n, all)
			}
		}
		if mode == "only" && len(all) != len(names) {
			t.Errorf("%s:%d: completion at %s = %v, want only %v", w.root, w.line, w.args[0], all, names)
		}
	})
}

func TestCompletionDetail(t *testing.T) {
	forEachWant(t, "completionDetail", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		for _, it := range s.Complete(at.path, at.off, langservice.CompleteOptions{}) {
			if it.Label == w.args[1] {
				if !strings.Contains(it.Detail, w.args[2]) {
					t.Errorf("%s:%d: %s detail %q lacks %q", w.root, w.line, it.Label, it.Detail, w.args[2])
				}
				if it.Insert != it.Label || it.ReplacePos != at.off-1 {
					t.Errorf("%s: inserts %q over [%d, %d), want the backslash replaced", it.Label, it.Insert, it.ReplacePos, at.off)
				}
				return
			}
		}
		t.Errorf("%s:%d: no completion %s", w.root, w.line, w.args[1])
	})
}

// moduleNames lists the workspace's modules, as the server does.
func moduleNames(ws *workspace) []string {
	var out []string
	for p := range ws.texts {
		out = append(out, strings.TrimSuffix(filepath.Base(p), ".tla"))
	}
	return out
}

func TestSignatureHelp(t *testing.T) {
	forEachWant(t, "signature", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		h, ok := s.SignatureHelp(at.path, at.off)
		if !ok {
			t.Fatalf("%s:%d: no signature help at %s", w.root, w.line, w.args[0])
		}
		if h.Label != w.args[1] || strconv.Itoa(h.Active) != w.args[2] {
			t.Errorf("%s:%d: signature at %s = %q active %d, want %q active %s", w.root, w.line, w.args[0], h.Label, h.Active, w.args[1], w.args[2])
		}
	})
}

var tokenTypeNames = map[langservice.TokenType]string{
	langservice.TokenKeyword: "keyword", langservice.TokenComment: "comment", langservice.TokenString: "string",
	langservice.TokenNumber: "number", langservice.TokenOperator: "operator", langservice.TokenFunction: "function",
	langservice.TokenVariable: "variable", langservice.TokenParameter: "parameter", langservice.TokenNamespace: "namespace",
	langservice.TokenTheorem: "theorem",
}

var tokenModNames = []string{"declaration", "readonly", "modification", "defaultLibrary"}

func TestSemanticTokens(t *testing.T) {
	forEachWant(t, "token", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		for _, tok := range s.SemanticTokens(at.path) {
			if tok.Pos != at.off {
				continue
			}
			got := []string{tokenTypeNames[tok.Type]}
			for i, name := range tokenModNames {
				if tok.Modifiers&(1<<i) != 0 {
					got = append(got, name)
				}
			}
			if strings.Join(got, " ") != strings.Join(w.args[1:], " ") {
				t.Errorf("%s:%d: token at %s = %v, want %v", w.root, w.line, w.args[0], got, w.args[1:])
			}
			return
		}
		t.Errorf("%s:%d: no token starts at %s", w.root, w.line, w.args[0])
	})
}

func TestFoldingRanges(t *testing.T) {
	forEachWant(t, "fold", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		line := s.Analysis.ModuleAt(at.path).File.SANYPosition(at.off).Line
		for _, r := range s.FoldingRanges(at.path) {
			kind := map[langservice.FoldKind]string{langservice.FoldRegion: "region", langservice.FoldComment: "comment"}[r.Kind]
			if r.StartLine == line && strconv.Itoa(r.EndLine) == w.args[1] && kind == w.args[2] {
				return
			}
		}
		t.Errorf("%s:%d: no %s fold from line %d to %s in %+v", w.root, w.line, w.args[2], line, w.args[1], s.FoldingRanges(at.path))
	})
}

// TestDocumentSymbols compares the outline of each root with "want
// symbols" to the golden file beside it (ROOT.outline).
func TestDocumentSymbols(t *testing.T) {
	forEachWant(t, "symbols", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		var b strings.Builder
		var render func(ds []langservice.DocumentSymbol, indent string)
		kinds := []string{"Module", "Constant", "Variable", "Operator", "Function", "Instance", "Theorem", "Assumption", "Step"}
		render = func(ds []langservice.DocumentSymbol, indent string) {
			for _, d := range ds {
				fmt.Fprintf(&b, "%s%s %s %q\n", indent, kinds[d.Kind], d.Name, d.Detail)
				render(d.Children, indent+"  ")
			}
		}
		render(s.DocumentSymbols(w.root), "")
		golden := strings.TrimSuffix(w.root, ".tla") + ".outline"
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != string(want) {
			t.Errorf("outline of %s:\n%s\nwant (%s):\n%s", w.root, b.String(), golden, want)
		}
	})
}

// TestQuickFixes finds the checker's diagnostic starting at a marker,
// applies the fix of the given title and looks for a snippet in the
// result, which must no longer have a diagnostic there.
func TestQuickFixes(t *testing.T) {
	forEachWant(t, "quickfix", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		from, to := ws.at(t, w, w.args[0]), ws.at(t, w, w.args[1])
		for _, d := range s.Analysis.Diagnostics {
			if d.Path != from.path || d.Pos != from.off {
				continue
			}
			if d.End != to.off {
				t.Errorf("diagnostic %q ends at %d, want %d", d.Message, d.End, to.off)
			}
			fixed := applyFix(t, ws, s, w.root, langservice.Problem{Pos: d.Pos, End: d.End, Message: d.Message}, w.args[2])
			if !strings.Contains(body(fixed[w.root]), w.args[3]) {
				t.Errorf("after %q:\n%s\nlacks %q", w.args[2], fixed[w.root], w.args[3])
			}
			a, err := sany.Analyze(context.Background(), sany.Config{Overlay: fixed}, w.root)
			if err != nil {
				t.Fatal(err)
			}
			for _, d2 := range a.Diagnostics {
				if d2.Message == d.Message {
					t.Errorf("after %q the diagnostic remains: %v", w.args[2], d2)
				}
			}
			return
		}
		t.Fatalf("%s:%d: no diagnostic at %s in %v", w.root, w.line, w.args[0], s.Analysis.Diagnostics)
	})
}

// TestConformanceQuickFixes fixes a finding of the draft-conformance
// check; the finding must go away and the module still check clean.
func TestConformanceQuickFixes(t *testing.T) {
	forEachWant(t, "conformancefix", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		root := s.Analysis.Root
		for _, d := range conformance.Check(root.File, root.AST, conformance.Expectations{}) {
			if !strings.Contains(d.Message, w.args[0]) {
				continue
			}
			fixed := applyFix(t, ws, s, w.root, langservice.Problem{Pos: d.Pos, End: d.End, Message: d.Message}, w.args[1])
			a, err := sany.Analyze(context.Background(), sany.Config{Overlay: fixed}, w.root)
			if err != nil {
				t.Fatal(err)
			}
			if sany.HasErrors(a.Diagnostics) {
				t.Fatalf("after %q: %v\n%s", w.args[1], a.Diagnostics, fixed[w.root])
			}
			for _, d2 := range conformance.Check(a.Root.File, a.Root.AST, conformance.Expectations{}) {
				if d2.Message == d.Message {
					t.Errorf("after %q the finding remains: %s\n%s", w.args[1], d2.Message, fixed[w.root])
				}
			}
			return
		}
		t.Fatalf("%s:%d: no conformance finding %q", w.root, w.line, w.args[0])
	})
}

// applyFix applies the fix titled title of p and returns the texts.
func applyFix(t *testing.T, ws *workspace, s *langservice.Spec, path string, p langservice.Problem, title string) sany.Overlay {
	t.Helper()
	var titles []string
	for _, f := range s.QuickFixes(path, p) {
		if f.Title == title {
			return applyEdits(t, ws, f.Edits)
		}
		titles = append(titles, f.Title)
	}
	t.Fatalf("no fix %q for %q; got %q", title, p.Message, titles)
	return nil
}

// TestSlipFixes offers the fix of a programmer's slip on the line of a
// problem and checks the fixed text.
func TestSlipFixes(t *testing.T) {
	forEachWant(t, "slip", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		var p *langservice.Problem
		for _, d := range s.Analysis.Diagnostics {
			if d.Path == at.path && d.HasLocation() {
				p = &langservice.Problem{Pos: d.Pos, End: d.End, Message: d.Message}
				break
			}
		}
		if p == nil {
			t.Fatalf("no diagnostic in %s", at.path)
		}
		fixed := applyFix(t, ws, s, w.root, *p, w.args[1])
		if !strings.Contains(body(fixed[w.root]), w.args[2]) {
			t.Errorf("after %q:\n%s\nlacks %q", w.args[1], fixed[w.root], w.args[2])
		}
	})
}

// body is a module file's text without its expectation lines, which
// quote the texts the tests look for.
func body(text []byte) string {
	s, _, _ := strings.Cut(string(text), "\n\\* want ")
	return s
}
