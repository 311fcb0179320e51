package sany

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
)

// BenchmarkCheckCorpusExamples checks every Examples module of the corpus
// (with its imports) once per iteration, in one process.
func BenchmarkCheckCorpusExamples(b *testing.B) {
	root, entries := loadCorpus(b)
	var examples []manifest.Entry
	for _, e := range entries {
		if e.Origin == "examples" {
			examples = append(examples, e)
		}
	}
	run := func(b *testing.B, cache func() *ParseCache) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			c := cache()
			for _, e := range examples {
				cfg := entryConfig(root, e)
				cfg.Cache = c
				if _, err := Check(context.Background(), cfg, filepath.Join(root, e.Path)); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(len(examples)), "modules/op")
	}
	b.Run("fresh", func(b *testing.B) { run(b, func() *ParseCache { return nil }) })
	// One cache per pass over the corpus: each file is parsed once per
	// pass, as in a server checking a workspace.
	b.Run("cached", func(b *testing.B) { run(b, NewParseCache) })
}

func benchmarkOne(b *testing.B, suffix string) {
	root, entries := loadCorpus(b)
	for _, e := range entries {
		if e.Origin == "examples" && strings.HasSuffix(e.Path, suffix) {
			cfg, path := entryConfig(root, e), filepath.Join(root, e.Path)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Check(context.Background(), cfg, path); err != nil {
					b.Fatal(err)
				}
			}
			return
		}
	}
	b.Skipf("no corpus entry ending in %s", suffix)
}

// BenchmarkCheckSmallSpec checks one small spec (SANY: ~0.4 s a process).
func BenchmarkCheckSmallSpec(b *testing.B) { benchmarkOne(b, "DieHard/DieHard.tla") }

// BenchmarkCheckPaxos checks Paxos with its imports (SANY: ~1.2 s).
func BenchmarkCheckPaxos(b *testing.B) { benchmarkOne(b, "Paxos/Paxos.tla") }

// TestConcurrentChecks runs many Checks at once (run with -race) and
// requires each to give the same answer as a lone Check.
func TestConcurrentChecks(t *testing.T) {
	files, _ := filepath.Glob("testdata/semantic/*.tla")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	want := map[string]int{}
	for _, f := range files {
		d, err := Check(context.Background(), Config{}, f)
		if err != nil {
			t.Fatal(err)
		}
		want[f] = len(d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	shared := NewParseCache()
	for i := 0; i < 16; i++ {
		for _, f := range files {
			wg.Add(1)
			cfg := Config{}
			if i%2 == 0 {
				cfg.Cache = shared // parsed trees shared between Checks
			}
			go func(f string) {
				defer wg.Done()
				d, err := Check(context.Background(), cfg, f)
				if err != nil || len(d) != want[f] {
					errs <- f
				}
			}(f)
		}
	}
	wg.Wait()
	close(errs)
	for f := range errs {
		t.Errorf("concurrent Check of %s differs from a lone one", f)
	}
}

// TestCheckCancelled returns the context's error.
func TestCheckCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(t.TempDir(), "M.tla")
	if err := os.WriteFile(path, []byte("---- MODULE M ----\n====\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Check(ctx, Config{}, path); err == nil {
		t.Error("Check with a cancelled context succeeded")
	}
}
