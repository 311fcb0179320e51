package tlc

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// tlcAnswer is what real TLC answered on a golden spec, read from the
// X.tlc file scripts/record-tlc.sh writes beside it: TLC's exit status,
// then TLC's output.
type tlcAnswer struct {
	Status    int
	Result    Outcome
	Distinct  int64 // -1 when TLC printed no statistics
	Generated int64
	Depth     int // -1 when TLC printed no depth
	Name      string
	Trace     string // the counterexample as TLC printed it, "" if none
	Initial   bool   // the trace is TLC's "... violated by the initial state:" (or "While working on the initial state:") state
	Error     string // TLC's error message, from its first "Error: " line up to the trace or statistics
	// Warnings are TLC's warnings of the kinds we give (modelWarnings).
	Warnings []string
}

// modelWarnings are the beginnings of the TLC warnings on the model that
// Result.Warnings gives; TLC's others (on its JVM, on values it prints)
// are not compared.
var modelWarnings = []string{"The formula ", "Declaring symmetry during liveness checking"}

var (
	tlcStats = regexp.MustCompile(`^(\d+) states generated, (\d+) distinct states found`)
	tlcDepth = regexp.MustCompile(`^The depth of the complete state graph search is (\d+)\.`)
	tlcNamed = regexp.MustCompile(`^Error: (?:Invariant|Action property|Temporal property|Property) (line \d+, col \d+ to line \d+, col \d+ of module \S+|\S+) (?:is|was) violated`)
)

// tlcOutcome maps TLC's exit status (tlc2.output.EC.ExitStatus) to the
// tlaplus/Examples manifest vocabulary, which ours follows: an Assert
// failure is a safety failure, evaluation and spec errors are errors.
func tlcOutcome(status int) Outcome {
	switch status {
	case 0:
		return Success
	case 10:
		return AssumptionFailure
	case 11:
		return DeadlockFailure
	case 12, 14:
		return SafetyFailure
	case 13:
		return LivenessFailure
	}
	return Error
}

func readTLCAnswer(path string) (*tlcAnswer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	status, ok := strings.CutPrefix(lines[0], "TLC exit status ")
	if !ok {
		return nil, fmt.Errorf("%s: the first line is not \"TLC exit status N\"", path)
	}
	a := &tlcAnswer{Distinct: -1, Generated: -1, Depth: -1}
	for _, l := range lines {
		if w, ok := strings.CutPrefix(l, "Warning: "); ok {
			for _, k := range modelWarnings {
				if strings.HasPrefix(w, k) {
					a.Warnings = append(a.Warnings, w)
				}
			}
		}
	}
	if a.Status, err = strconv.Atoi(status); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	a.Result = tlcOutcome(a.Status)
	var trace, errLines []string
	inTrace, inError := false, false
	for _, line := range lines[1:] {
		switch {
		case a.Error == "" && !inError && strings.HasPrefix(line, "Error: ") && line != "Error: Parsing or semantic analysis failed." &&
			// TLC may print its list of nested expressions first.
			!strings.HasPrefix(line, "Error: The error occurred when TLC was evaluating"):
			inError = true
		case inError && (line == "" || strings.HasPrefix(line, "Error: ") || strings.HasPrefix(line, "State ") ||
			strings.HasPrefix(line, "/\\ ") || tlcStats.MatchString(line)):
			inError = false
			a.Error = strings.Join(errLines, "\n")
		}
		if inError {
			errLines = append(errLines, line)
		}
		if m := tlcStats.FindStringSubmatch(line); m != nil {
			a.Generated, _ = strconv.ParseInt(m[1], 10, 64)
			a.Distinct, _ = strconv.ParseInt(m[2], 10, 64)
			inTrace = false
			continue
		}
		if m := tlcDepth.FindStringSubmatch(line); m != nil {
			a.Depth, _ = strconv.Atoi(m[1])
			continue
		}
		if m := tlcNamed.FindStringSubmatch(line); m != nil && a.Name == "" {
			a.Name = m[1]
			if strings.HasSuffix(line, "violated by the initial state:") {
				a.Initial, inTrace = true, true
			}
			continue
		}
		switch {
		case line == "Error: The behavior up to this point is:",
			line == "Error: The following behavior constitutes a counter-example:":
			inTrace = true
			continue
		case line == "While working on the initial state:":
			// An error on an initial state: the state follows, part of
			// the error's message too.
			a.Initial, inTrace = true, true
			continue
		case strings.HasPrefix(line, "Error: The error occurred when TLC was evaluating"):
			inTrace = false
		}
		if inTrace {
			trace = append(trace, line)
		}
	}
	a.Trace = strings.Trim(strings.Join(trace, "\n"), "\n")
	if inError {
		a.Error = strings.Join(errLines, "\n")
	}
	return a, nil
}

