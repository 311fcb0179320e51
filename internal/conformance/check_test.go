package conformance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/expect"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Test files in testdata declare their expectations in comment lines
// before the module:
//
//	\* expect-core: a, b
//	\* expect-vars: x, y
//
// and the diagnostics they must produce in expectation comments
// (internal/sany/expect) right after the offending token:
//
//	Foo (* WARNING "text the message contains" *) == ...
//
// KIND@MODULE puts the expected diagnostic on the module header.

func TestCheckTestdata(t *testing.T) {
	files, err := filepath.Glob("testdata/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := token.NewFile(path, text)
			mod := parseOne(t, f)
			want := readExpectations(text)
			diags := Check(f, mod, want)
			matchAnnotations(t, f, mod, diags, readAnnotations(t, f, mod))
		})
	}
}

func parseOne(t *testing.T, f *token.File) *ast.Module {
	t.Helper()
	file, errs := parser.ParseFile(f)
	if len(errs) > 0 {
		t.Fatalf("parse errors: %v", errs)
	}
	if len(file.Modules) == 0 {
		t.Fatal("no module")
	}
	return file.Modules[0]
}

func readExpectations(text []byte) Expectations {
	var want Expectations
	for _, line := range strings.Split(string(text), "\n") {
		for prefix, list := range map[string]*[]string{`\* expect-core:`: &want.CoreFunctions, `\* expect-vars:`: &want.Variables} {
			if rest, ok := strings.CutPrefix(line, prefix); ok {
				for _, name := range strings.Split(rest, ",") {
					*list = append(*list, strings.TrimSpace(name))
				}
			}
		}
	}
	return want
}

func readAnnotations(t *testing.T, f *token.File, mod *ast.Module) []expect.Expectation {
	want, err := expect.Parse(f.Text())
	if err != nil {
		t.Fatal(err)
	}
	return want
}

func matchAnnotations(t *testing.T, f *token.File, mod *ast.Module, diags []sany.Diagnostic, want []expect.Expectation) {
	t.Helper()
	used := make([]bool, len(want))
	for _, d := range diags {
		if d.Kind != KindConformance || d.File != f || d.Module != mod.Name.Name || d.End < d.Pos {
			t.Errorf("malformed diagnostic %+v", d)
		}
		found := false
		for i, w := range want {
			at := w.At(int(d.Pos), int(d.End))
			if w.Module {
				at = d.Pos == mod.Start
			}
			if !used[i] && at && w.Matches(strings.ToUpper(d.Severity.String()), "", d.Message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("unexpected diagnostic %s", d)
		}
	}
	for i, w := range want {
		if !used[i] {
			t.Errorf("missing %s", w)
		}
	}
}
