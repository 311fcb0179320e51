package actions_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

const fakeKey = "sk-test-FAKEKEY-actions-0123456789"

const sourceText = `package counter

func Incr(c *int) { *c++ }
`

const draftText = `# Draft
Suggested module name: Counter

## CORE FUNCTIONS
- ` + "`Incr`" + `: adds one to the counter

## ESSENTIAL STATE VARIABLES
- count (Nat): the counter
`

const goodModule = `---- MODULE Counter ----
EXTENDS Naturals
VARIABLE count
vars == <<count>>
Init == count = 0
Incr == count' = count + 1
Next == Incr
Spec == Init /\ [][Next]_vars
====
`

// project makes a folder with a source file and its draft.
func project(t *testing.T) (dir, source string) {
	t.Helper()
	dir = t.TempDir()
	source = filepath.Join(dir, "counter.go")
	must(t, os.WriteFile(source, []byte(sourceText), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "counter.draft.md"), []byte(draftText), 0o644))
	return dir, source
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// modelFor returns a model on srv whose retry waits are not spent.
func modelFor(t *testing.T, srv *llmtest.Server, stream bool, timeout time.Duration) llm.Model {
	t.Helper()
	m, err := llm.NewOpenAI(llm.OpenAIOptions{
		BaseURL: srv.URL, Model: "test-model", APIKey: fakeKey, Stream: stream, Timeout: timeout,
		Sleep: func(ctx context.Context, d time.Duration) error { return ctx.Err() },
	})
	must(t, err)
	return m
}

// tree lists the files under dir, relative, sorted.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	must(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	}))
	sort.Strings(files)
	return files
}

// assertNoKeyAnywhere reads every file under dir and the given texts.
func assertNoKeyAnywhere(t *testing.T, dir string, texts ...string) {
	t.Helper()
	for _, f := range tree(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, f))
		must(t, err)
		if strings.Contains(string(data), fakeKey) {
			t.Fatalf("API key written to %s", f)
		}
	}
	for _, s := range texts {
		if strings.Contains(s, fakeKey) {
			t.Fatalf("API key in %q", s)
		}
	}
}

func TestGenerateWithModelWritesTheExtractedModule(t *testing.T) {
	answer := "Here is the spec you asked for:\n\n```tla\n" + goodModule + "```\n\nIt models Incr as an action."
	for _, stream := range []bool{true, false} {
		dir, source := project(t)
		srv := llmtest.NewServer(t, llmtest.Text(answer))
		var progress []string
		res, err := actions.Generate(context.Background(), actions.GenerateRequest{
			SourcePath: source, Model: modelFor(t, srv, stream, time.Minute),
			Config: noEnv(config.Settings{}),
		}, func(p actions.Progress) { progress = append(progress, p.Message) })
		must(t, err)
		want := filepath.Join(dir, "Counter.tla")
		if res.SpecPath != want || res.Module != "Counter" || res.Offline {
			t.Fatalf("stream=%t: result %+v", stream, res)
		}
		data, err := os.ReadFile(want)
		must(t, err)
		if string(data) != goodModule {
			t.Fatalf("stream=%t: wrote %q, want exactly the module", stream, data)
		}
		if res.DraftPath != filepath.Join(dir, "counter.draft.md") {
			t.Fatalf("draft = %q", res.DraftPath)
		}
		prompt := srv.Requests()[0].Messages[0].Content
		if !strings.Contains(prompt, "adds one to the counter") || !strings.Contains(prompt, "func Incr(c *int)") ||
			strings.Contains(prompt, "{draft_analysis}") || strings.Contains(prompt, "{source_code}") {
			t.Fatalf("prompt not filled: %q", prompt)
		}
		if srv.Requests()[0].Stream != stream {
			t.Fatalf("stream flag %t, want %t", srv.Requests()[0].Stream, stream)
		}
		if len(progress) == 0 || !strings.Contains(strings.Join(progress, "\n"), "Receiving the spec") {
			t.Fatalf("progress = %q", progress)
		}
		assertNoKeyAnywhere(t, dir, res.Message, strings.Join(progress, "\n"))
	}
}

func TestGenerateBuildsTheModelFromConfig(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(goodModule))
	out := filepath.Join(dir, "specs")
	cfg := noEnv(config.Settings{Model: "cfg-model", BaseURL: srv.URL, APIKey: fakeKey})
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, OutDir: out, Config: cfg}, nil)
	must(t, err)
	if res.SpecPath != filepath.Join(out, "Counter.tla") || res.Offline {
		t.Fatalf("result %+v", res)
	}
	r := srv.Requests()[0]
	if r.Model != "cfg-model" || r.Header.Get("Authorization") != "Bearer "+fakeKey || !r.Stream {
		t.Fatalf("request model %q stream %t", r.Model, r.Stream)
	}
}

