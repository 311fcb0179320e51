package actions_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// cleanModule passes SANY and every conformance rule for the project's
// draft (core function Incr, variable count).
const cleanModule = `---- MODULE Counter ----
EXTENDS Naturals
VARIABLE count
vars == <<count>>
TypeOK == count \in Nat
Init == count = 0
Incr == count' = count + 1
Next == Incr
Spec == Init /\ [][Next]_vars
====
`

// oneError misspells the variable on line 7, column 9, as models do.
var oneError = strings.Replace(cleanModule, "Incr == count'", "Incr == cnt'", 1)

// twoErrors adds a second misspelling on line 5, column 10.
var twoErrors = strings.Replace(oneError, "TypeOK == count", "TypeOK == coutn", 1)

// threeErrors adds a third on line 6, column 8.
var threeErrors = strings.Replace(twoErrors, "Init == count", "Init == cuont", 1)

// withProse wraps a module as chat models answer: prose and a fence.
func withProse(module string) string {
	return "You're right, I used an undeclared name. Here is the corrected module:\n\n```tla\n" + module + "```\n\nThe action now updates `count`."
}

// noEnv resolves settings without the environment. The tests of the SANY
// phase leave out the runtime phase (its own tests, runtime_test.go, turn
// it on) so that their scripted models answer only what they test.
func noEnv(s config.Settings) config.Effective {
	if s.ModelCheckAfterGenerate == nil {
		off := false
		s.ModelCheckAfterGenerate = &off
	}
	return s.Resolve(func(string) (string, bool) { return "", false })
}

// specOnDisk reads the spec file, or "" if there is none.
func specOnDisk(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "Counter.tla"))
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	must(t, err)
	return string(data)
}

// recordSpecAtEachRequest keeps what Counter.tla held when each request
// arrived, to assert the files between rounds.
func recordSpecAtEachRequest(t *testing.T, srv *llmtest.Server, dir string) func() []string {
	var mu sync.Mutex
	var seen []string
	srv.OnRequest(func(llmtest.Request) {
		data, _ := os.ReadFile(filepath.Join(dir, "Counter.tla"))
		mu.Lock()
		seen = append(seen, string(data))
		mu.Unlock()
	})
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

func countErrors(diags []sany.Diagnostic) int {
	n := 0
	for _, d := range diags {
		if d.Severity == sany.SeverityError {
			n++
		}
	}
	return n
}

func TestRepairFixesAnErrorInRoundTwo(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text("```tla\n"+oneError+"```"), llmtest.Text(withProse(cleanModule)))
	specAt := recordSpecAtEachRequest(t, srv, dir)
	var progress []string
	var log bytes.Buffer
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{}), Log: &log,
	}, func(p actions.Progress) { progress = append(progress, p.Message) })
	must(t, err)

	// Files: the spec holds round 2, each round is kept, the log is saved.
	if got := specOnDisk(t, dir); got != cleanModule {
		t.Fatalf("spec on disk:\n%s", got)
	}
	state := filepath.Join(dir, ".tla-gen", "Counter")
	for n, want := range map[int]string{1: oneError, 2: cleanModule} {
		data, err := os.ReadFile(filepath.Join(state, "round-"+string(rune('0'+n))+".tla"))
		if err != nil || string(data) != want {
			t.Fatalf("round-%d.tla = %q, %v", n, data, err)
		}
	}
	if len(res.Rounds) != 2 || res.Rounds[0].Errors != 1 || res.Rounds[1].Errors != 0 || res.Kept != 2 || res.RepairStop != actions.StopClean {
		t.Fatalf("rounds %+v kept %d stop %q", res.Rounds, res.Kept, res.RepairStop)
	}
	if len(res.Diagnostics) != 0 || !strings.Contains(res.Message, "after 1 repair round") || !strings.Contains(res.Message, "no problems found") {
		t.Fatalf("diagnostics %v message %q", res.Diagnostics, res.Message)
	}

	// Between the rounds, the spec on disk was round 1's.
	if seen := specAt(); len(seen) != 2 || seen[0] != "" || seen[1] != oneError {
		t.Fatalf("spec when each request arrived: %q", seen)
	}

	// The repair request continues the conversation and carries the
	// module, the diagnostic's line, column and message, and the line
	// under a caret.
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	msgs := reqs[1].Messages
	if len(msgs) != 3 || msgs[0].Role != "user" || msgs[0].Content != reqs[0].Messages[0].Content ||
		msgs[1].Role != "assistant" || msgs[1].Content != "```tla\n"+oneError+"```" || msgs[2].Role != "user" {
		t.Fatalf("conversation of the repair request: %+v", msgs)
	}
	repair := msgs[2].Content
	for _, want := range []string{
		"1 error(s) in module Counter",
		"line 7, column 9: error: Unknown operator: `cnt'",
		"      7 | Incr == cnt' = count + 1\n        |         ^\n",
		"```tla\n" + strings.TrimRight(oneError, "\n") + "\n```",
		"keeping the module name Counter",
	} {
		if !strings.Contains(repair, want) {
			t.Errorf("repair request lacks %q:\n%s", want, repair)
		}
	}

	// Each round is visible in the progress and in the log, live and on disk.
	joined := strings.Join(progress, "\n")
	if !strings.Contains(joined, "Repair round 1/3: 1 error") {
		t.Errorf("progress: %q", progress)
	}
	saved, err := os.ReadFile(filepath.Join(state, "generation.log"))
	must(t, err)
	if res.LogPath != filepath.Join(state, "generation.log") || string(saved) != log.String() {
		t.Errorf("log at %q differs from the live log:\n%s\n---\n%s", res.LogPath, saved, log.String())
	}
	for _, want := range []string{"round 1: 1 error", "Repair round 1/3: 1 error", "round 2: 0 errors", "wrote " + filepath.Join(dir, "Counter.tla")} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}

	// The hash record tracks the final text: regenerating overwrites it.
	srv.Push(llmtest.Text(cleanModule))
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute)}, nil)
	must(t, err)
	if _, err := os.Stat(filepath.Join(state, "round-2.tla")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a stale round-2.tla survived a generation that needed no repair: %v", err)
	}
}

