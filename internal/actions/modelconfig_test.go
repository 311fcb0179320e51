package actions_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// boundedModule counts to 3 and starts again; its draft names the
// invariant Small.
const boundedModule = `---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Max
VARIABLE count
vars == <<count>>
TypeOK == count \in 0..Max
Init == count = 0
Incr == count < Max /\ count' = count + 1
Reset == count = Max /\ count' = 0
Next == Incr \/ Reset
Spec == Init /\ [][Next]_vars
Small == count <= Max
====
`

const boundedDraft = draftText + `
## PROPERTIES
- ` + "`Small`" + `: the counter stays at most Max.
`

// generatedSpec writes a spec as generation would (with origin.json
// naming the draft), so that GenerateConfig finds the draft.
func generatedSpec(t *testing.T, module, draftMD string) (dir, spec string) {
	t.Helper()
	dir, source := project(t)
	must(t, os.WriteFile(filepath.Join(dir, "counter.draft.md"), []byte(draftMD), 0o644))
	srv := llmtest.NewServer(t, llmtest.Text("```tla\n"+module+"```"))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, 0), Config: noEnv(config.Settings{}),
	}, nil)
	must(t, err)
	return dir, res.SpecPath
}

// TestGenerateConfigDeterministic writes Counter.cfg from the spec and its
// draft without a model, and then keeps the user's edits to it.
func TestGenerateConfigDeterministic(t *testing.T) {
	dir, spec := generatedSpec(t, boundedModule, boundedDraft)
	res, err := actions.GenerateConfig(context.Background(), actions.ConfigRequest{SpecPath: spec, Config: noEnv(config.Settings{})})
	must(t, err)
	if res.ConfigPath != filepath.Join(dir, "Counter.cfg") || res.ModelName != "" {
		t.Fatalf("result %+v", res)
	}
	c := parseConfigFile(t, res.ConfigPath)
	if c.Specification == nil || c.Specification.Name != "Spec" || len(c.Constants) != 1 || c.Constants[0].Value.Int.Int64() != 3 {
		t.Errorf("config:\n%s", res.Text)
	}
	if names := namesOf(c.Invariants); names != "TypeOK Small" {
		t.Errorf("invariants %q, want TypeOK and the draft's Small", names)
	}

	// The user edits the .cfg: it is not replaced without force.
	edited := res.Text + "\\* mine\n"
	must(t, os.WriteFile(res.ConfigPath, []byte(edited), 0o644))
	_, err = actions.GenerateConfig(context.Background(), actions.ConfigRequest{SpecPath: spec, Config: noEnv(config.Settings{})})
	var editedErr *actions.SpecEditedError
	if !errors.As(err, &editedErr) {
		t.Fatalf("err = %v, want a SpecEditedError", err)
	}
	if data, _ := os.ReadFile(res.ConfigPath); string(data) != edited {
		t.Fatal("the user's .cfg was overwritten")
	}
	if _, err := os.Stat(editedErr.SavedAside); err != nil || !strings.HasSuffix(editedErr.SavedAside, "Counter.cfg") {
		t.Errorf("new text not saved aside: %v", err)
	}
	forced, err := actions.GenerateConfig(context.Background(), actions.ConfigRequest{SpecPath: spec, Config: noEnv(config.Settings{}), Force: true})
	must(t, err)
	if backup, _ := os.ReadFile(forced.BackedUp); string(backup) != edited {
		t.Errorf("forced overwrite did not back up the user's .cfg (%q)", forced.BackedUp)
	}
}

// TestGenerateConfigByModel: with a model, the model's configuration is
// used when it fits the spec; one naming what the spec does not define is
// refused for the deterministic one, and the note says why.
func TestGenerateConfigByModel(t *testing.T) {
	_, spec := generatedSpec(t, boundedModule, boundedDraft)
	good := "Here it is:\n```cfg\nSPECIFICATION Spec\nCONSTANTS\n    Max = 2\nINVARIANT TypeOK Small\n```\n"
	bad := "```cfg\nSPECIFICATION Spec\nCONSTANTS Max = 2\nINVARIANT Missing\n```"
	srv := llmtest.NewServer(t, llmtest.Text(good), llmtest.Text(bad))
	model := modelFor(t, srv, false, 0)

	res, err := actions.GenerateConfig(context.Background(), actions.ConfigRequest{SpecPath: spec, Model: model, Config: noEnv(config.Settings{})})
	must(t, err)
	if res.ModelName == "" || parseConfigFile(t, res.ConfigPath).Constants[0].Value.Int.Int64() != 2 {
		t.Errorf("the model's configuration was not used:\n%s", res.Text)
	}
	prompt := srv.Requests()[0].Messages[0].Content
	for _, want := range []string{"TLC model configuration", "---- MODULE Counter ----", "the counter stays at most Max", "no negative numbers"} {
		if !strings.Contains(prompt, want) {
			t.Errorf("config prompt lacks %q", want)
		}
	}

	res, err = actions.GenerateConfig(context.Background(), actions.ConfigRequest{SpecPath: spec, Model: model, Config: noEnv(config.Settings{})})
	must(t, err)
	if res.ModelName != "" || !strings.Contains(strings.Join(res.Notes, " "), "defines no operator Missing") {
		t.Errorf("a bad answer was not refused: model %q notes %q", res.ModelName, res.Notes)
	}
	if parseConfigFile(t, res.ConfigPath).Constants[0].Value.Int.Int64() != 3 {
		t.Errorf("the deterministic configuration was not used:\n%s", res.Text)
	}
}

func parseConfigFile(t *testing.T, path string) *cfg.Config {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	c, err := cfg.Parse(path, data)
	if err != nil {
		t.Fatalf("%s: %v\n%s", path, err, data)
	}
	return c
}

func namesOf(ns []cfg.Name) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name)
	}
	return strings.Join(out, " ")
}