func TestGenerateModelFailuresWriteNothing(t *testing.T) {
	cases := []struct {
		name    string
		replies []llmtest.Reply
		stream  bool
		timeout time.Duration
		want    string
	}{
		{"server error", []llmtest.Reply{{Status: 500, Body: "boom " + fakeKey}}, true, time.Minute, "HTTP 500"},
		{"rate limited", []llmtest.Reply{{Status: 429}, {Status: 429}, {Status: 429}, {Status: 429}}, false, time.Minute, "HTTP 429"},
		{"timeout", []llmtest.Reply{{Text: goodModule, Delay: time.Minute}}, true, 100 * time.Millisecond, "did not answer within 100ms"},
		{"cut stream", []llmtest.Reply{{Text: goodModule, CutAfter: 400}}, true, time.Minute, "cut off"},
		{"empty answer", []llmtest.Reply{llmtest.Text("")}, true, time.Minute, "empty answer"},
		{"no module", []llmtest.Reply{llmtest.Text("I cannot translate this program.")}, false, time.Minute, "no TLA+ module"},
		{"two modules", []llmtest.Reply{llmtest.Text(goodModule + "\n" + strings.ReplaceAll(goodModule, "Counter", "Other"))}, true, time.Minute, "two top-level modules"},
		{"unterminated", []llmtest.Reply{llmtest.Text("---- MODULE Counter ----\nVARIABLE x\n")}, true, time.Minute, "not terminated"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, source := project(t)
			before := tree(t, dir)
			srv := llmtest.NewServer(t, c.replies...)
			res, err := actions.Generate(context.Background(), actions.GenerateRequest{
				SourcePath: source, Model: modelFor(t, srv, c.stream, c.timeout),
			}, nil)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "nothing was written") {
				t.Fatalf("err = %v, want one saying %q and that nothing was written", err, c.want)
			}
			if after := tree(t, dir); strings.Join(after, ",") != strings.Join(before, ",") {
				t.Fatalf("files changed from %v to %v", before, after)
			}
			if res.SpecPath != "" {
				t.Fatalf("result names a spec: %+v", res)
			}
			assertNoKeyAnywhere(t, dir, err.Error())
		})
	}
}

func TestGenerateOfflineSkeleton(t *testing.T) {
	dir, source := project(t)
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
	must(t, err)
	if !res.Offline || res.Module != "Counter" || !strings.Contains(res.Message, "SKELETON") {
		t.Fatalf("result %+v", res)
	}
	data, err := os.ReadFile(filepath.Join(dir, "Counter.tla"))
	must(t, err)
	for _, want := range []string{"SKELETON", "VARIABLES", "count", "\nIncr ==", "\\/ Incr", "Spec == Init /\\ [][Next]_vars"} {
		if !strings.Contains(string(data), want) {
			t.Fatalf("skeleton lacks %q:\n%s", want, data)
		}
	}
	if sany.HasErrors(res.Diagnostics) {
		t.Fatalf("skeleton has errors: %v", res.Diagnostics)
	}
}

func TestGenerateOfflineWithoutDraftFails(t *testing.T) {
	dir := t.TempDir()
	source := filepath.Join(dir, "x.go")
	must(t, os.WriteFile(source, []byte("package x"), 0o644))
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
	if err == nil || !strings.Contains(err.Error(), "no draft analysis found") || !strings.Contains(err.Error(), "x.draft.md") {
		t.Fatalf("err = %v", err)
	}
}