func TestRepairThatMakesItWorseKeepsTheBetterVersion(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(twoErrors), llmtest.Text(withProse(threeErrors)))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, false, time.Minute), Config: noEnv(config.Settings{}),
	}, nil)
	must(t, err)
	if got := specOnDisk(t, dir); got != twoErrors {
		t.Fatalf("spec on disk is not the better round 1:\n%s", got)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, ".tla-gen", "Counter", "round-2.tla")); string(data) != threeErrors {
		t.Fatalf("round-2.tla = %q", data)
	}
	if res.Kept != 1 || res.RepairStop != actions.StopNoImprovement || len(res.Rounds) != 2 || res.Rounds[1].Errors != 3 || res.Rounds[1].Written {
		t.Fatalf("kept %d stop %q rounds %+v", res.Kept, res.RepairStop, res.Rounds)
	}
	if countErrors(res.Diagnostics) != 2 || res.Text != twoErrors {
		t.Fatalf("diagnostics are not round 1's: %v", res.Diagnostics)
	}
	if len(srv.Requests()) != 2 {
		t.Fatalf("repair went on after a round that did not improve: %d requests", len(srv.Requests()))
	}
	repair := srv.Requests()[1].Messages[2].Content
	for _, want := range []string{"2 error(s)", "line 5, column 11", "line 7, column 9", "      5 | TypeOK == coutn \\in Nat"} {
		if !strings.Contains(repair, want) {
			t.Errorf("repair request lacks %q:\n%s", want, repair)
		}
	}
	if !strings.Contains(res.Message, "kept round 1") {
		t.Errorf("message %q", res.Message)
	}
}

func TestRepairStopsAfterMaxRounds(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(threeErrors), llmtest.Text(twoErrors), llmtest.Text(oneError))
	two := 2
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{MaxRepairRounds: &two}),
	}, nil)
	must(t, err)
	if specOnDisk(t, dir) != oneError || res.Kept != 3 || res.RepairStop != actions.StopMaxRounds || len(srv.Requests()) != 3 {
		t.Fatalf("kept %d stop %q requests %d", res.Kept, res.RepairStop, len(srv.Requests()))
	}
	// Round 3's request carries the whole conversation so far.
	if n := len(srv.Requests()[2].Messages); n != 5 {
		t.Fatalf("round 3 request has %d messages, want 5", n)
	}
	if !strings.Contains(srv.Requests()[2].Messages[4].Content, "2 error(s)") {
		t.Fatalf("round 3 request: %s", srv.Requests()[2].Messages[4].Content)
	}

	zero := 0
	dir, source = project(t)
	srv = llmtest.NewServer(t, llmtest.Text(oneError))
	res, err = actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{MaxRepairRounds: &zero}),
	}, nil)
	must(t, err)
	if specOnDisk(t, dir) != oneError || res.RepairStop != actions.StopDisabled || len(srv.Requests()) != 1 {
		t.Fatalf("maxRepairRounds 0: stop %q, %d requests", res.RepairStop, len(srv.Requests()))
	}
}

