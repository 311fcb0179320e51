package sany

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestAnalyzeRecordsResolution: Analyze gives Check's diagnostics and,
// for every module, what each name resolves to.
func TestAnalyzeRecordsResolution(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "Root.tla")
	overlay := Overlay{
		root:                          []byte("---- MODULE Root ----\nEXTENDS Lib\nVARIABLE x\nInit == x = Two\nNext == \\E y \\in {x} : x' = y\n====\n"),
		filepath.Join(dir, "Lib.tla"): []byte("---- MODULE Lib ----\nTwo == 2\n====\n"),
	}
	cfg := Config{Overlay: overlay}
	a, err := Analyze(context.Background(), cfg, root)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Check(context.Background(), cfg, root)
	if !reflect.DeepEqual(a.Diagnostics, want) || a.Partial {
		t.Fatalf("diagnostics %v (partial %v), Check's %v", a.Diagnostics, a.Partial, want)
	}
	if a.Root == nil || a.Root.Name != "Root" || a.Module("Lib") == nil || a.Modules[len(a.Modules)-1] != a.Root {
		t.Fatalf("modules %+v", a.Modules)
	}
	text := string(a.Root.File.Text())
	use := func(s string, nth int) *semantic.Symbol {
		off := 0
		for i := 0; i <= nth; i++ {
			j := indexFrom(text, s, off)
			if j < 0 {
				t.Fatalf("%q not found", s)
			}
			off = j + 1
		}
		sp := semantic.Span{Pos: posOf(off - 1), End: posOf(off - 1 + len(s))}
		if sym := a.Root.Info.Uses[sp]; sym != nil {
			return sym
		}
		return a.Root.Info.Defs[sp]
	}
	for _, c := range []struct {
		name   string
		nth    int
		kind   semantic.Kind
		module string
	}{
		{"Lib", 0, semantic.KindModule, "Lib"},   // EXTENDS Lib
		{"Two", 0, semantic.KindOperator, "Lib"}, // defined in Lib
		{"x", 1, semantic.KindVariable, "Root"},  // Init == x
		{"y", 0, semantic.KindBound, "Root"},     // \E y: its declaration
		{"y", 1, semantic.KindBound, "Root"},     // x' = y
		{"Root", 0, semantic.KindModule, "Root"}, // the header's name
	} {
		sym := use(c.name, c.nth)
		if sym == nil || sym.Kind != c.kind || sym.Module != c.module {
			t.Errorf("%s #%d resolves to %+v, want a %v of %s", c.name, c.nth, sym, c.kind, c.module)
		}
	}
	if use("y", 0) != use("y", 1) {
		t.Error("the bound y and its use are different symbols")
	}
}

// TestAnalyzeRecoversFromParseErrors: a root that does not parse keeps
// Check's parse error and is analysed from the recovered tree.
func TestAnalyzeRecoversFromParseErrors(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "Broken.tla")
	cfg := Config{Overlay: Overlay{root: []byte("---- MODULE Broken ----\nVARIABLE x\nA == x +\nB == x\n====\n")}}
	a, err := Analyze(context.Background(), cfg, root)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Check(context.Background(), cfg, root)
	if !a.Partial || !reflect.DeepEqual(a.Diagnostics, want) || !HasErrors(want) {
		t.Fatalf("partial %v, diagnostics %v, Check's %v", a.Partial, a.Diagnostics, want)
	}
	text := string(a.Root.File.Text())
	b := indexFrom(text, "B == x", 0) + len("B == ")
	if sym := a.Root.Info.Uses[semantic.Span{Pos: posOf(b), End: posOf(b + 1)}]; sym == nil || sym.Kind != semantic.KindVariable {
		t.Errorf("x in B, after the broken A, resolves to %+v", sym)
	}
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func posOf(off int) token.Pos { return token.Pos(off) }
