package tlc

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenExpect is the first line of a golden spec: "\* expect: {...}",
// the answer TLC gives on it (hand-checked; see scripts/record-tlc.sh to
// record them with a real TLC).
type goldenExpect struct {
	Result    string   `json:"result"`
	Distinct  int64    `json:"distinct"`
	Generated int64    `json:"generated"`
	Depth     int      `json:"depth"`
	Kind      string   `json:"kind"`
	Name      string   `json:"name"`
	Message   string   `json:"message"`
	Trace     []string `json:"trace"`
}

func readExpect(t *testing.T, path string) goldenExpect {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	line, ok := strings.CutPrefix(sc.Text(), `\* expect: `)
	if !ok {
		t.Fatalf("%s: first line is not \\* expect: {...}", path)
	}
	var e goldenExpect
	if err := json.Unmarshal([]byte(line), &e); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return e
}

// TestGolden checks each small spec of testdata/golden (one per construct
// or failure kind) against the answer TLC gives, with 1 and 3 workers.
func TestGolden(t *testing.T) {
	specs, err := filepath.Glob("testdata/golden/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, spec := range specs {
		if _, err := os.Stat(strings.TrimSuffix(spec, ".tla") + ".cfg"); err != nil {
			continue // a module the others use
		}
		ran++
		want := readExpect(t, spec)
		for _, workers := range []int{1, 3} {
			t.Run(filepath.Base(spec)+"/workers="+string(rune('0'+workers)), func(t *testing.T) {
				res, err := Check(context.Background(), Options{SpecPath: spec, Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				if string(res.Result) != want.Result {
					t.Fatalf("result %s (%+v), want %s", res.Result, res.Violation, want.Result)
				}
				if res.DistinctStates != want.Distinct || res.GeneratedStates != want.Generated || res.Depth != want.Depth {
					t.Errorf("%d distinct, %d generated, depth %d; want %d, %d, %d",
						res.DistinctStates, res.GeneratedStates, res.Depth, want.Distinct, want.Generated, want.Depth)
				}
				if want.Kind != "" && (res.Violation == nil || string(res.Violation.Kind) != want.Kind) {
					t.Errorf("violation %+v, want kind %s", res.Violation, want.Kind)
				}
				if want.Name != "" && (res.Violation == nil || res.Violation.Name != want.Name) {
					t.Errorf("violation %+v, want name %s", res.Violation, want.Name)
				}
				if want.Message != "" && (res.Violation == nil || !strings.Contains(res.Violation.Message, want.Message)) {
					t.Errorf("violation %+v, want a message containing %q", res.Violation, want.Message)
				}
				if want.Trace != nil {
					var got []string
					for _, st := range res.Trace {
						var parts []string
						for _, b := range st.State {
							parts = append(parts, b.Name+" = "+b.Value)
						}
						got = append(got, strings.Join(parts, ", "))
					}
					if strings.Join(got, "\n") != strings.Join(want.Trace, "\n") {
						t.Errorf("trace\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want.Trace, "\n"))
					}
				}
			})
		}
	}
	if ran < 10 {
		t.Fatalf("only %d golden specs found", ran)
	}
}