func TestRepairRoundFaultsKeepRoundOne(t *testing.T) {
	cases := []struct {
		name    string
		reply   llmtest.Reply
		stream  bool
		timeout time.Duration
		want    string
	}{
		{"server error", llmtest.Reply{Status: 503}, true, time.Minute, "HTTP 503"},
		{"rate limited", llmtest.Reply{Status: 429, RetryAfter: "3600"}, false, time.Minute, "asks to wait 1h0m0s"},
		{"timeout", llmtest.Reply{Text: cleanModule, Delay: time.Minute}, true, 200 * time.Millisecond, "did not answer within"},
		{"cut stream", llmtest.Reply{Text: cleanModule, CutAfter: 300}, true, time.Minute, "cut off"},
		{"empty answer", llmtest.Text(""), true, time.Minute, "empty answer"},
		{"no module", llmtest.Text("I am sorry, I cannot see an error."), false, time.Minute, "no TLA+ module"},
		{"two modules", llmtest.Text(cleanModule + "\n" + strings.ReplaceAll(cleanModule, "Counter", "Other")), true, time.Minute, "two top-level modules"},
		{"renamed module", llmtest.Text(strings.ReplaceAll(cleanModule, "MODULE Counter", "MODULE CounterFixed")), true, time.Minute, "renamed the module from Counter to CounterFixed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, source := project(t)
			srv := llmtest.NewServer(t, llmtest.Text(oneError), c.reply)
			res, err := actions.Generate(context.Background(), actions.GenerateRequest{
				SourcePath: source, Model: modelFor(t, srv, c.stream, c.timeout), Config: noEnv(config.Settings{APIKey: fakeKey}),
			}, nil)
			must(t, err)
			if specOnDisk(t, dir) != oneError || res.Kept != 1 || res.RepairStop != actions.StopFailed {
				t.Fatalf("kept %d stop %q, spec:\n%s", res.Kept, res.RepairStop, specOnDisk(t, dir))
			}
			if res.RepairErr == nil || !strings.Contains(res.RepairErr.Error(), c.want) ||
				!strings.Contains(res.RepairErr.Error(), "repair round 1/3 failed") ||
				!strings.Contains(res.RepairErr.Error(), "Counter.tla keeps round 1's text") {
				t.Fatalf("RepairErr = %v, want one saying %q and which round is kept", res.RepairErr, c.want)
			}
			if !strings.Contains(res.Message, res.RepairErr.Error()) || countErrors(res.Diagnostics) != 1 {
				t.Fatalf("message %q diagnostics %v", res.Message, res.Diagnostics)
			}
			if _, err := os.Stat(filepath.Join(dir, "CounterFixed.tla")); err == nil {
				t.Fatal("a renamed module was written")
			}
			assertNoKeyAnywhere(t, dir, res.Message)
		})
	}
}

func TestCancelDuringRepairStopsAtOnce(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(oneError), llmtest.Reply{Text: cleanModule, Delay: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	srv.OnRequest(func(r llmtest.Request) {
		if len(r.Messages) > 1 {
			time.AfterFunc(50*time.Millisecond, cancel)
		}
	})
	start := time.Now()
	_, err := actions.Generate(ctx, actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Hour), Config: noEnv(config.Settings{})}, nil)
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("cancel took %s", d)
	}
	if err == nil || !strings.Contains(err.Error(), "cancelled during repair round 1/3") || !strings.Contains(err.Error(), "keeps round 1's text") {
		t.Fatalf("err = %v", err)
	}
	if specOnDisk(t, dir) != oneError {
		t.Fatal("round 1's spec was not kept")
	}
}

func TestRepairLeavesASpecTheUserEditsMeanwhile(t *testing.T) {
	dir, source := project(t)
	spec := filepath.Join(dir, "Counter.tla")
	srv := llmtest.NewServer(t, llmtest.Text(oneError), llmtest.Text(cleanModule))
	edited := oneError + "\\* the user's note\n"
	srv.OnRequest(func(r llmtest.Request) {
		if len(r.Messages) > 1 {
			os.WriteFile(spec, []byte(edited), 0o644)
		}
	})
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{})}, nil)
	if !errors.Is(err, actions.ErrSpecEdited) {
		t.Fatalf("err = %v, want ErrSpecEdited", err)
	}
	if specOnDisk(t, dir) != edited {
		t.Fatal("the user's edit was overwritten by a repair round")
	}
	if aside, _ := os.ReadFile(res.SavedAside); string(aside) != cleanModule {
		t.Fatalf("repaired text saved aside at %q: %q", res.SavedAside, aside)
	}
}

