package tlc

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// livenessCorpusEntry is the part of a TLC corpus manifest entry the
// liveness test reads.
type livenessCorpusEntry struct {
	Path, Config string
	Features     []string
	LibraryDirs  []string
	TLCHere      struct {
		Result         string
		DistinctStates int64
		WallMs         int64
	}
}

// violatedProperty names the property TLC's counterexample violates on
// the corpus models that fail a liveness property (TLC prints no name;
// the specs' comments say which one fails, and the other provably holds).
var violatedProperty = map[string]string{
	"specifications/FiniteMonotonic/MCDistributedReplicatedLog.cfg":     "InSync",
	"specifications/SpecifyingSystems/RealTime/MCRealTimeHourClock.cfg": "ErrorTemporal",
}

// TestLivenessCorpus runs the TLC corpus models that check a PROPERTY
// (one worker) and holds every answer to TLC's: a model the checker
// answers (not error, unsupported or incomplete) must get TLC's result,
// and a liveness failure must name the property that fails. It logs each
// model's answer, its time and the part spent on the properties, and how
// many are answered and agree.
//
// TestCorpus runs every model already; this test adds the property names
// and the timing, on the models TLC checks in under two seconds (the two
// liveness failures among them) unless LIVENESS_CORPUS_ALL=1.
// LIVENESS_CORPUS_ONLY=substring narrows it to some models.
func TestLivenessCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the liveness corpus takes minutes")
	}
	dir := filepath.Dir(testenv.Shared(t, "tlc-corpus", "manifest.jsonl"))
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	only := os.Getenv("LIVENESS_CORPUS_ONLY")
	var models, answered, agree int
	var total, properties time.Duration
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e livenessCorpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(e.Features, "liveness") || !strings.Contains(e.Config, only) {
			continue
		}
		if e.TLCHere.WallMs > 2000 && os.Getenv("LIVENESS_CORPUS_ALL") != "1" && only == "" {
			continue
		}
		models++
		var libs []string
		for _, l := range e.LibraryDirs {
			libs = append(libs, filepath.Join(dir, l))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		start := time.Now()
		res, err := Check(ctx, Options{SpecPath: filepath.Join(dir, e.Path), ConfigPath: filepath.Join(dir, e.Config), SearchPaths: libs, Workers: 1})
		cancel()
		if err != nil {
			t.Errorf("%s: %v", e.Config, err)
			continue
		}
		name, msg := "", ""
		if v := res.Violation; v != nil {
			name, msg = v.Name, v.Message
			if i := strings.IndexByte(msg, '\n'); i >= 0 {
				msg = msg[:i]
			}
		}
		elapsed := time.Since(start)
		total += elapsed
		properties += res.PropertiesElapsed
		t.Logf("%-70s TLC %-16s ours %-16s %7d states %6d ms (properties %5d ms; TLC %6d ms) %s %s", e.Config, e.TLCHere.Result, res.Result,
			res.DistinctStates, elapsed.Milliseconds(), res.PropertiesElapsed.Milliseconds(), e.TLCHere.WallMs, name, msg)
		switch res.Result {
		case Error, Unsupported, Incomplete:
			continue
		}
		answered++
		if string(res.Result) != e.TLCHere.Result {
			t.Errorf("%s: result %s, TLC's is %s (%s %s)", e.Config, res.Result, e.TLCHere.Result, name, msg)
			continue
		}
		if want, ok := violatedProperty[e.Config]; ok && name != want {
			t.Errorf("%s: violated property %q, want %q", e.Config, name, want)
			continue
		}
		agree++
	}
	t.Logf("liveness corpus: %d models, %d answered, %d agree with TLC; %d ms in all, of which %d ms deciding properties after the search",
		models, answered, agree, total.Milliseconds(), properties.Milliseconds())
}
