package mcp

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

const tinyTLA = `---- MODULE Tiny ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == x < 3
Bounded == x <= 3
====
`

// engineMissing reports whether tlc.Check is still the placeholder of the
// model checker's contract; the tests below skip, saying so, only then.
func engineMissing() bool {
	_, err := tlc.Check(context.Background(), tlc.Options{SpecPath: filepath.Join("testdata", "none.tla")})
	return errors.Is(err, tlc.ErrNotImplemented)
}

func TestModelCheckFindsTheViolationAndItsTrace(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"Tiny.tla": tinyTLA,
		"Tiny.cfg": "INIT Init\nNEXT Next\nINVARIANT Small\n",
	})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	if engineMissing() {
		msg := s.callErr("tla_modelcheck", map[string]any{"file": "Tiny.tla"})
		if !strings.Contains(msg, "model checker is not part of this build") {
			t.Errorf("without the engine: %q", msg)
		}
		t.Skip("tlc.Check returns tlc.ErrNotImplemented: the model checker (branch engine) is not merged yet")
	}
	var out ModelCheckOutput
	s.callOK("tla_modelcheck", map[string]any{"file": "Tiny.tla"}, &out)
	if out.Result.Result != tlc.SafetyFailure || out.Violation == nil || out.Violation.Name != "Small" || len(out.Trace) != 4 {
		t.Fatalf("result %+v", out)
	}
	last := out.Trace[3]
	if len(last.State) != 1 || last.State[0].Name != "x" || last.State[0].Value != "3" || out.Trace[0].Action != nil {
		t.Errorf("trace %+v", out.Trace)
	}

	// The configuration as unsaved text, with deadlock checking off.
	s.callOK("tla_modelcheck", map[string]any{"file": "Tiny.tla", "configText": "INIT Init\nNEXT Next\nINVARIANT Bounded\n", "checkDeadlock": false}, &out)
	if out.Result.Result != tlc.Success || out.DistinctStates != 4 || out.Violation != nil || len(out.Trace) != 0 {
		t.Errorf("result %+v", out)
	}
	// With deadlock checking (TLC's default) x = 3 has no successor.
	s.callOK("tla_modelcheck", map[string]any{"file": "Tiny.tla", "configText": "INIT Init\nNEXT Next\nINVARIANT Bounded\n"}, &out)
	if out.Result.Result != tlc.DeadlockFailure {
		t.Errorf("result %+v", out)
	}
}

const endlessTLA = `---- MODULE Endless ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
====
`

func TestModelCheckBoundsProgressAndCancel(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Endless.tla": endlessTLA, "Endless.cfg": "INIT Init\nNEXT Next\n"})
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	if engineMissing() {
		t.Skip("tlc.Check returns tlc.ErrNotImplemented: the model checker (branch engine) is not merged yet")
	}
	var out ModelCheckOutput
	s.callOK("tla_modelcheck", map[string]any{"file": "Endless.tla", "maxStates": 100}, &out)
	if out.Result.Result != tlc.Incomplete || out.DistinctStates < 100 || out.DistinctStates > 200 {
		t.Errorf("bounded run: %+v", out.Result)
	}

	// An endless search: progress arrives, then the client cancels.
	ctx, cancel := context.WithCancel(context.Background())
	params := &sdk.CallToolParams{Name: "tla_modelcheck", Arguments: map[string]any{"file": "Endless.tla", "maxStates": 1 << 40, "timeoutSeconds": 600}}
	params.SetProgressToken("mc")
	done := make(chan error, 1)
	go func() {
		_, err := s.cs.CallTool(ctx, params)
		done <- err
	}()
	deadline := time.After(2 * time.Minute)
	for s.progressCount() == 0 {
		select {
		case err := <-done:
			t.Fatalf("the endless search ended: %v", err)
		case <-deadline:
			t.Fatal("no progress notification in 2 minutes")
		case <-time.After(50 * time.Millisecond):
		}
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled call: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the cancelled call did not end")
	}
	if p := s.lastProgress(); p.ProgressToken != "mc" || !strings.Contains(p.Message, "distinct states") {
		t.Errorf("progress %+v", p)
	}
	// The server goes on.
	s.callOK("tla_modelcheck", map[string]any{"file": "Endless.tla", "maxStates": 10}, &out)
	if out.Result.Result != tlc.Incomplete {
		t.Errorf("after cancel: %+v", out.Result)
	}
}
