package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeModel(t *testing.T, name, module, cfgText string) string {
	t.Helper()
	dir := t.TempDir()
	spec := filepath.Join(dir, name+".tla")
	if err := os.WriteFile(spec, []byte(module), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".cfg"), []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	return spec
}

const counterModule = "---- MODULE Counter ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = x + 1\nSmall == x < 2\n====\n"

func TestModelcheckJSONViolation(t *testing.T) {
	spec := writeModel(t, "Counter", counterModule, "INIT Init\nNEXT Next\nINVARIANT Small\n")
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"modelcheck", "-format", "json", spec}, nil, &out, &errOut)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitFindings, errOut.String())
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	for _, key := range []string{"file", "module", "config", "result", "distinctStates", "generatedStates", "depth", "violation", "trace", "elapsedMs"} {
		if _, ok := got[key]; !ok {
			t.Errorf("JSON lacks %q", key)
		}
	}
	if got["result"] != "safety failure" || got["distinctStates"] != 3.0 || got["depth"] != 3.0 {
		t.Errorf("result %v, %v distinct, depth %v", got["result"], got["distinctStates"], got["depth"])
	}
	v := got["violation"].(map[string]any)
	if v["kind"] != "invariant" || v["name"] != "Small" {
		t.Errorf("violation %v", v)
	}
	trace := got["trace"].([]any)
	if len(trace) != 3 || trace[0].(map[string]any)["action"] != nil || trace[2].(map[string]any)["state"].(map[string]any)["x"] != "2" {
		t.Errorf("trace %v", trace)
	}
}

func TestModelcheckTextSuccess(t *testing.T) {
	spec := writeModel(t, "Counter", counterModule, "INIT Init\nNEXT Next\nINVARIANT Small\n")
	cfg := filepath.Join(filepath.Dir(spec), "Bounded.cfg")
	if err := os.WriteFile(cfg, []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"modelcheck", "-config", cfg, "-max-states", "5", spec}, nil, &out, &errOut)
	if code != exitIncomplete {
		t.Fatalf("exit %d, want %d (incomplete); output %s", code, exitIncomplete, out.String())
	}
	out.Reset()
	code = run(context.Background(), []string{"modelcheck", "-workers", "2", spec}, nil, &out, &errOut)
	if code != exitFindings || !strings.Contains(out.String(), "\nx = 2\n") || !strings.Contains(out.String(), "3 states generated, 3 distinct states found, 0 states left on queue.") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}

func TestModelcheckUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"modelcheck"}, nil, &out, &errOut); code != exitTrouble {
		t.Errorf("no file: exit %d, want %d", code, exitTrouble)
	}
	if code := run(context.Background(), []string{"modelcheck", "-format", "xml", "A.tla"}, nil, &out, &errOut); code != exitTrouble {
		t.Errorf("bad format: exit %d, want %d", code, exitTrouble)
	}
	if code := run(context.Background(), []string{"modelcheck", filepath.Join(t.TempDir(), "Missing.tla")}, nil, &out, &errOut); code != exitTrouble {
		t.Errorf("missing file: exit %d, want %d", code, exitTrouble)
	}
}

func TestModelcheckUnsupported(t *testing.T) {
	// A structural subexpression name (A!1: A's first conjunct) is not
	// evaluated (a real number was, until it became TLC's start-up error).
	spec := writeModel(t, "Comp", "---- MODULE Comp ----\nEXTENDS Naturals\nVARIABLE x\nA == x + 1 > 0 /\\ x < 3\nInit == x = 0\nNext == A!1 /\\ x' = x + 1\n====\n", "INIT Init\nNEXT Next\n")
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"modelcheck", spec}, nil, &out, &errOut)
	if code != exitIncomplete || !strings.Contains(out.String(), "unsupported: subexpression name") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}