func TestConformanceInResultsAndRepairConformanceSetting(t *testing.T) {
	noTypeOK := strings.Replace(cleanModule, "TypeOK == count \\in Nat\n", "", 1)

	// Off (the default): a missing TypeOK is a warning in the result and
	// does not start a round.
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(noTypeOK))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{}),
	}, nil)
	must(t, err)
	if len(srv.Requests()) != 1 || len(res.Rounds) != 1 {
		t.Fatalf("a conformance warning started a repair round by default")
	}
	var typeWarn *sany.Diagnostic
	for i, d := range res.Diagnostics {
		if d.Kind == conformance.KindConformance && d.Severity == sany.SeverityWarning && strings.Contains(d.Message, "TypeOK") {
			typeWarn = &res.Diagnostics[i]
		}
	}
	if typeWarn == nil || !strings.Contains(res.Message, "1 draft-conformance warning") {
		t.Fatalf("no TypeOK warning in %v / %q", res.Diagnostics, res.Message)
	}
	if got := actions.CheckConformance(filepath.Join(dir, "Counter.tla"), []byte(noTypeOK), ""); len(got) != 1 || got[0].Message != typeWarn.Message {
		t.Fatalf("CheckConformance through origin.json = %v", got)
	}

	// On: the warning starts a round and goes along in the request.
	dir, source = project(t)
	srv = llmtest.NewServer(t, llmtest.Text(noTypeOK), llmtest.Text(cleanModule))
	res, err = actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{RepairConformance: true}),
	}, nil)
	must(t, err)
	if len(srv.Requests()) != 2 || specOnDisk(t, dir) != cleanModule || len(res.Diagnostics) != 0 {
		t.Fatalf("requests %d diagnostics %v", len(srv.Requests()), res.Diagnostics)
	}
	repair := srv.Requests()[1].Messages[2].Content
	if !strings.Contains(repair, "passes SANY but departs from the translation rules") || !strings.Contains(repair, typeWarn.Message) {
		t.Fatalf("repair request:\n%s", repair)
	}

	// Errors start a round anyway; the warnings go along.
	dir, source = project(t)
	srv = llmtest.NewServer(t, llmtest.Text(strings.Replace(noTypeOK, "Incr == count'", "Incr == cnt'", 1)), llmtest.Text(cleanModule))
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{})}, nil)
	must(t, err)
	repair = srv.Requests()[1].Messages[2].Content
	if !strings.Contains(repair, "Unknown operator: `cnt'") || !strings.Contains(repair, "Draft-conformance findings") || !strings.Contains(repair, "TypeOK") {
		t.Fatalf("repair request does not carry both errors and warnings:\n%s", repair)
	}
	_ = dir
}

func TestCamelCaseActionsForCamelCaseFunctions(t *testing.T) {
	dir := t.TempDir()
	source := filepath.Join(dir, "node.go")
	must(t, os.WriteFile(source, []byte("package node\n\nfunc (n *Node) becomeFollower(term int) {}\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "node.draft.md"), []byte("Module name: Node\n## CORE FUNCTIONS\n- becomeFollower: steps down\n## ESSENTIAL STATE VARIABLES\n- role\n"), 0o644))
	module := `---- MODULE Node ----
VARIABLE role
vars == <<role>>
TypeOK == role \in {"leader", "follower"}
Init == role = "leader"
BecomeFollower == role' = "follower"
Next == BecomeFollower
Spec == Init /\ [][Next]_vars
====
`
	srv := llmtest.NewServer(t, llmtest.Text(module))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute)}, nil)
	must(t, err)
	if len(res.Diagnostics) != 1 {
		t.Fatalf("diagnostics %v", res.Diagnostics)
	}
	d := res.Diagnostics[0]
	if d.Severity != sany.SeverityInfo || !strings.Contains(d.Message, "becomeFollower") || !strings.Contains(d.Message, "BecomeFollower") ||
		strings.Contains(d.Message, "no action") || d.Start().Line != 6 {
		t.Fatalf("diagnostic %v", d)
	}
	if len(srv.Requests()) != 1 || !strings.Contains(res.Message, "no problems found") {
		t.Fatalf("an info note started a repair or counts as a problem: %q", res.Message)
	}
}

