package lsp_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// soakEdits turns TestSoak on: go test ./internal/lsp -run TestSoak
// -soak-edits=1000 -v (CI runs it so, through scripts/test.sh).
var soakEdits = flag.Int("soak-edits", 0, "run TestSoak with this many edits (0: skip it)")

// soakModules is the number of open modules, each extending the previous.
const soakModules = 20

// soakModule is module k's text at one edit: it extends module k-1 and
// defines Dk from D(k-1); a bad version refers to an undefined name.
func soakModule(k, edit int, bad bool) string {
	ext, prev := "Naturals", "0"
	if k > 0 {
		ext, prev = fmt.Sprintf("S%02d", k-1), fmt.Sprintf("D%02d", k-1)
	}
	body := fmt.Sprintf("D%02d == %s + %d", k, prev, edit)
	if bad {
		body = fmt.Sprintf("D%02d == %s + Undefined%d", k, prev, edit)
	}
	return fmt.Sprintf("---- MODULE S%02d ----\nEXTENDS %s\n\\* edit %d\n%s\n====\n", k, ext, edit, body)
}

// TestSoak: rapid edits over 20 open modules that import each other,
// while one generation streams from the scripted model and another is
// cancelled half-way (after a first pass that edits each module once and
// runs one generation). Afterwards every module's diagnostics are those of
// its last version, no goroutine is left behind, and the process's RSS
// (less the free heap pages the Go runtime keeps mapped: settledMemory) is
// back within 10% of where it was after the first pass. It prints the
// figures.
func TestSoak(t *testing.T) {
	if *soakEdits <= 0 {
		t.Skip("a long test: run with -soak-edits=1000 (CI does)")
	}
	if os.Getenv("SOAK_HEAPPROFILE") != "" {
		runtime.MemProfileRate = 1
	}
	started := time.Now()
	dir := t.TempDir()
	paths := make([]string, soakModules)
	texts := make([]string, soakModules)
	versions := make([]int, soakModules)
	for k := range paths {
		paths[k] = filepath.Join(dir, fmt.Sprintf("S%02d.tla", k))
		texts[k] = soakModule(k, 0, false)
		writeFile(t, paths[k], texts[k])
	}
	genA, genB := filepath.Join(dir, "a", "spinlock.go"), filepath.Join(dir, "b", "spinlock.go")
	for _, src := range []string{genA, genB} {
		for _, name := range []string{"spinlock.go", "spinlock.draft.md"} {
			data, err := os.ReadFile(filepath.Join("..", "..", "examples", "spinlock", name))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(filepath.Dir(src), name), string(data))
		}
	}

	goroutinesBefore := runtime.NumGoroutine()
	model := llmtest.New()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	serverEnd, clientEnd := net.Pipe()
	exited := make(chan int, 1)
	go func() {
		exited <- lsp.Run(ctx, serverEnd, serverEnd, lsp.Options{Log: io.Discard, LookupEnv: func(string) (string, bool) { return "", false }})
	}()
	client := lsptest.New(ctx, clientEnd, lsptest.Options{KeepLastDiagnostics: true})
	settings := map[string]any{"model": "soak-model", "baseURL": model.URL, "debounceMillis": 5, "maxRepairRounds": 0}
	if _, err := client.Initialize(ctx, dir, lsptest.Capabilities{WorkDoneProgress: true}, settings); err != nil {
		t.Fatal(err)
	}
	notify := func(method string, params any) {
		if err := client.Notify(ctx, method, params); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	rng := rand.New(rand.NewSource(12))
	edit := func(k, n int) {
		versions[k]++
		texts[k] = soakModule(k, n, rng.Intn(3) == 0)
		notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": fileURI(paths[k]), "version": versions[k]},
			"contentChanges": []any{map[string]any{"text": texts[k]}},
		})
	}

	// First pass: open every module, edit each once, let the server settle.
	for k := range paths {
		versions[k] = 1
		notify("textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": fileURI(paths[k]), "languageId": "tlaplus", "version": 1, "text": texts[k]},
		})
	}
	for k := range paths {
		edit(k, k+1)
	}
	// The first pass also runs one whole generation, so that what a
	// generation loads once for good (the tokenizer's tables, about 12 MB)
	// is in the baseline.
	model.Push(llmtest.Reply{Text: "```tla\n" + spinLockModule + "```\n", ChunkSize: 4})
	var first map[string]any
	if err := client.Call(ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(genA)}},
	}, &first); err != nil {
		t.Fatalf("first generation: %v", err)
	}
	waitSettled(t, ctx, client, paths, texts, versions)
	rssFirst, heapFirst := settledMemory()
	if f := os.Getenv("SOAK_HEAPPROFILE"); f != "" {
		out, _ := os.Create(f + ".first")
		pprof.WriteHeapProfile(out)
		out.Close()
	}
	chatRequests := len(model.Requests())

	// Generation B's answer never comes in time: it is cancelled half-way.
	// Generation A's answer streams in small chunks meanwhile.
	model.Push(llmtest.Reply{Text: "```tla\n" + spinLockModule + "```\n", Delay: time.Minute})
	genBReply, err := client.Start(ctx, jsonrpc2.NewStringID("soak-gen-b"), "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(genB)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, ctx, "generation B's request", func() bool { return len(model.Requests()) == chatRequests+1 })
	model.Push(llmtest.Reply{Text: "```tla\n" + spinLockModule + "```\n", ChunkSize: 4, Delay: 50 * time.Millisecond})
	genAReply, err := client.Start(ctx, jsonrpc2.NewStringID("soak-gen-a"), "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(genA)}},
	})
	if err != nil {
		t.Fatal(err)
	}

	remaining := *soakEdits - soakModules
	for n := 0; n < remaining; n++ {
		edit(rng.Intn(soakModules), soakModules+n+1)
		if n == remaining/2 {
			notify("$/cancelRequest", map[string]any{"id": "soak-gen-b"})
		}
	}
	select {
	case r := <-genBReply:
		if rpcCode(r.Err()) != -32800 {
			t.Errorf("cancelled generation: reply %v, want RequestCancelled", r.Err())
		}
	case <-ctx.Done():
		t.Fatal("no reply to the cancelled generation")
	}
	select {
	case r := <-genAReply:
		if r.Err() != nil {
			t.Errorf("streamed generation failed: %v", r.Err())
		}
	case <-ctx.Done():
		t.Fatal("no reply to the streamed generation")
	}
	if _, err := os.Stat(filepath.Join(dir, "a", "SpinLock.tla")); err != nil {
		t.Errorf("the streamed generation wrote no spec: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b", "SpinLock.tla")); err == nil {
		t.Error("the cancelled generation wrote a spec")
	}
	published := waitSettled(t, ctx, client, paths, texts, versions)
	rssAfter, heapAfter := settledMemory()
	if f := os.Getenv("SOAK_HEAPPROFILE"); f != "" {
		out, _ := os.Create(f)
		pprof.WriteHeapProfile(out)
		out.Close()
	}

	client.Close()
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop after the client closed the connection")
	}
	model.Close()
	goroutinesAfter := runtime.NumGoroutine()
	for deadline := time.Now().Add(10 * time.Second); goroutinesAfter > goroutinesBefore && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		goroutinesAfter = runtime.NumGoroutine()
	}

	t.Logf("soak: %d edits over %d modules in %s; %d publications; 1 generation streamed, 1 cancelled",
		*soakEdits, soakModules, time.Since(started).Round(time.Millisecond), published)
	t.Logf("soak: goroutines before %d, after %d", goroutinesBefore, goroutinesAfter)
	t.Logf("soak: RSS after the first pass %.1f MiB, at the end %.1f MiB (%+.1f%%); Go heap in use %.1f MiB, then %.1f MiB",
		mib(rssFirst), mib(rssAfter), 100*(float64(rssAfter)/float64(rssFirst)-1), mib(heapFirst), mib(heapAfter))
	if goroutinesAfter > goroutinesBefore {
		var b bytes.Buffer
		pprof.Lookup("goroutine").WriteTo(&b, 1)
		t.Errorf("%d goroutines left behind:\n%s", goroutinesAfter-goroutinesBefore, b.String())
	}
	if raceEnabled {
		t.Log("soak: RSS is not held to 10% under the race detector (its shadow memory grows on its own); CI runs this test without it")
	} else if float64(rssAfter) > 1.10*float64(rssFirst) {
		t.Errorf("RSS grew by more than 10%%: %d → %d bytes", rssFirst, rssAfter)
	}
}

