package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// TestMCPOverStdio runs "tla-gen-lsp mcp" as an agent does: the real
// binary, the SDK's client on its stdin and stdout, the model settings in
// the environment.
func TestMCPOverStdio(t *testing.T) {
	model := llmtest.NewServer(t, llmtest.Reply{Text: answer, ChunkSize: 30})
	dir, _ := workspace(t)
	bad := filepath.Join(dir, "Bad.tla")
	writeText(t, bad, "---- MODULE Bad ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = y\n====\n")

	cmd := exec.Command(serverBinary(t), "mcp")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "OPENAI_API_KEY="+serveKey, "OPENAI_BASE_URL="+model.URL, "TLA_GEN_MODEL=test-model")
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var progress lockedBuffer
	client := sdk.NewClient(&sdk.Implementation{Name: "stdio-test", Version: "1"}, &sdk.ClientOptions{
		ProgressNotificationHandler: func(_ context.Context, req *sdk.ProgressNotificationClientRequest) {
			progress.Write([]byte(req.Params.Message + "\n"))
		},
	})
	cs, err := client.Connect(ctx, &sdk.CommandTransport{Command: cmd}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if info := cs.InitializeResult().ServerInfo; info.Name != "tla-gen-lsp" {
		t.Errorf("server info %+v", info)
	}

	// tla_check answers what "check -format json" prints.
	res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: "tla_check", Arguments: map[string]any{"files": []string{"Bad.tla"}}})
	if err != nil || res.IsError {
		t.Fatalf("tla_check: %v %+v", err, res)
	}
	var checked struct {
		Diagnostics []sany.JSONDiagnostic `json:"diagnostics"`
		Errors      int                   `json:"errors"`
	}
	remarshal(t, res.StructuredContent, &checked)
	var stdout, cliErr bytes.Buffer
	if code := run(ctx, []string{"check", "-format", "json", bad}, nil, &stdout, &cliErr); code != exitFindings {
		t.Fatalf("check: exit %d, %s", code, cliErr.String())
	}
	var cli []sany.JSONDiagnostic
	if err := json.Unmarshal(stdout.Bytes(), &cli); err != nil {
		t.Fatal(err)
	}
	if len(cli) == 0 || !reflect.DeepEqual(checked.Diagnostics, cli) || checked.Errors != len(cli) {
		t.Errorf("tla_check %+v\ncheck -format json %+v", checked.Diagnostics, cli)
	}

	// tla_modelcheck answers what "modelcheck -format json" prints.
	tiny := filepath.Join(dir, "Tiny.tla")
	writeText(t, tiny, "---- MODULE Tiny ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 3 /\\ x' = x + 1\nSmall == x < 3\n====\n")
	writeText(t, filepath.Join(dir, "Tiny.cfg"), "INIT Init\nNEXT Next\nINVARIANT Small\n")
	res, err = cs.CallTool(ctx, &sdk.CallToolParams{Name: "tla_modelcheck", Arguments: map[string]any{"file": "Tiny.tla"}})
	if err != nil || res.IsError {
		t.Fatalf("tla_modelcheck: %v %+v", err, res)
	}
	var checkedModel map[string]any
	remarshal(t, res.StructuredContent, &checkedModel)
	stdout.Reset()
	if code := run(ctx, []string{"modelcheck", "-format", "json", tiny}, nil, &stdout, &cliErr); code == exitOK {
		t.Fatalf("modelcheck found no violation: %s", stdout.String())
	}
	var cliModel map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &cliModel); err != nil {
		t.Fatalf("%v in %s", err, stdout.String())
	}
	delete(checkedModel, "elapsedMs")
	delete(cliModel, "elapsedMs")
	if cliModel["result"] != "safety failure" || !reflect.DeepEqual(checkedModel, cliModel) {
		t.Errorf("tla_modelcheck %v\nmodelcheck -format json %v", checkedModel, cliModel)
	}

	// A bad argument is a tool error, and the server goes on.
	res, err = cs.CallTool(ctx, &sdk.CallToolParams{Name: "tla_definition", Arguments: map[string]any{"file": "Bad.tla", "line": "four"}})
	if err != nil || !res.IsError {
		t.Fatalf("bad argument: %v %+v", err, res)
	}

	// Generation with the model from the environment, with progress.
	params := &sdk.CallToolParams{Name: "tla_generate_spec", Arguments: map[string]any{"source": "spinlock.go"}}
	params.SetProgressToken(1)
	res, err = cs.CallTool(ctx, params)
	if err != nil || res.IsError {
		t.Fatalf("tla_generate_spec: %v %+v", err, res)
	}
	var generated struct {
		SpecPath string `json:"specPath"`
		Clean    bool   `json:"clean"`
	}
	remarshal(t, res.StructuredContent, &generated)
	if generated.SpecPath != filepath.Join(dir, "SpinLock.tla") || !generated.Clean {
		t.Errorf("generated %+v", generated)
	}
	if len(model.Requests()) != 1 {
		t.Errorf("the model got %d requests", len(model.Requests()))
	}

	if err := cs.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != exitOK {
		t.Errorf("the server ended with %v; stderr:\n%s", cmd.ProcessState, stderr.String())
	}
	if progress.String() == "" {
		t.Error("no progress notifications")
	}
	all := stderr.String() + progress.String()
	if strings.Contains(all, serveKey) {
		t.Errorf("the API key leaked: %s", all)
	}
}

func remarshal(t *testing.T, from, to any) {
	t.Helper()
	b, err := json.Marshal(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, to); err != nil {
		t.Fatalf("%v in %s", err, b)
	}
}
