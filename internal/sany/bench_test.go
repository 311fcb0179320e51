package sany

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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
// requires each to give exactly the diagnostics of a lone Check. Every
// Check has a deadline, and mismatches are collected without blocking, so
// the test ends whatever the checker does.
func TestConcurrentChecks(t *testing.T) {
	files, _ := filepath.Glob("testdata/semantic/*.tla")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	want := map[string]string{}
	withErrors := 0
	for _, f := range files {
		d, err := Check(ctx, Config{}, f)
		if err != nil {
			t.Fatal(err)
		}
		want[f] = renderDiagnostics(d)
		if len(d) > 0 {
			withErrors++
		}
	}
	if withErrors == 0 {
		t.Fatal("no testdata file has a diagnostic: the comparison would prove nothing")
	}
	var (
		wg         sync.WaitGroup
		mu         sync.Mutex
		mismatches []string
	)
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
				d, err := Check(ctx, cfg, f)
				got := renderDiagnostics(d)
				if err != nil || got != want[f] {
					mu.Lock()
					mismatches = append(mismatches, fmt.Sprintf("%s (err %v):\n got:\n%s\n want:\n%s", f, err, got, want[f]))
					mu.Unlock()
				}
			}(f)
		}
	}
	wg.Wait()
	for i, m := range mismatches {
		if i == 10 {
			t.Errorf("... and %d more", len(mismatches)-i)
			break
		}
		t.Errorf("concurrent Check of %s differs from a lone one", m)
	}
}

// renderDiagnostics prints diags with everything that identifies them:
// file, module, range, severity, kind, code and message.
func renderDiagnostics(diags []Diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%s %s [%d,%d) %s %s %d %s\n", d.Path, d.Module, d.Pos, d.End, d.Severity, d.Kind, d.Code, d.Message)
	}
	return b.String()
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
