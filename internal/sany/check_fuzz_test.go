package sany

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var fuzzModuleName = regexp.MustCompile(`-{4,}\s*MODULE\s+(\w+)`)

// FuzzCheck runs the whole checker (parse, module loading, semantic and
// level rules) on arbitrary module text: it must answer without panicking,
// and every located diagnostic must point into its file. Seeds are SANY's
// own error corpus and the semantic testdata, which exercise every rule.
func FuzzCheck(f *testing.F) {
	for _, pattern := range []string{"testdata/sanysuite/error_corpus/*.tla", "testdata/semantic/*.tla"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// The file is named after its module, so that the checker goes
		// past SANY's file name check to the semantic rules.
		name := "Fuzz"
		if m := fuzzModuleName.FindSubmatch(src); m != nil {
			name = string(m[1])
		}
		path, err := filepath.Abs(filepath.Join("testdata", name+".tla"))
		if err != nil {
			t.Fatal(err)
		}
		diags, err := Check(context.Background(), Config{Overlay: Overlay{path: src}}, path)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			if d.HasLocation() && (d.Pos < 0 || int(d.End) > d.File.Size() || d.Pos > d.End) {
				t.Fatalf("%s: range [%d,%d) outside its file of %d bytes", d, d.Pos, d.End, d.File.Size())
			}
		}
	})
}
