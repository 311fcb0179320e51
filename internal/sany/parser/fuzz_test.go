package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// addCorpusSeeds adds the testdata files and, when present, a sample of
// the shared SANY corpus as fuzz seeds.
func addCorpusSeeds(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.tla"))
	if dir, ok := manifest.SharedCorpus(); ok {
		more, _ := filepath.Glob(filepath.Join(dir, "examples", "specifications", "*", "*.tla"))
		if len(more) > 60 {
			more = more[:60]
		}
		paths = append(paths, more...)
	}
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzScan(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file := token.NewFile("fuzz.tla", src)
		toks, err := scanner.Scan(file)
		for _, tk := range toks {
			if tk.Pos < 0 || int(tk.End) > len(src) || tk.Pos > tk.End {
				t.Fatalf("token %+v outside [0,%d]", tk, len(src))
			}
		}
		if err != nil && (err.Pos < 0 || int(err.Pos) > len(src)) {
			t.Fatalf("error position %d outside [0,%d]", err.Pos, len(src))
		}
		// Scanning on after errors: one Illegal token per error, at its
		// position, the first error being Scan's.
		all, errs := scanner.ScanTokens(file, string(src), true)
		illegal := 0
		for _, tk := range all {
			if tk.Pos < 0 || int(tk.End) > len(src) || tk.Pos > tk.End {
				t.Fatalf("token %+v outside [0,%d]", tk, len(src))
			}
			if tk.Kind == scanner.Illegal {
				if illegal >= len(errs) || errs[illegal].Pos != tk.Pos {
					t.Fatalf("Illegal token %d at %d has no matching error in %v", illegal, tk.Pos, errs)
				}
				illegal++
			}
		}
		if illegal != len(errs) || (err != nil) != (len(errs) > 0) || (err != nil && err.Pos != errs[0].Pos) {
			t.Fatalf("ScanTokens errors %v (%d Illegal tokens), Scan error %v", errs, illegal, err)
		}
		if all[len(all)-1].Kind != scanner.EOF {
			t.Fatalf("token list does not end with EOF")
		}
	})
}

func FuzzParse(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file := token.NewFile("fuzz.tla", src)
		checkParse(t, src, file, 0)
		checkParse(t, src, file, Recover|AllErrors)
	})
}

// checkParse parses file in mode and checks that every error and every
// node lies within the file, and that recovery reports the plain
// parse's errors first.
func checkParse(t *testing.T, src []byte, file *token.File, mode Mode) {
	af, errs := ParseFileMode(file, mode)
	if mode != 0 {
		_, plain := ParseFile(file)
		if len(errs) < len(plain) || !sameErrors(plain, errs[:len(plain)]) {
			t.Fatalf("AllErrors gives %v, plain parse %v", errs, plain)
		}
	}
	for _, e := range errs {
		if e.Pos < 0 || int(e.Pos) > len(src) {
			t.Fatalf("error position %d outside [0,%d]: %s", e.Pos, len(src), e.Msg)
		}
	}
	ast.Inspect(af, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if n.Pos() < 0 || int(n.End()) > len(src) || n.Pos() > n.End() {
			t.Fatalf("node %T at [%d,%d) outside [0,%d]", n, n.Pos(), n.End(), len(src))
		}
		return true
	})
}
