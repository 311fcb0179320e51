package srcfuncs

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFind measures each language's rules on its testdata file
// repeated to about 100 KB.
func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("testdata/*")
	for _, path := range files {
		lang := LanguageOf(path)
		if lang == "" {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if lang == Go {
			// Repeat the declarations after the imports, which must stay first.
			decls := bytes.SplitN(src, []byte("\n)\n"), 2)[1]
			src = append(src, bytes.Repeat(decls, 100_000/len(decls))...)
		} else {
			src = bytes.Repeat(src, 100_000/len(src)+1)
		}
		if n := len(Find(lang, src)); n < 100 {
			b.Fatalf("%s: only %d functions in the benchmark input", lang, n)
		}
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Find(lang, src)
			}
		})
	}
}
