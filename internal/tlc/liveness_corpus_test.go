package tlc

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/tlccorpus"
)

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
	dir, all := tlccorpus.ForTest(t)
	only := os.Getenv("LIVENESS_CORPUS_ONLY")
	var models, answered, agree int
	var total, properties time.Duration
	for _, e := range all {
		config := strings.TrimPrefix(e.Config, dir+"/")
		if !e.HasFeature("liveness") || !strings.Contains(config, only) {
			continue
		}
		if e.TLCHere.WallMs > 2000 && os.Getenv("LIVENESS_CORPUS_ALL") != "1" && only == "" {
			continue
		}
		models++
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		start := time.Now()
		res, err := Check(ctx, Options{SpecPath: e.Path, ConfigPath: e.Config, SearchPaths: e.LibraryDirs, Workers: 1})
		cancel()
		if err != nil {
			t.Errorf("%s: %v", config, err)
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
		t.Logf("%-70s TLC %-16s ours %-16s %7d states %6d ms (properties %5d ms; TLC %6d ms) %s %s", config, e.TLCHere.Result, res.Result,
			res.DistinctStates, elapsed.Milliseconds(), res.PropertiesElapsed.Milliseconds(), e.TLCHere.WallMs, name, msg)
		switch res.Result {
		case Error, Unsupported, Incomplete:
			continue
		}
		answered++
		if string(res.Result) != e.TLCHere.Result {
			t.Errorf("%s: result %s, TLC's is %s (%s %s)", config, res.Result, e.TLCHere.Result, name, msg)
			continue
		}
		if want, ok := violatedProperty[config]; ok && name != want {
			t.Errorf("%s: violated property %q, want %q", config, name, want)
			continue
		}
		agree++
	}
	t.Logf("liveness corpus: %d models, %d answered, %d agree with TLC; %d ms in all, of which %d ms deciding properties after the search",
		models, answered, agree, total.Milliseconds(), properties.Milliseconds())
}
