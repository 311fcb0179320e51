package tlc

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/tlccorpus"
)

// BenchmarkLargestModels runs the three largest successful models of the
// TLC corpus (by TLC's distinct states) with 1 and 2 workers and reports
// distinct states per second, TLC's own rate on the same model (from its
// recorded wall time, JVM start-up included), the peak heap and, with 2
// workers, the rate over the rate of 1 (x-1-worker).
//
//	go test -run '^$' -bench LargestModels -benchtime 1x ./internal/tlc/
func BenchmarkLargestModels(b *testing.B) {
	_, models := tlccorpus.ForTest(b)
	// The collector as `tla-gen-lsp modelcheck` sets it (tuneGCForSearch).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	var ok2 []tlccorpus.Model
	for _, m := range models {
		if m.TLCHere.Result == "success" && m.TLCHere.DistinctStates != nil && len(m.JVM) == 0 {
			ok2 = append(ok2, m)
		}
	}
	sort.Slice(ok2, func(i, j int) bool { return *ok2[i].TLCHere.DistinctStates > *ok2[j].TLCHere.DistinctStates })
	if len(ok2) > 3 {
		ok2 = ok2[:3]
	}
	for _, m := range ok2 {
		var oneWorker float64 // states/s with one worker
		for _, workers := range []int{1, 2} {
			name := filepath.Base(filepath.Dir(m.Path)) + "/" + filepath.Base(m.Path) + "/workers=" + string(rune('0'+workers))
			b.Run(name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					// Every run starts with the heap given back to the
					// system: a run that found the pages of the run
					// before still mapped would be spared their faults.
					debug.FreeOSMemory()
					var peak uint64
					done := make(chan struct{})
					go func() {
						var ms runtime.MemStats
						for {
							select {
							case <-done:
								return
							case <-time.After(200 * time.Millisecond):
								runtime.ReadMemStats(&ms)
								if ms.HeapAlloc > peak {
									peak = ms.HeapAlloc
								}
							}
						}
					}()
					start := time.Now()
					res, err := Check(context.Background(), Options{SpecPath: m.Path, ConfigPath: m.Config,
						SearchPaths: m.LibraryDirs, Workers: workers, Timeout: 10 * time.Minute, Output: os.Stderr})
					close(done)
					if err != nil {
						b.Fatal(err)
					}
					secs := time.Since(start).Seconds()
					rate := float64(res.DistinctStates) / secs
					b.ReportMetric(rate, "states/s")
					if workers == 1 {
						oneWorker = rate
					} else if oneWorker > 0 {
						b.ReportMetric(rate/oneWorker, "x-1-worker")
					}
					b.ReportMetric(float64(*m.TLCHere.DistinctStates)/(float64(m.TLCHere.WallMs)/1000), "tlc-states/s")
					b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
					if res.DistinctStates != *m.TLCHere.DistinctStates {
						b.Errorf("%d distinct states, TLC %d (%s)", res.DistinctStates, *m.TLCHere.DistinctStates, res.Result)
					}
				}
			})
		}
	}
}

// BenchmarkSlowModels runs, with one worker, the corpus models on which
// this checker was last measured slower than TLC (issue 9's speed goal),
// and reports the heap allocations and bytes per generated state: unlike
// wall time on a shared machine, those do not vary from run to run, so
// they judge a change to the evaluator's hot paths.
//
//	go test -run '^$' -bench SlowModels -benchtime 1x ./internal/tlc/
//	go test -run '^$' -bench SlowModels/SimpleRegular -benchtime 1x -cpuprofile cpu.out ./internal/tlc/
func BenchmarkSlowModels(b *testing.B) {
	_, models := tlccorpus.ForTest(b)
	slow := []string{"SimpleRegular.cfg", "TLCSailfish1.cfg", "SlushSmall.cfg", "MCLamportMutex.cfg", "FastPaxos.cfg"}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	for _, name := range slow {
		var m *tlccorpus.Model
		for i := range models {
			if filepath.Base(models[i].Config) == name {
				m = &models[i]
			}
		}
		if m == nil {
			b.Fatalf("%s is not in the corpus", name)
		}
		b.Run(strings.TrimSuffix(name, ".cfg"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				res, err := Check(context.Background(), Options{SpecPath: m.Path, ConfigPath: m.Config,
					SearchPaths: m.LibraryDirs, Workers: 1, Timeout: 10 * time.Minute})
				runtime.ReadMemStats(&after)
				if err != nil {
					b.Fatal(err)
				}
				if m.TLCHere.DistinctStates != nil && res.DistinctStates != *m.TLCHere.DistinctStates {
					b.Errorf("%d distinct states, TLC %d (%s)", res.DistinctStates, *m.TLCHere.DistinctStates, res.Result)
				}
				generated := float64(res.GeneratedStates)
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/generated, "allocs/state")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/generated, "B/state")
				b.ReportMetric(float64(after.NumGC-before.NumGC), "GCs")
			}
		})
	}
}