func TestGenerateKeepsUserEditsThenForceBacksUp(t *testing.T) {
	dir, source := project(t)
	spec := filepath.Join(dir, "Counter.tla")
	srv := llmtest.NewServer(t, llmtest.Text(goodModule), llmtest.Text(strings.Replace(goodModule, "count = 0", "count = 1", 1)))
	req := actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute),
		Now: func() time.Time { return time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC) }}

	_, err := actions.Generate(context.Background(), req, nil)
	must(t, err)
	// Regenerating over an untouched spec overwrites it silently.
	_, err = actions.Generate(context.Background(), req, nil)
	must(t, err)
	if data, _ := os.ReadFile(spec); !strings.Contains(string(data), "count = 1") {
		t.Fatalf("untouched spec not regenerated: %s", data)
	}

	edited := "---- MODULE Counter ----\n\\* my careful edits\n====\n"
	must(t, os.WriteFile(spec, []byte(edited), 0o644))
	srv.Push(llmtest.Text(goodModule))
	res, err := actions.Generate(context.Background(), req, nil)
	var e *actions.SpecEditedError
	if !errors.As(err, &e) || !errors.Is(err, actions.ErrSpecEdited) {
		t.Fatalf("err = %v, want a SpecEditedError", err)
	}
	if !strings.Contains(err.Error(), spec) || !strings.Contains(err.Error(), "force") {
		t.Fatalf("message %q does not name the file and force", err)
	}
	if data, _ := os.ReadFile(spec); string(data) != edited {
		t.Fatalf("user's spec overwritten: %s", data)
	}
	aside, err := os.ReadFile(res.SavedAside)
	if err != nil || string(aside) != goodModule || res.SavedAside != filepath.Join(dir, ".tla-gen", "Counter", "Counter.tla") {
		t.Fatalf("new text saved aside at %q: %q, %v", res.SavedAside, aside, err)
	}

	srv.Push(llmtest.Text(goodModule))
	req.Force = true
	res, err = actions.Generate(context.Background(), req, nil)
	must(t, err)
	if data, _ := os.ReadFile(spec); string(data) != goodModule {
		t.Fatalf("force did not overwrite: %s", data)
	}
	wantBackup := filepath.Join(dir, ".tla-gen", "Counter", "backup-20250304T050607Z.tla")
	if backup, err := os.ReadFile(res.BackedUp); err != nil || string(backup) != edited || res.BackedUp != wantBackup {
		t.Fatalf("backup %q = %q, %v", res.BackedUp, backup, err)
	}
	if !strings.Contains(res.Message, "backed up") {
		t.Fatalf("message %q does not mention the backup", res.Message)
	}
}

func TestGenerateTreatsUnsavedEditorTextAsAnEdit(t *testing.T) {
	dir, source := project(t)
	spec := filepath.Join(dir, "Counter.tla")
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
	must(t, err)
	w := &recordingWriter{}
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Writer: w,
		Overlay: sany.Overlay{spec: []byte("---- MODULE Counter ----\n\\* typing…\n====\n")},
	}, nil)
	if !errors.Is(err, actions.ErrSpecEdited) || len(w.paths()) != 0 {
		t.Fatalf("err = %v, writes %v: unsaved editor text must not be replaced", err, w.paths())
	}
}

type recordingWriter struct {
	mu    sync.Mutex
	files map[string]string
}

func (w *recordingWriter) WriteFile(ctx context.Context, path string, text []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files == nil {
		w.files = map[string]string{}
	}
	w.files[path] = string(text)
	return nil
}

func (w *recordingWriter) paths() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var p []string
	for k := range w.files {
		p = append(p, k)
	}
	return p
}

func TestGenerateWritesThroughTheWriter(t *testing.T) {
	dir, source := project(t)
	w := &recordingWriter{}
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Writer: w}, nil)
	must(t, err)
	spec := filepath.Join(dir, "Counter.tla")
	if w.files[spec] != res.Text || res.Text == "" {
		t.Fatalf("writer got %v", w.paths())
	}
	if _, err := os.Stat(spec); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("spec written to disk as well as through the writer: %v", err)
	}
}

func TestGenerateErrorsNeverShowTheKey(t *testing.T) {
	_, source := project(t)
	cfg := noEnv(config.Settings{Model: "m", BaseURL: "http://127.0.0.1:1/" + fakeKey + "/v1", APIKey: fakeKey})
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Config: cfg}, nil)
	if err == nil {
		t.Fatal("no error from an unreachable server")
	}
	assertNoKeyAnywhere(t, filepath.Dir(source), err.Error())
}

func TestGenerateUsesUnsavedSourceAndDraftText(t *testing.T) {
	dir, source := project(t)
	draft := filepath.Join(dir, "counter.draft.md")
	srv := llmtest.NewServer(t, llmtest.Text("```tla\n"+goodModule+"```"))
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, false, time.Minute),
		Config: noEnv(config.Settings{}),
		Overlay: sany.Overlay{
			filepath.Clean(source): []byte("package counter\n\nfunc Decr(c *int) { *c-- }\n"),
			filepath.Clean(draft):  []byte("CORE FUNCTIONS\n- Decr: takes one from the counter\n"),
		},
	}, nil)
	must(t, err)
	prompt := srv.Requests()[0].Messages[0].Content
	if !strings.Contains(prompt, "func Decr(c *int)") || strings.Contains(prompt, "func Incr(c *int)") {
		t.Fatalf("prompt holds the file on disk, not the editor's unsaved source: %q", prompt)
	}
	if !strings.Contains(prompt, "takes one from the counter") || strings.Contains(prompt, "adds one to the counter") {
		t.Fatalf("prompt holds the draft on disk, not the editor's unsaved draft: %q", prompt)
	}
}