// ourErrorText is the error our report starts with, cut where TLC's
// recording is cut: before the trace, the state or the statistics.
func ourErrorText(report string) string {
	var out []string
	for i, line := range strings.Split(report, "\n") {
		if i > 0 && (line == "" || strings.HasPrefix(line, "Error: ") || strings.HasPrefix(line, "State ") ||
			strings.HasPrefix(line, "/\\ ") || tlcStats.MatchString(line)) {
			break
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// ourTraceText is our counterexample in the shape TLC's output has it.
func ourTraceText(res *Result, initial bool) string {
	if initial && len(res.Trace) > 0 {
		return strings.Trim(StateText(res.Trace[0].State, res.PrintOrder), "\n")
	}
	return strings.Trim(TraceText(res), "\n")
}

// traceStates splits a printed trace into its states, each a sorted
// list of "var = value" entries (values spanning several lines kept
// whole), so that states compare whatever order the variables print in.
func traceStates(text string) [][]string {
	var states [][]string
	var cur []string
	flush := func() {
		if cur != nil {
			sort.Strings(cur)
			states = append(states, cur)
		}
		cur = nil
	}
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "State ") || strings.HasPrefix(line, "Back to state "):
			flush()
			cur = []string{}
			if strings.HasSuffix(line, ": Stuttering") {
				cur = append(cur, "Stuttering")
			}
		case line == "":
		case strings.HasPrefix(line, "/\\ ") || cur == nil || len(cur) == 0 || strings.Contains(line, " = ") && !strings.HasPrefix(line, " "):
			if cur == nil {
				cur = []string{}
			}
			cur = append(cur, strings.TrimPrefix(line, "/\\ "))
		default:
			cur[len(cur)-1] += "\n" + line
		}
	}
	flush()
	return states
}

// goldenKnown lists the golden specs on which we knowingly disagree with
// TLC, by "Spec/aspect", with the reason. The test fails on any other
// disagreement, and on a listed one that no longer disagrees (so the list
// stays true).
var goldenKnown = map[string]string{
	// Both lassos are counterexamples. TLC's depends on its fingerprint
	// function (recorded with -fp 0; with other -fp values TLC prints
	// LeadsToWF's as ours): here TLC's are longer than our shortest.
	"Eventually/states": "a different lasso",
	"Eventually/text":   "a different lasso",
	"LeadsToWF/states":  "a different lasso",
	"LeadsToWF/text":    "a different lasso",
	// TLC adds its "unable to fingerprint" report, a list of the
	// expressions it was evaluating (as its nested-expressions list),
	// which we do not print.
	"SetOfMixedKinds/states": "no fingerprint stack trace",
	"SetOfMixedKinds/text":   "no fingerprint stack trace",
	// TLC's own postcondition that writes the trace file fails on the
	// incomplete state (TLC's bug), and TLC prints that error after the
	// trace.
	"IncompleteInit/states": "TLC's trace-file postcondition fails",
	"IncompleteInit/text":   "TLC's trace-file postcondition fails",
}

// goldenAspects compares one of our answers with TLC's; each aspect is
// "" when it agrees, otherwise what differs. Aspects TLC's output does
// not give (no statistics, no trace) are left out.
func goldenAspects(res *Result, want *tlcAnswer) map[string]string {
	out := map[string]string{}
	out["result"] = ""
	if res.Result != want.Result {
		out["result"] = fmt.Sprintf("result %s (%+v), TLC %s", res.Result, res.Violation, want.Result)
	}
	if want.Distinct >= 0 {
		out["counts"] = ""
		if res.DistinctStates != want.Distinct || res.GeneratedStates != want.Generated {
			out["counts"] = fmt.Sprintf("%d distinct, %d generated; TLC %d, %d", res.DistinctStates, res.GeneratedStates, want.Distinct, want.Generated)
		}
	}
	if want.Depth >= 0 {
		out["depth"] = ""
		if res.Depth != want.Depth {
			out["depth"] = fmt.Sprintf("depth %d; TLC %d", res.Depth, want.Depth)
		}
	}
	if want.Name != "" {
		out["name"] = ""
		if res.Violation == nil || res.Violation.Name != want.Name {
			out["name"] = fmt.Sprintf("violation %+v; TLC names %s", res.Violation, want.Name)
		}
	}
	out["warnings"] = ""
	if fmt.Sprint(res.Warnings) != fmt.Sprint(want.Warnings) {
		out["warnings"] = fmt.Sprintf("warnings %q; TLC %q", res.Warnings, want.Warnings)
	}
	if want.Error != "" {
		got := ""
		if text := ReportText(res); strings.HasPrefix(text, "Error: ") {
			got = ourErrorText(text)
		}
		out["error"] = ""
		if got != want.Error {
			out["error"] = fmt.Sprintf("error message differs:\n%s\nTLC:\n%s", got, want.Error)
		}
	}
	if want.Trace != "" || len(res.Trace) > 0 {
		got := ourTraceText(res, want.Initial)
		out["states"], out["text"] = "", ""
		if fmt.Sprint(traceStates(got)) != fmt.Sprint(traceStates(want.Trace)) {
			out["states"] = fmt.Sprintf("trace states differ:\n%s\nTLC:\n%s", got, want.Trace)
		}
		if got != want.Trace {
			out["text"] = fmt.Sprintf("trace text differs:\n%s\nTLC:\n%s", got, want.Trace)
		}
	}
	return out
}

