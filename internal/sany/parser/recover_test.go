package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// TestRecoverReportsTheSameErrors checks, on every corpus file and every
// testdata file, that Recover without AllErrors reports exactly the
// errors of a plain parse, and that AllErrors starts with them.
func TestRecoverReportsTheSameErrors(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.tla"))
	if c, ok := manifest.SharedCorpus(); !ok && testenv.SharedRequired() {
		t.Fatalf("the SANY corpus is absent and %s=1", testenv.RequireSharedEnv)
	} else if ok {
		filepath.WalkDir(c, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".tla") {
				paths = append(paths, p)
			}
			return nil
		})
	}
	failing := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := token.NewFile(path, src)
		_, plain := ParseFile(f)
		_, recovered := ParseFileMode(f, Recover)
		_, all := ParseFileMode(f, Recover|AllErrors)
		if len(plain) > 0 {
			failing++
		}
		if !sameErrors(plain, recovered) {
			t.Errorf("%s: Recover reports %v, plain parse %v", path, recovered, plain)
		}
		if len(all) < len(plain) || !sameErrors(plain, all[:len(plain)]) {
			t.Errorf("%s: AllErrors reports %v, plain parse %v", path, all, plain)
		}
	}
	if failing == 0 {
		t.Fatal("no file with errors among the inputs")
	}
}

func sameErrors(a, b scanner.ErrorList) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Pos != b[i].Pos || a[i].Msg != b[i].Msg || a[i].Kind != b[i].Kind {
			return false
		}
	}
	return true
}

// unitNames lists the names of a module's definitions and "bad" for the
// units that could not be parsed.
func unitNames(m *ast.Module) []string {
	var out []string
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			name := u.Name.Name
			if _, bad := u.Body.(*ast.BadExpr); bad {
				name += "(bad body)"
			}
			out = append(out, name)
		case *ast.FuncDef:
			out = append(out, u.Name.Name)
		case *ast.VarDecl:
			out = append(out, "VARIABLE")
		case *ast.Theorem:
			out = append(out, "THEOREM")
		case *ast.BadUnit:
			out = append(out, "bad")
		}
	}
	return out
}

func TestRecoverKeepsTheRestOfTheModule(t *testing.T) {
	cases := []struct {
		name, src string
		units     string // unitNames joined by spaces
		errors    int    // with AllErrors
	}{
		{"parse error in a body",
			"---- MODULE M ----\nVARIABLE x\nA == x +\nB == IF x THEN 1\nC == x\n====\n",
			"VARIABLE A(bad body) B(bad body) C", 2},
		{"lexical errors",
			"---- MODULE M ----\nA == 1;\nB == 2\nC == 3 ` 4\nD == 5\n====\n",
			"A(bad body) B C(bad body) D", 2},
		{"junk between units",
			"---- MODULE M ----\nA == 1\n)) junk ((\nVARIABLE y\nTHEOREM T == TRUE\n====\n",
			"A bad VARIABLE THEOREM", 1},
		{"broken declaration",
			"---- MODULE M ----\nVARIABLE 1\nB == 2\n====\n",
			"bad B", 1},
		{"unterminated module",
			"---- MODULE M ----\nA == 1\nB == 2 +\n",
			"A B(bad body)", 2}, // the missing ==== too
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := token.NewFile("M.tla", []byte(c.src))
			_, plain := ParseFile(f)
			tree, errs := ParseFileMode(f, Recover)
			if len(plain) == 0 || !sameErrors(plain, errs) {
				t.Fatalf("Recover errors %v, plain %v", errs, plain)
			}
			if len(tree.Modules) != 1 {
				t.Fatalf("%d modules, want 1", len(tree.Modules))
			}
			if got := strings.Join(unitNames(tree.Modules[0]), " "); got != c.units {
				t.Errorf("units %q, want %q", got, c.units)
			}
			_, all := ParseFileMode(f, Recover|AllErrors)
			if len(all) != c.errors {
				t.Errorf("AllErrors gives %d errors %v, want %d", len(all), all, c.errors)
			}
			for _, e := range all {
				if e.Pos < 0 || int(e.Pos) > len(c.src) {
					t.Errorf("error %q at %d outside the file", e.Msg, e.Pos)
				}
			}
		})
	}
}

// TestRecoverNextModule checks that a broken module does not hide the
// modules after it.
func TestRecoverNextModule(t *testing.T) {
	src := "---- MODULE A ----\nX == \n---- MODULE B ----\nY == 1\n====\n"
	tree, errs := ParseFileMode(token.NewFile("A.tla", []byte(src)), Recover)
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	var names []string
	for _, m := range tree.Modules {
		names = append(names, m.Name.Name)
	}
	if strings.Join(names, " ") != "A B" && strings.Join(names, " ") != "A" {
		t.Errorf("modules %v", names)
	}
}
