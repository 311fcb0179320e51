package actions_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"
)

// modelDraft is a draft as a model writes it, fenced as models often do.
const modelDraft = "```markdown\n# Draft analysis: counter.go\n\nSuggested module name: `Counter`\n\n" +
	"## 1. Function classification\n\n### CORE FUNCTIONS\n- `Incr`: adds one to the counter.\n\n" +
	"### HELPER FUNCTIONS\n- `valid`: checks the bound; folded into `Incr`.\n\n### INFRASTRUCTURE FUNCTIONS\n- `main`: start-up.\n\n" +
	"## 2. Detailed core function analysis\n\n### Incr\n- Enabled when: always.\n- Effect: count' = count + 1.\n\n" +
	"## 3. Essential state variables\n- `count` (Nat): the counter.\n\n## 4. Properties\n- `TypeOK`: count is a natural.\n- `Monotonic`: count never decreases.\n```"

func sourceOnly(t *testing.T) (dir, source string) {
	t.Helper()
	dir = t.TempDir()
	source = filepath.Join(dir, "counter.go")
	must(t, os.WriteFile(source, []byte(sourceText), 0o644))
	return dir, source
}

func TestGenerateDraftWithAModel(t *testing.T) {
	dir, source := sourceOnly(t)
	srv := llmtest.NewServer(t, llmtest.Text(modelDraft))
	res, err := actions.GenerateDraft(context.Background(), actions.DraftRequest{Model: modelFor(t, srv, true, time.Minute), SourcePath: source, Config: noEnv(configWithKey())}, nil)
	must(t, err)
	want := filepath.Join(dir, "counter.draft.md")
	data, err := os.ReadFile(want)
	must(t, err)
	if res.DraftPath != want || res.Offline || strings.HasPrefix(string(data), "```") || !strings.HasPrefix(string(data), "# Draft analysis: counter.go") {
		t.Fatalf("result %+v, file:\n%s", res, data)
	}
	if res.Draft.ModuleName != "Counter" || len(res.Draft.Core) != 1 || res.Draft.Core[0].Name != "Incr" || len(res.Draft.Variables) != 1 || len(res.Draft.Properties) != 2 {
		t.Fatalf("parsed draft %+v", res.Draft)
	}
	if !strings.Contains(res.Message, "1 core function") || !strings.Contains(res.Message, "2 properties") || !strings.Contains(res.Message, "review it") {
		t.Fatalf("message %q", res.Message)
	}
	prompt := srv.Requests()[0].Messages[0].Content
	for _, want := range []string{"func Incr(c *int)", "`counter.go`", "```go\n", "CORE", "HELPER", "INFRASTRUCTURE", "Suggested module name", "Essential state variables", "Properties"} {
		if !strings.Contains(prompt, want) {
			t.Errorf("draft prompt lacks %q", want)
		}
	}
	if strings.Contains(prompt, "{source_code}") || strings.Contains(prompt, "{file_name}") || strings.Contains(prompt, "{language}") {
		t.Error("draft prompt has unfilled placeholders")
	}

	// The spec generator finds the new draft by itself.
	if found, ok := actions.FindDraft(source, config.DefaultDraftNames); !ok || found != want {
		t.Fatalf("FindDraft = %q, %t", found, ok)
	}
}

func configWithKey() config.Settings { return config.Settings{APIKey: fakeKey} }

