package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// errorComment matches an expected-error annotation. The error must be
// reported at the first non-blank character after the comment, with a
// message matching the quoted regular expression.
var errorComment = regexp.MustCompile(`\(\* ERROR ("(?:[^"\\]|\\.)*") \*\)`)

// TestErrors parses testdata/*.tla and checks each file's first error
// against its (* ERROR "regexp" *) annotation; files without one must
// parse cleanly.
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
			m := errorComment.FindSubmatchIndex(src)
			if m == nil {
				if len(errs) > 0 {
					p := f.SANYPosition(errs[0].Pos)
					t.Fatalf("unexpected error at %d:%d: %s", p.Line, p.Column, errs[0].Msg)
				}
				return
			}
			pattern, err := strconv.Unquote(string(src[m[2]:m[3]]))
			if err != nil {
				t.Fatalf("bad annotation: %v", err)
			}
			wantPos := m[1]
			for wantPos < len(src) && (src[wantPos] == ' ' || src[wantPos] == '\t' || src[wantPos] == '\n') {
				wantPos++
			}
			if wantPos >= len(src) {
				// End of file is reported on the last character, as JavaCC does.
				wantPos = len(src) - 1
			}
			if len(errs) == 0 {
				t.Fatalf("no error; want %q", pattern)
			}
			want := f.SANYPosition(token.Pos(wantPos))
			got := f.SANYPosition(errs[0].Pos)
			if got != want {
				t.Errorf("error at %d:%d, want %d:%d (%s)", got.Line, got.Column, want.Line, want.Column, errs[0].Msg)
			}
			if !regexp.MustCompile(pattern).MatchString(errs[0].Msg) {
				t.Errorf("message %q does not match %q", errs[0].Msg, pattern)
			}
		})
	}
}