func TestWrongModuleNameNamesTheFileAndLeavesTheOldOne(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(cleanModule), llmtest.Text(withProse(strings.ReplaceAll(cleanModule, "Counter", "CounterSpec"))))
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute)}, nil)
	must(t, err)
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute)}, nil)
	must(t, err)
	if res.SpecPath != filepath.Join(dir, "CounterSpec.tla") || res.Module != "CounterSpec" || len(res.Diagnostics) != 0 {
		t.Fatalf("result %+v", res)
	}
	if specOnDisk(t, dir) != cleanModule {
		t.Fatal("the earlier Counter.tla was changed")
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "named the module CounterSpec, not Counter") ||
		!strings.Contains(res.Notes[0], "Counter.tla from an earlier generation was left as it was") || !strings.Contains(res.Message, res.Notes[0]) {
		t.Fatalf("notes %q message %q", res.Notes, res.Message)
	}
	src, draftPath, ok := actions.ReadOrigin(res.SpecPath)
	if !ok || src != source || draftPath != filepath.Join(dir, "counter.draft.md") {
		t.Fatalf("origin of CounterSpec.tla: %q %q %t", src, draftPath, ok)
	}
}

func TestOfflineSkeletonNeedsNoRepair(t *testing.T) {
	for _, example := range []string{"spinlock/spinlock.go", "leader/election.go"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "examples", example))
		must(t, err)
		draftName := strings.TrimSuffix(filepath.Base(example), ".go") + ".draft.md"
		draftText, err := os.ReadFile(filepath.Join("..", "..", "examples", filepath.Dir(example), draftName))
		must(t, err)
		dir := t.TempDir()
		source := filepath.Join(dir, filepath.Base(example))
		must(t, os.WriteFile(source, src, 0o644))
		must(t, os.WriteFile(filepath.Join(dir, draftName), draftText, 0o644))
		res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source}, nil)
		must(t, err)
		if !res.Offline || len(res.Rounds) != 0 || res.RepairStop != "" {
			t.Fatalf("%s: offline result %+v", example, res)
		}
		for _, d := range res.Diagnostics {
			if d.Severity != sany.SeverityInfo {
				t.Errorf("%s: the skeleton is not clean: %v", example, d)
			}
		}
	}
}

func TestRepairThroughTheEditorsWriter(t *testing.T) {
	dir, source := project(t)
	spec := filepath.Join(dir, "Counter.tla")
	older := strings.Replace(cleanModule, "count = 0", "count = 1", 1)
	srv := llmtest.NewServer(t, llmtest.Text(older), llmtest.Text(oneError), llmtest.Text(cleanModule))
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{})}, nil)
	must(t, err)
	// The spec is open in the editor; the rounds go through applyEdit and
	// may stay unsaved, so the disk keeps the older text throughout.
	w := &recordingWriter{}
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{}),
		Writer: w, Overlay: sany.Overlay{spec: []byte(older)},
	}, nil)
	must(t, err)
	if w.files[spec] != cleanModule || specOnDisk(t, dir) != older || res.Kept != 2 || len(res.Diagnostics) != 0 {
		t.Fatalf("writer has %q, disk %q, kept %d", w.files[spec], specOnDisk(t, dir), res.Kept)
	}
}

func TestRateLimitedRepairRoundWaitsAndGoesOn(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(oneError), llmtest.Reply{Status: 429, RetryAfter: "2"}, llmtest.Text(cleanModule))
	var progress []string
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: noEnv(config.Settings{}),
	}, func(p actions.Progress) { progress = append(progress, p.Message) })
	must(t, err)
	if specOnDisk(t, dir) != cleanModule || res.RepairErr != nil || len(srv.Requests()) != 3 {
		t.Fatalf("spec %q repairErr %v requests %d", specOnDisk(t, dir), res.RepairErr, len(srv.Requests()))
	}
	if !strings.Contains(strings.Join(progress, "\n"), "rate limited by the server; retry 1 of 3 in 2s") {
		t.Fatalf("progress %q", progress)
	}
	// The diagnostics of each round are kept with it.
	r1 := res.Rounds[0].Diagnostics
	if len(r1) != 1 || r1[0].Start().Line != 7 || !strings.Contains(r1[0].Message, "cnt") || len(res.Rounds[1].Diagnostics) != 0 {
		t.Fatalf("round diagnostics %v / %v", r1, res.Rounds[1].Diagnostics)
	}
}
