package srcfuncs

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.funcs from the current results")

// TestFind compares the functions found in each testdata source file with
// the list in the .funcs file beside it: one line per function, giving its
// qualified name, the line of its name and the lines its definition spans.
func TestFind(t *testing.T) {
	files, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	tested := 0
	for _, path := range files {
		lang := LanguageOf(path)
		if lang == "" {
			continue
		}
		tested++
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			funcs := Find(lang, src)
			checkInvariants(t, src, funcs)
			got := describe(src, funcs)
			golden := path + ".funcs"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("functions differ from %s\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
	if tested < 10 {
		t.Errorf("only %d testdata sources; expected one per language", tested)
	}
}

// describe lists funcs as the .funcs files do.
func describe(src []byte, funcs []Func) string {
	lines := newLineTable(src)
	var b strings.Builder
	for _, f := range funcs {
		fmt.Fprintf(&b, "%s line %d spans %d-%d\n", f.QualifiedName(), f.Line, lines.lineOf(f.Start), lines.lineOf(f.End-1))
	}
	return b.String()
}

// checkInvariants checks what every result must satisfy, whatever the input.
func checkInvariants(t *testing.T, src []byte, funcs []Func) {
	t.Helper()
	lines := newLineTable(src)
	for i, f := range funcs {
		if !(0 <= f.Start && f.Start <= f.NameStart && f.NameStart < f.NameEnd && f.NameEnd <= f.End && f.End <= len(src)) {
			t.Fatalf("func %d %q: bad ranges Start=%d Name=[%d,%d) End=%d len=%d", i, f.Name, f.Start, f.NameStart, f.NameEnd, f.End, len(src))
		}
		if f.Name != string(src[f.NameStart:f.NameEnd]) {
			t.Fatalf("func %d: Name %q but source has %q", i, f.Name, src[f.NameStart:f.NameEnd])
		}
		if f.Line != lines.lineOf(f.NameStart) {
			t.Fatalf("func %d %q: Line %d, name is on line %d", i, f.Name, f.Line, lines.lineOf(f.NameStart))
		}
		if i > 0 && funcs[i-1].Start > f.Start {
			t.Fatalf("funcs not in source order at %d", i)
		}
	}
}

func TestFindBodies(t *testing.T) {
	// The text of selected definitions, to check ranges byte by byte.
	tests := []struct {
		lang, src, name, want string
	}{
		{Go, "package p\n\n// F does it.\nfunc F() {\n\tx := \"}\"\n}\n\nvar y = 1\n", "F",
			"// F does it.\nfunc F() {\n\tx := \"}\"\n}"},
		{Go, "func frag(a int) int { return a }", "frag", "func frag(a int) int { return a }"},
		{Rust, "/// Doc\n#[test]\nfn t() { let s = \"}\"; }\nfn u() {}", "t", "/// Doc\n#[test]\nfn t() { let s = \"}\"; }"},
		{C, "int x;\n/* doc */\nstatic int\nf(void)\n{\n  return '}';\n}\n", "f", "/* doc */\nstatic int\nf(void)\n{\n  return '}';\n}"},
		{Python, "class A:\n    def m(self):\n        return 1\n\n    x = 2\n", "m", "def m(self):\n        return 1"},
		{JavaScript, "let a = 1\nfunction f() { return `}${a}` }\n", "f", "function f() { return `}${a}` }"},
		{Kotlin, "val a = 1\n@JvmStatic\nfun f(x: Int) = x +\n    1\nval b = 2", "f", "@JvmStatic\nfun f(x: Int) = x +\n    1"},
		{CSharp, "class A {\n  int F() => 1;\n  int G;\n}", "F", "int F() => 1;"},
	}
	for _, tt := range tests {
		var found *Func
		for _, f := range Find(tt.lang, []byte(tt.src)) {
			if f.Name == tt.name {
				found = &f
				break
			}
		}
		if found == nil {
			t.Errorf("%s: %s not found in %q", tt.lang, tt.name, tt.src)
			continue
		}
		if got := tt.src[found.Start:found.End]; got != tt.want {
			t.Errorf("%s %s:\ngot  %q\nwant %q", tt.lang, tt.name, got, tt.want)
		}
	}
}

func TestFindUnknownLanguage(t *testing.T) {
	if got := Find("cobol", []byte("PROCEDURE DIVISION.")); got != nil {
		t.Errorf("Find(cobol) = %v, want nil", got)
	}
}

func TestLanguageOf(t *testing.T) {
	tests := map[string]string{
		"a/b/lock.go": Go, "x.RS": Rust, "q.c": C, "q.h": C, "c.cpp": CPP, "c.hpp": CPP, "c.cc": CPP,
		"B.java": Java, "I.cs": CSharp, "E.kt": Kotlin, "s.js": JavaScript, "s.mjs": JavaScript,
		"s.jsx": JavaScript, "s.ts": TypeScript, "s.tsx": TypeScript, "w.py": Python,
		"README.md": "", "Makefile": "", "spec.tla": "",
	}
	for path, want := range tests {
		if got := LanguageOf(path); got != want {
			t.Errorf("LanguageOf(%q) = %q, want %q", path, got, want)
		}
	}
}
