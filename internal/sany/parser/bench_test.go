package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// BenchmarkParseCorpus parses every .tla file of the shared corpus once
// per iteration and reports the cost per 100 source lines.
func BenchmarkParseCorpus(b *testing.B) {
	root := corpusDir(b)
	var srcs [][]byte
	lines := 0
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".tla") {
			if src, err := os.ReadFile(path); err == nil {
				srcs = append(srcs, src)
				lines += bytes.Count(src, []byte{'\n'}) + 1
			}
		}
		return nil
	})
	if len(srcs) == 0 {
		b.Skip("no corpus files")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			ParseFile(token.NewFile("bench.tla", src))
		}
	}
	b.StopTimer()
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(lines)*100, "ns/100lines")
	b.ReportMetric(float64(len(srcs)), "files")
}
