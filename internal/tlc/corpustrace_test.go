package tlc

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/tlccorpus"
)

// corpusTraceKnown lists the corpus models whose counterexample we print
// differently from TLC, with the reason; the test fails on any other
// difference and on a listed model that no longer differs.
var corpusTraceKnown = map[string]string{
	// TLC's lasso depends on its fingerprint function (recorded with
	// -fp 0); ours is another valid counterexample.
	"FiniteMonotonic_MCDistributedReplicatedLog":     "a different lasso",
	"SpecifyingSystems_RealTime_MCRealTimeHourClock": "a different lasso",
	// The ALIAS fails to evaluate in TLC (Json's textSerialize on an
	// infinite record set): TLC prints the variables and
	// _ALIASEvalError; we print the variables.
	"SlidingPuzzles_SlidingPuzzles_anim": "ALIAS evaluation error",
	"tower_of_hanoi_Hanoi_anim":          "ALIAS evaluation error",
	// TLC splits Next's \E d \in SetOfPowerOfTwo(D) (Bits' &): its
	// action is the inner \E (line 89, col 38); the evaluator does not
	// split it, so ours is the whole body (col 9).
	"tower_of_hanoi_Hanoi.toolbox_Model_1_MC": "the split of Next",
}

// TestCorpusTraceText runs each TLC-corpus model TLC does not pass and
// compares our counterexample, as modelcheck prints it, with TLC's
// (testdata/corpustraces, recorded by scripts/record-tlc.sh -corpus):
// action labels, variable order, value layout, line for line.
func TestCorpusTraceText(t *testing.T) {
	dir, models := tlccorpus.ForTest(t)
	byPath := map[string]tlccorpus.Model{}
	for _, m := range models {
		byPath[m.Path] = m
	}
	recordings, err := filepath.Glob("testdata/corpustraces/*.tlc")
	if err != nil {
		t.Fatal(err)
	}
	same, ran := 0, 0
	for _, rec := range recordings {
		name := strings.TrimSuffix(filepath.Base(rec), ".tlc")
		text, err := os.ReadFile(rec)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitN(string(text), "\n", 3)
		fields := strings.Fields(strings.TrimPrefix(lines[1], "Model: "))
		if len(lines) < 3 || len(fields) != 2 {
			t.Fatalf("%s: no \"Model: SPEC CFG\" line", rec)
		}
		m, ok := byPath[filepath.Join(dir, fields[0])]
		if !ok {
			t.Errorf("%s: %s is not in the corpus manifest", name, fields[0])
			continue
		}
		if raceEnabled && m.TLCHere.WallMs > 1500 {
			continue
		}
		want, err := readTLCAnswer(rec)
		if err != nil {
			t.Fatal(err)
		}
		ran++
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			res, err := Check(ctx, Options{SpecPath: m.Path, ConfigPath: m.Config, SearchPaths: m.LibraryDirs, Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			diff := ""
			if got := ourTraceText(res, want.Initial); got != want.Trace {
				diff = fmt.Sprintf("trace text differs:\n%s\nTLC:\n%s", got, want.Trace)
			}
			// TLC's statistics line, "states left on queue" included.
			if stats := tlcStatsLine(string(text)); stats == "" {
				t.Errorf("%s: no statistics line", rec)
			} else if got := tlcStatsLine(ReportText(res)); got != stats {
				t.Errorf("statistics %q, TLC's %q", got, stats)
			}
			reason, known := corpusTraceKnown[name]
			switch {
			case diff != "" && !known:
				t.Error(diff)
			case diff == "" && known:
				t.Errorf("now prints TLC's trace: remove it from corpusTraceKnown (%s)", reason)
			case diff == "":
				same++
			}
		})
	}
	if ran == 0 {
		t.Fatal("no recorded corpus trace ran")
	}
	t.Logf("corpus traces: %d of %d print as TLC's", same, ran)
}

// tlcStatsLine is the line of TLC's output (or ours) that gives the
// states generated, distinct and left on the queue.
func tlcStatsLine(output string) string {
	for _, line := range strings.Split(output, "\n") {
		if tlcStats.MatchString(line) {
			return line
		}
	}
	return ""
}
