package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/expect"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestErrors parses testdata/*.tla and checks each file's first error
// against its expectation comment (internal/sany/expect: the error starts
// right after the comment, its message contains the text); files without
// one must parse cleanly.
func TestErrors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.tla"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := token.NewFile(path, src)
			_, errs := ParseFile(f)
			want, err := expect.Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 {
				if len(errs) > 0 {
					p := f.SANYPosition(errs[0].Pos)
					t.Fatalf("unexpected error at %d:%d: %s", p.Line, p.Column, errs[0].Msg)
				}
				return
			}
			w := want[0]
			if len(errs) == 0 {
				t.Fatalf("no error; want %s", w)
			}
			if !w.At(int(errs[0].Pos), int(errs[0].End)) {
				got, at := f.SANYPosition(errs[0].Pos), f.SANYPosition(token.Pos(w.After))
				t.Errorf("error at %d:%d, want %d:%d (%s)", got.Line, got.Column, at.Line, at.Column, errs[0].Msg)
			}
			if !w.Matches("ERROR", "", errs[0].Msg) {
				t.Errorf("message %q does not contain %q", errs[0].Msg, w.Text)
			}
		})
	}
}
