package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// BenchmarkLanguageRequests measures the language features over the real
// binary's stdio, as an editor sees them, on the corpus's largest module
// (tcp_proof.tla, 5,662 lines) and on a generated 1,000-line spec. Each
// request goes to a name of the module, cycling through up to 200 of
// them; "cached" asks on an unchanged buffer (the analysis is reused),
// "after-edit" changes the buffer right before each request so that every
// one pays for a fresh analysis, "after-check" changes it and waits for
// its diagnostics (the editor's usual rhythm: the request finds the
// analysis the check made). It reports the 95th and 50th percentile
// latencies.
//
//	go test -run '^$' -bench LanguageRequests -benchtime 200x ./cmd/tla-gen-lsp/
func BenchmarkLanguageRequests(b *testing.B) {
	dir := b.TempDir()
	thousand := filepath.Join(dir, "Thousand.tla")
	if err := os.WriteFile(thousand, []byte(thousandLineSpec()), 0o644); err != nil {
		b.Fatal(err)
	}
	specs := []struct {
		name, path string
		libs       []string
	}{{"1000-lines", thousand, nil}}
	if root, ok := manifest.SharedCorpus(); ok {
		specs = append(specs, struct {
			name, path string
			libs       []string
		}{"tcp_proof", filepath.Join(root, "examples/specifications/tcp/tcp_proof.tla"),
			[]string{filepath.Join(root, "library/CommunityModules"), filepath.Join(root, "library/tlapm"), filepath.Join(root, "library/apalache")}})
	} else if testenv.SharedRequired() {
		b.Fatalf("the SANY corpus (../shared/sany-corpus) is missing and %s=1", testenv.RequireSharedEnv)
	}
	for _, spec := range specs {
		text, err := os.ReadFile(spec.path)
		if err != nil {
			b.Fatal(err)
		}
		positions := namePositions(b, spec.path, spec.libs, string(text))
		for _, method := range []string{"textDocument/definition", "textDocument/hover", "textDocument/completion", "textDocument/references", "textDocument/documentSymbol"} {
			for _, mode := range []string{"cached", "after-edit", "after-check"} {
				short := strings.TrimPrefix(method, "textDocument/")
				b.Run(spec.name+"/"+short+"/"+mode, func(b *testing.B) {
					benchRequests(b, spec.path, spec.libs, string(text), positions, method, mode)
				})
			}
		}
	}
}

func benchRequests(b *testing.B, path string, libs []string, text string, positions []protocol.Position, method string, mode string) {
	p := startProcess(b, nil, nil, lsptest.Options{})
	init := map[string]any{"tlaGen": map[string]any{"libraryPaths": libs, "debounceMillis": 20}}
	if _, err := p.client.Initialize(p.ctx, filepath.Dir(path), lsptest.Capabilities{}, init); err != nil {
		b.Fatal(err)
	}
	uri := fileURI(path)
	_ = p.client.Notify(p.ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "tlaplus", "version": 1, "text": text},
	})
	ctx := context.Background()
	call := func(i int) {
		params := map[string]any{"textDocument": map[string]any{"uri": uri}, "position": positions[i%len(positions)],
			"context": map[string]any{"includeDeclaration": true}}
		var result any
		if err := p.client.Call(ctx, method, params, &result); err != nil {
			b.Fatal(err)
		}
	}
	call(0) // warm up: the first analysis, the standard modules parsed
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if mode != "cached" {
			// A blank appended at the end: a new version, same names.
			b.StopTimer()
			version := int32(i + 2)
			_ = p.client.Notify(p.ctx, "textDocument/didChange", map[string]any{
				"textDocument":   map[string]any{"uri": uri, "version": version},
				"contentChanges": []map[string]any{{"text": text + strings.Repeat(" ", i%2)}},
			})
			if mode == "after-check" {
				if _, err := p.client.WaitDiagnostics(p.ctx, uri, func(d protocol.PublishDiagnosticsParams) bool { return d.Version == uint32(version) }); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
		}
		start := time.Now()
		call(i)
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

// namePositions returns up to 200 positions of resolved names of the
// module, spread over the file.
func namePositions(b *testing.B, path string, libs []string, text string) []protocol.Position {
	a, err := sany.Analyze(context.Background(), sany.Config{SearchPaths: libs}, path)
	if err != nil || a.Root == nil || a.Root.Info == nil {
		b.Fatalf("analysing %s: %v", path, err)
	}
	var offs []int
	for sp := range a.Root.Info.Uses {
		offs = append(offs, int(sp.Pos))
	}
	sort.Ints(offs)
	if len(offs) == 0 {
		b.Fatalf("no names in %s", path)
	}
	step := max(1, len(offs)/200)
	var out []protocol.Position
	for i := 0; i < len(offs); i += step {
		lp := a.Root.File.LSPPosition(token.Pos(offs[i]))
		out = append(out, protocol.Position{Line: uint32(lp.Line), Character: uint32(lp.Character)})
	}
	return out
}

// thousandLineSpec is a 1,000-line module shaped like a generated spec:
// variables, a type invariant, and many small actions using them.
func thousandLineSpec() string {
	var sb strings.Builder
	sb.WriteString("---- MODULE Thousand ----\nEXTENDS Naturals, Sequences, FiniteSets\nCONSTANT N\n")
	var vars []string
	for i := 0; i < 10; i++ {
		vars = append(vars, fmt.Sprintf("v%d", i))
	}
	sb.WriteString("VARIABLES " + strings.Join(vars, ", ") + "\n")
	sb.WriteString("vars == <<" + strings.Join(vars, ", ") + ">>\n")
	sb.WriteString("TypeOK == " + strings.Join(func() []string {
		var c []string
		for _, v := range vars {
			c = append(c, v+" \\in Nat")
		}
		return c
	}(), " /\\ ") + "\n")
	sb.WriteString("Init == " + strings.Join(func() []string {
		var c []string
		for _, v := range vars {
			c = append(c, v+" = 0")
		}
		return c
	}(), " /\\ ") + "\n")
	lines := 7
	var actions []string
	for i := 0; lines < 996; i++ {
		v := vars[i%10]
		name := fmt.Sprintf("Act%d", i)
		actions = append(actions, name)
		fmt.Fprintf(&sb, "\\* Action %d moves %s.\n%s(k) ==\n    /\\ %s < N /\\ k \\in 1..N\n    /\\ %s' = %s + k\n    /\\ UNCHANGED <<%s>>\n",
			i, v, name, v, v, v, strings.Join(without(vars, v), ", "))
		lines += 5
	}
	sb.WriteString("Next == \\E k \\in 1..N : " + strings.Join(func() []string {
		var c []string
		for _, a := range actions {
			c = append(c, a+"(k)")
		}
		return c
	}(), " \\/ ") + "\n")
	sb.WriteString("Spec == Init /\\ [][Next]_vars\n====\n")
	return sb.String()
}

func without(xs []string, x string) []string {
	var out []string
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}
