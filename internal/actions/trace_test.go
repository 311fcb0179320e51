package actions_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

// copyExample copies an example's source and draft into a new folder.
func copyExample(t *testing.T, folder, source, draftName string) (dir, sourcePath string) {
	t.Helper()
	dir = t.TempDir()
	for _, name := range []string{source, draftName} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", folder, name))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return dir, filepath.Join(dir, source)
}

// lineText returns the 0-based line of text.
func lineText(text []byte, line int) string {
	return strings.Split(string(text), "\n")[line]
}

func TestTraceOnTheExamples(t *testing.T) {
	cases := []struct {
		folder, source, draft string
		want                  map[string]int // core function -> its line in the source (1-based)
	}{
		{"spinlock", "spinlock.go", "spinlock.draft.md", map[string]int{"Lock": 28, "Unlock": 36, "Increment": 52}},
		{"leader", "election.go", "election.draft.md", map[string]int{"Timeout": 80, "HandleVoteRequest": 109, "HandleVoteReply": 121}},
	}
	for _, c := range cases {
		t.Run(c.folder, func(t *testing.T) {
			dir, source := copyExample(t, c.folder, c.source, c.draft)
			res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
			must(t, err)
			links, err := actions.Trace(source, res.SpecPath, "") // the draft from origin.json
			must(t, err)
			src, _ := os.ReadFile(source)
			spec, _ := os.ReadFile(res.SpecPath)
			if len(links) != len(c.want) {
				t.Fatalf("%d links, want %d: %+v", len(links), len(c.want), links)
			}
			for _, l := range links {
				line, ok := c.want[l.Function]
				if !ok || !l.Exact || l.Action != l.Function {
					t.Fatalf("link %+v", l)
				}
				if got := string(src[l.Source.Start:l.Source.End]); got != l.Function || l.Source.From.Line != line-1 || l.Source.Path != source {
					t.Errorf("source span of %s is %q at line %d", l.Function, got, l.Source.From.Line+1)
				}
				if !strings.Contains(lineText(src, l.Source.From.Line)[l.Source.From.Character:], l.Function+"(") {
					t.Errorf("LSP position of %s does not point at it", l.Function)
				}
				if got := string(spec[l.Spec.Start:l.Spec.End]); got != l.Action || !strings.HasPrefix(lineText(spec, l.Spec.From.Line), l.Action+" ==") {
					t.Errorf("spec span of %s is %q", l.Action, got)
				}
				if def := string(src[l.SourceDef.Start:l.SourceDef.End]); !strings.Contains(def, "func (") || !strings.HasSuffix(def, "}") {
					t.Errorf("source definition of %s: %q", l.Function, def)
				}
			}
			// The other direction: the source knows its spec.
			if specs := actions.SpecsFromSource(source); len(specs) != 1 || specs[0] != res.SpecPath {
				t.Fatalf("SpecsFromSource = %v", specs)
			}
			_ = dir
		})
	}
}

func TestTraceMatchesCamelCaseAndSkipsMissing(t *testing.T) {
	dir, source := copyExample(t, "leader", "election.go", "election.draft.md")
	module := `---- MODULE Election ----
VARIABLE term
vars == <<term>>
TypeOK == term \in Nat
Init == term = 0
timeout == term' = term + 1
Handle_Vote_Request == UNCHANGED term
Next == timeout \/ Handle_Vote_Request
Spec == Init /\ [][Next]_vars
====
`
	srv := llmtest.NewServer(t, llmtest.Text(module))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{}),
	}, nil)
	must(t, err)
	links, err := actions.Trace("", res.SpecPath, "")
	must(t, err)
	got := map[string]string{}
	for _, l := range links {
		if l.Exact {
			t.Errorf("link %s -> %s marked exact", l.Function, l.Action)
		}
		got[l.Function] = l.Action
	}
	if len(got) != 2 || got["Timeout"] != "timeout" || got["HandleVoteRequest"] != "Handle_Vote_Request" {
		t.Fatalf("links %v (HandleVoteReply has no action and must have no link)", got)
	}
	if _, err := actions.Trace("", filepath.Join(dir, "Nowhere.tla"), ""); err == nil || !strings.Contains(err.Error(), "origin.json") {
		t.Fatalf("err = %v", err)
	}
}