// waitSettled waits until every module's last publication carries its
// last version and exactly what the checker finds with the last texts,
// and returns the number of publications so far.
func waitSettled(t *testing.T, ctx context.Context, client *lsptest.Client, paths, texts []string, versions []int) int {
	t.Helper()
	want := expectedDiagnostics(t, paths, texts)
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for k, path := range paths {
		_, err := client.WaitDiagnostics(wctx, fileURI(path), func(p protocol.PublishDiagnosticsParams) bool {
			return int(p.Version) == versions[k] && renderPublished(p) == want[path]
		})
		if err != nil {
			list := client.Diagnostics(fileURI(path))
			last := "none"
			if len(list) > 0 {
				last = fmt.Sprintf("version %d: %s", list[len(list)-1].Version, renderPublished(list[len(list)-1]))
			}
			t.Fatalf("%s never showed its last version %d: want %s; last publication %s", filepath.Base(path), versions[k], want[path], last)
		}
	}
	return client.Publications()
}

// expectedDiagnostics is what the server must show for each module: the
// union, over every open module as a root, of the checker's findings in
// that module's file, for the last texts.
func expectedDiagnostics(t *testing.T, paths, texts []string) map[string]string {
	t.Helper()
	overlay := sany.Overlay{}
	for k, p := range paths {
		overlay[p] = []byte(texts[k])
	}
	sets := map[string]map[string]bool{}
	for _, root := range paths {
		found, err := sany.Check(context.Background(), sany.Config{Overlay: overlay}, root)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range found {
			file := root
			if filepath.IsAbs(d.Path) {
				file = filepath.Clean(d.Path)
			}
			if sets[file] == nil {
				sets[file] = map[string]bool{}
			}
			line, col := 0, 0
			if d.HasLocation() && file == filepath.Clean(d.Path) {
				p := d.File.LSPPosition(d.Pos)
				line, col = p.Line, p.Character
			}
			sets[file][fmt.Sprintf("%d:%d %s", line, col, d.Message)] = true
		}
	}
	out := map[string]string{}
	for _, p := range paths {
		out[p] = joinSorted(sets[p])
	}
	return out
}

func renderPublished(p protocol.PublishDiagnosticsParams) string {
	set := map[string]bool{}
	for _, d := range p.Diagnostics {
		set[fmt.Sprintf("%d:%d %s", d.Range.Start.Line, d.Range.Start.Character, d.Message)] = true
	}
	return joinSorted(set)
}

func joinSorted(set map[string]bool) string {
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return "[" + strings.Join(out, "; ") + "]"
}

// settledMemory collects garbage, returns freed memory to the system and
// reads the process's resident set and the Go heap in use.
func settledMemory() (rss, heap uint64) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	data, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			rss = kb << 10
		}
	}
	// Free heap pages the runtime has not returned to the system (some
	// stay mapped even after FreeOSMemory, from one to four MiB here
	// from run to run) are no growth of the server's: they are left out.
	if kept := ms.HeapIdle - ms.HeapReleased; kept < rss {
		rss -= kept
	}
	return rss, ms.HeapInuse
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }

// waitUntil polls cond until it holds or ctx ends.
func waitUntil(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}
