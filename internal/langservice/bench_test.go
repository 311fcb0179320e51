package langservice_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// BenchmarkAnalyzeLargestModule measures, in process, what an editor
// request on a changed buffer costs on the corpus's largest module
// (tcp_proof.tla): the analysis (parse, check, resolution recorded) and
// the index langservice builds on it.
func BenchmarkAnalyzeLargestModule(b *testing.B) {
	root := manifest.Corpus(b)
	path := filepath.Join(root, "examples/specifications/tcp/tcp_proof.tla")
	cfg := sany.Config{SearchPaths: []string{filepath.Join(root, "library/CommunityModules"), filepath.Join(root, "library/tlapm")},
		Cache: sany.NewParseCache()}
	b.Run("Analyze", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := sany.Analyze(context.Background(), cfg, path); err != nil {
				b.Fatal(err)
			}
		}
	})
	a, err := sany.Analyze(context.Background(), cfg, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Index", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			langservice.New(a)
		}
	})
}

// BenchmarkCheckLargestModule is sany.Check on the same module, without
// recording the resolution: the cost Analyze adds is the difference.
func BenchmarkCheckLargestModule(b *testing.B) {
	root := manifest.Corpus(b)
	path := filepath.Join(root, "examples/specifications/tcp/tcp_proof.tla")
	cfg := sany.Config{SearchPaths: []string{filepath.Join(root, "library/CommunityModules"), filepath.Join(root, "library/tlapm")},
		Cache: sany.NewParseCache()}
	for i := 0; i < b.N; i++ {
		if _, err := sany.Check(context.Background(), cfg, path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeaturesLargestModule measures the requests themselves, on an
// analysis already made, on tcp_proof.tla.
func BenchmarkFeaturesLargestModule(b *testing.B) {
	root := manifest.Corpus(b)
	path := filepath.Join(root, "examples/specifications/tcp/tcp_proof.tla")
	cfg := sany.Config{SearchPaths: []string{filepath.Join(root, "library/CommunityModules"), filepath.Join(root, "library/tlapm")}}
	a, err := sany.Analyze(context.Background(), cfg, path)
	if err != nil {
		b.Fatal(err)
	}
	s := langservice.New(a)
	var offs []token.Pos
	for _, o := range s.Occurrences(path) {
		offs = append(offs, o.Pos)
	}
	b.Run("DocumentSymbols", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.DocumentSymbols(path)
		}
	})
	b.Run("Complete", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.Complete(path, offs[(i*7919)%len(offs)], langservice.CompleteOptions{})
		}
	})
	b.Run("References", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.References(path, offs[(i*7919)%len(offs)], true)
		}
	})
}
