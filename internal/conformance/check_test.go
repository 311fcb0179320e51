package conformance

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Test files in testdata declare their expectations in comment lines
// before the module:
//
//	\* expect-core: a, b
//	\* expect-vars: x, y
//
// and the diagnostics they must produce in comments right after the
// offending token, in the style of go/parser's error tests:
//
//	Foo (* WARNING "text the message contains" *) == ...
//
// SEVERITY@MODULE puts the expected diagnostic on the module header.
var annotation = regexp.MustCompile(`\(\* (ERROR|WARNING|INFO)(@MODULE)? "((?:[^"\\]|\\.)*)" \*\)`)

type expected struct {
	severity sany.Severity
	pos      token.Pos
	text     string
	line     int
}

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

func readAnnotations(t *testing.T, f *token.File, mod *ast.Module) []expected {
	text := f.Text()
	var out []expected
	for _, m := range annotation.FindAllSubmatchIndex(text, -1) {
		e := expected{text: strings.ReplaceAll(string(text[m[6]:m[7]]), `\"`, `"`)}
		switch string(text[m[2]:m[3]]) {
		case "ERROR":
			e.severity = sany.SeverityError
		case "WARNING":
			e.severity = sany.SeverityWarning
		default:
			e.severity = sany.SeverityInfo
		}
		if m[4] >= 0 {
			e.pos = mod.Start
		} else {
			e.pos = tokenBefore(text, m[0])
		}
		e.line = f.SANYPosition(token.Pos(m[0])).Line
		out = append(out, e)
	}
	return out
}

// tokenBefore returns the start of the last token before the annotation
// at i, skipping white space and other annotations.
func tokenBefore(text []byte, i int) token.Pos {
	for {
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
			i--
		}
		if i >= 2 && string(text[i-2:i]) == "*)" {
			if open := strings.LastIndex(string(text[:i]), "(*"); open >= 0 {
				i = open
				continue
			}
		}
		break
	}
	j := i
	for j > 0 && !strings.ContainsRune(" \t\n", rune(text[j-1])) {
		j--
	}
	return token.Pos(j)
}

func matchAnnotations(t *testing.T, f *token.File, mod *ast.Module, diags []sany.Diagnostic, want []expected) {
	t.Helper()
	used := make([]bool, len(want))
	for _, d := range diags {
		if d.Kind != KindConformance || d.File != f || d.Module != mod.Name.Name || d.End < d.Pos {
			t.Errorf("malformed diagnostic %+v", d)
		}
		found := false
		for i, w := range want {
			if !used[i] && w.severity == d.Severity && w.pos == d.Pos && strings.Contains(d.Message, w.text) {
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
			p := f.SANYPosition(w.pos)
			t.Errorf("line %d: missing %s at %d:%d containing %q", w.line, w.severity, p.Line, p.Column, w.text)
		}
	}
}