func TestGenerateDraftKeepsAnExistingDraft(t *testing.T) {
	dir, source := sourceOnly(t)
	path := filepath.Join(dir, "counter.draft.md")
	mine := "# my own draft\n## CORE FUNCTIONS\n- Incr\n"
	must(t, os.WriteFile(path, []byte(mine), 0o644))
	srv := llmtest.NewServer(t, llmtest.Text(modelDraft), llmtest.Text(modelDraft))
	req := actions.DraftRequest{Model: modelFor(t, srv, false, time.Minute), SourcePath: source,
		Now: func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) }}
	res, err := actions.GenerateDraft(context.Background(), req, nil)
	var exists *actions.DraftExistsError
	if !errors.As(err, &exists) || !errors.Is(err, actions.ErrDraftExists) || !strings.Contains(err.Error(), "force") {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != mine {
		t.Fatal("the user's draft was overwritten")
	}
	if aside, _ := os.ReadFile(res.SavedAside); !strings.HasPrefix(string(aside), "# Draft analysis") || res.SavedAside != filepath.Join(dir, ".tla-gen", "drafts", "counter.draft.md") {
		t.Fatalf("saved aside at %q: %q", res.SavedAside, aside)
	}

	req.Force = true
	res, err = actions.GenerateDraft(context.Background(), req, nil)
	must(t, err)
	if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), "# Draft analysis") {
		t.Fatal("force did not replace the draft")
	}
	if backup, _ := os.ReadFile(res.BackedUp); string(backup) != mine || filepath.Base(res.BackedUp) != "backup-20250102T030405Z-counter.draft.md" {
		t.Fatalf("backup %q = %q", res.BackedUp, backup)
	}
}

func TestGenerateDraftFaultsWriteNothing(t *testing.T) {
	cases := []struct {
		name  string
		reply llmtest.Reply
		want  string
	}{
		{"server error", llmtest.Reply{Status: 500}, "HTTP 500"},
		{"empty", llmtest.Text(""), "empty answer"},
		{"no core functions", llmtest.Text("Sorry, this file has no functions I can classify."), "names no core function"},
		{"cut stream", llmtest.Reply{Text: modelDraft, CutAfter: 200}, "cut off"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, source := sourceOnly(t)
			before := tree(t, dir)
			srv := llmtest.NewServer(t, c.reply)
			_, err := actions.GenerateDraft(context.Background(), actions.DraftRequest{Model: modelFor(t, srv, true, time.Minute), SourcePath: source}, nil)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "nothing was written") {
				t.Fatalf("err = %v", err)
			}
			if strings.Join(tree(t, dir), ",") != strings.Join(before, ",") {
				t.Fatalf("files changed: %v", tree(t, dir))
			}
		})
	}
}

func TestGenerateDraftOffline(t *testing.T) {
	for _, example := range []string{"spinlock/spinlock.go", "leader/election.go"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "examples", example))
		must(t, err)
		dir := t.TempDir()
		source := filepath.Join(dir, filepath.Base(example))
		must(t, os.WriteFile(source, src, 0o644))
		res, err := actions.GenerateDraft(context.Background(), actions.DraftRequest{SourcePath: source}, nil)
		must(t, err)
		if !res.Offline || !strings.Contains(res.Text, "UNREVIEWED DRAFT") || !strings.Contains(res.Message, "UNREVIEWED") {
			t.Fatalf("%s: %+v", example, res)
		}
		var want []string
		for _, f := range srcfuncs.Find(srcfuncs.Go, src) {
			if !slices.Contains(want, f.Name) {
				want = append(want, f.Name)
			}
		}
		var got []string
		for _, f := range res.Draft.Core {
			got = append(got, f.Name)
			if !strings.Contains(f.Description, "core (unreviewed)") {
				t.Errorf("%s: %s is not marked unreviewed: %q", example, f.Name, f.Description)
			}
		}
		if len(want) == 0 || !slices.Equal(got, want) || len(res.Draft.Variables) != 0 || len(res.Draft.Helper) != 0 {
			t.Fatalf("%s: core %v, want every function %v; draft %+v", example, got, want, res.Draft)
		}
		// The offline draft is good enough for the offline skeleton.
		gen, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
		must(t, err)
		if gen.DraftPath != res.DraftPath || sany.HasErrors(gen.Diagnostics) {
			t.Fatalf("%s: skeleton from the offline draft: %v", example, gen.Diagnostics)
		}
	}

	dir := t.TempDir()
	source := filepath.Join(dir, "notes.txt")
	must(t, os.WriteFile(source, []byte("just words"), 0o644))
	if _, err := actions.GenerateDraft(context.Background(), actions.DraftRequest{SourcePath: source}, nil); err == nil || !strings.Contains(err.Error(), "unknown language") {
		t.Fatalf("err = %v", err)
	}
}
