package parser

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestSANYFirstErrors checks small modules (grammar corners, typical
// mistakes, proof step levels) against the first error real SANY reported
// on them, recorded in testdata/sanyfirst/golden.txt: "OK", or the kind
// with SANY's line and column ("PARSE" alone when SANY gives no position).
func TestSANYFirstErrors(t *testing.T) {
	dir := filepath.Join("testdata", "sanyfirst")
	f, err := os.Open(filepath.Join(dir, "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	checked := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, want, _ := strings.Cut(line, " ")
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		file := token.NewFile(name, src)
		_, errs := ParseFile(file)
		got := sanyVerdict(file, errs, !strings.ContainsAny(want, "0123456789"))
		if got != want {
			msg := ""
			if len(errs) > 0 {
				msg = errs[0].Msg
			}
			t.Errorf("%s: got %q, SANY %q (%s)", name, got, want, msg)
		}
		checked++
	}
	if checked < 100 {
		t.Fatalf("only %d golden entries", checked)
	}
}

// sanyVerdict renders the first error of errs as golden.txt does.
func sanyVerdict(f *token.File, errs scanner.ErrorList, kindOnly bool) string {
	if len(errs) == 0 {
		return "OK"
	}
	e := errs[0]
	kind := "PARSE"
	if e.Kind == scanner.Lexical {
		kind = "LEX"
	}
	if kindOnly {
		return kind
	}
	p := f.SANYPosition(e.Pos)
	col := fmt.Sprint(p.Column)
	switch {
	case e.NoColumn:
		col = "-"
	case e.ColumnZero:
		col = "0"
	}
	return fmt.Sprintf("%s %d %s", kind, p.Line, col)
}