// TestGolden checks each small spec of testdata/golden (one per construct
// or failure kind) against real TLC's answer recorded beside it (X.tlc,
// by scripts/record-tlc.sh), with 1 and 3 workers: result, counts,
// depth, the violation's name, the error message, the trace's states and
// its text.
func TestGolden(t *testing.T) {
	specs, err := filepath.Glob("testdata/golden/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	agree := map[string]int{}
	total := map[string]int{}
	ran := 0
	for _, spec := range specs {
		base := strings.TrimSuffix(spec, ".tla")
		if _, err := os.Stat(base + ".cfg"); err != nil {
			continue // a module the others use
		}
		name := filepath.Base(base)
		want, err := readTLCAnswer(base + ".tlc")
		if err != nil {
			t.Errorf("%s: no recorded TLC answer (scripts/record-tlc.sh): %v", name, err)
			continue
		}
		ran++
		for _, workers := range []int{1, 3} {
			t.Run(name+"/workers="+strconv.Itoa(workers), func(t *testing.T) {
				// Several workers take 3 states at a time, so that a level
				// is merged batch by batch while the next batch is expanded.
				opts := Options{SpecPath: spec, Workers: workers}
				if workers > 1 {
					opts.batchSize = 3
				}
				res, err := Check(context.Background(), opts)
				if err != nil {
					t.Fatal(err)
				}
				for aspect, diff := range goldenAspects(res, want) {
					if workers == 1 {
						total[aspect]++
						if diff == "" {
							agree[aspect]++
						}
					}
					reason, known := goldenKnown[name+"/"+aspect]
					switch {
					case diff != "" && !known:
						t.Errorf("%s: %s", aspect, diff)
					case diff == "" && known:
						t.Errorf("%s now agrees with TLC: remove it from goldenKnown (%s)", aspect, reason)
					}
				}
			})
		}
	}
	if ran < 30 {
		t.Fatalf("only %d golden specs found", ran)
	}
	var figures []string
	for _, aspect := range []string{"result", "counts", "depth", "name", "error", "states", "text", "warnings"} {
		figures = append(figures, fmt.Sprintf("%s %d/%d", aspect, agree[aspect], total[aspect]))
	}
	t.Logf("golden: %d specs; agreeing with TLC: %s", ran, strings.Join(figures, ", "))
}

// TestGoldenPrintsAsTLC compares what the golden specs that call Print or
// PrintT print, with one worker, with the lines TLC printed before its
// verdict, in TLC's order: an invariant's lines right after those of the
// action that made the state.
func TestGoldenPrintsAsTLC(t *testing.T) {
	specs, err := filepath.Glob("testdata/golden/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	calls := regexp.MustCompile(`\bPrintT?\(`)
	ran := 0
	for _, spec := range specs {
		text, err := os.ReadFile(spec)
		base := strings.TrimSuffix(spec, ".tla")
		recorded, err2 := os.ReadFile(base + ".tlc")
		if err != nil || err2 != nil || !calls.Match(text) {
			continue
		}
		ran++
		var want []string
		for _, line := range strings.Split(string(recorded), "\n")[1:] {
			if strings.HasPrefix(line, "Model checking completed") || strings.HasPrefix(line, "Error:") || strings.Contains(line, "states generated") {
				break
			}
			want = append(want, line)
		}
		var out bytes.Buffer
		if _, err := Check(context.Background(), Options{SpecPath: spec, Workers: 1, Output: &out}); err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			got = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s prints\n%s\nTLC printed\n%s", filepath.Base(spec), strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	if ran < 2 {
		t.Fatalf("only %d golden specs print", ran)
	}
}
