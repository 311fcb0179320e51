package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/tlccorpus"
)

// tlaToolsEnv names a tla2tools.jar (or a classes folder) to run real
// TLC beside ours in BenchmarkModelcheckCorpus; without it the benchmark
// compares with the wall time TLC took on this corpus on one worker
// (the manifest's tlcHere.wallMs).
const tlaToolsEnv = "TLA2TOOLS"

// processRun is one whole process: wall time and peak resident memory.
type processRun struct {
	wall   time.Duration
	maxRSS int64 // KiB
	out    []byte
}

func runProcess(name string, args ...string) (processRun, error) {
	cmd := exec.Command(name, args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	start := time.Now()
	err := cmd.Run()
	r := processRun{wall: time.Since(start), out: out.Bytes()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss
	}
	if _, exit := err.(*exec.ExitError); exit {
		err = nil // a violation exits 1: still a run
	}
	return r, err
}

// BenchmarkModelcheckCorpus runs `tla-gen-lsp modelcheck -workers 1` as
// a whole process on every model of the TLC corpus, as a user waits for
// it, and compares it with TLC (-workers 1, JVM start-up included). It
// prints (on stdout: go test truncates a benchmark's log) one line per
// model and the summary the speed goals are stated
// in: the median of TLC's time over ours, the models where we are
// slower, distinct states per second on the three largest models and
// peak memory on the largest.
//
//	go test -run '^$' -bench ModelcheckCorpus -benchtime 1x -timeout 2h ./cmd/tla-gen-lsp/
//	TLA2TOOLS=/path/to/tla2tools.jar go test ... (TLC run side by side)
func BenchmarkModelcheckCorpus(b *testing.B) {
	dir, models := tlccorpus.ForTest(b)
	bin := serverBinary(b)
	tools := os.Getenv(tlaToolsEnv)
	for i := 0; i < b.N; i++ {
		type row struct {
			name                 string
			result, tlcResult    string
			distinct             int64
			ours, tlc            time.Duration
			oursRSS, tlcRSS      int64
			answered, tlcMeasure bool
		}
		var rows []row
		for _, m := range models {
			name := strings.TrimPrefix(m.Config, filepath.Join(dir, "specifications")+"/")
			args := []string{"modelcheck", "-format", "json", "-workers", "1", "-timeout", "300", "-config", m.Config}
			for _, d := range m.LibraryDirs {
				args = append(args, "-I", d)
			}
			if !m.Deadlock {
				args = append(args, "-deadlock=false")
			}
			args = append(args, m.Path)
			ours, err := runProcess(bin, args...)
			if err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			var res struct {
				Result         string `json:"result"`
				DistinctStates int64  `json:"distinctStates"`
			}
			if err := json.Unmarshal(ours.out, &res); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			r := row{name: name, result: res.Result, tlcResult: m.TLCHere.Result, distinct: res.DistinctStates,
				ours: ours.wall, oursRSS: ours.maxRSS, tlc: time.Duration(m.TLCHere.WallMs) * time.Millisecond,
				answered: res.Result != "incomplete" && res.Result != "unsupported"}
			if tools != "" {
				t, err := runTLC(tools, m)
				if err != nil {
					b.Fatalf("%s: TLC: %v", name, err)
				}
				r.tlc, r.tlcRSS, r.tlcMeasure = t.wall, t.maxRSS, true
			}
			rows = append(rows, r)
			fmt.Printf("%-58s %-16s TLC %-16s %9d states  ours %7.2fs %6d MiB  TLC %7.2fs %6d MiB  TLC/ours %6.2f\n",
				name, r.result, r.tlcResult, r.distinct, r.ours.Seconds(), r.oursRSS>>10, r.tlc.Seconds(), r.tlcRSS>>10, r.tlc.Seconds()/r.ours.Seconds())
		}
		var ratios []float64
		var slower []string
		for _, r := range rows {
			if !r.answered {
				slower = append(slower, r.name+" ("+r.result+")")
				continue
			}
			ratio := r.tlc.Seconds() / r.ours.Seconds()
			ratios = append(ratios, ratio)
			if ratio < 1 {
				slower = append(slower, fmt.Sprintf("%s (%.2f)", r.name, ratio))
			}
		}
		sort.Float64s(ratios)
		median := 0.0
		if n := len(ratios); n > 0 {
			median = (ratios[(n-1)/2] + ratios[n/2]) / 2
		}
		source := "TLC's recorded wall time on this corpus (tlcHere.wallMs)"
		if tools != "" {
			source = "TLC run side by side (" + tools + ")"
		}
		fmt.Printf("against %s: %d models, %d answered; median TLC/ours %.1fx; slower than TLC or unanswered: %d %v\n",
			source, len(rows), len(ratios), median, len(slower), slower)
		b.ReportMetric(median, "median-TLC/ours")
		b.ReportMetric(float64(len(slower)), "slower-or-unanswered")
		sort.Slice(rows, func(i, j int) bool { return rows[i].distinct > rows[j].distinct })
		for _, r := range rows[:min(3, len(rows))] {
			fmt.Printf("largest: %-50s %d states: ours %.0f states/s, TLC %.0f states/s; peak memory ours %d MiB, TLC %s\n",
				r.name, r.distinct, float64(r.distinct)/r.ours.Seconds(), float64(r.distinct)/r.tlc.Seconds(), r.oursRSS>>10, rssText(r.tlcRSS, r.tlcMeasure))
		}
	}
}

func rssText(kib int64, measured bool) string {
	if !measured {
		return "not measured (set " + tlaToolsEnv + ")"
	}
	return fmt.Sprintf("%d MiB", kib>>10)
}

// runTLC runs real TLC on m with one worker, as the corpus was recorded.
func runTLC(tools string, m tlccorpus.Model) (processRun, error) {
	meta, err := os.MkdirTemp("", "tlc-bench-")
	if err != nil {
		return processRun{}, err
	}
	defer os.RemoveAll(meta)
	args := []string{"-XX:+UseParallelGC", "-cp", tools}
	if len(m.LibraryDirs) > 0 {
		args = append(args, "-DTLA-Library="+strings.Join(m.LibraryDirs, string(os.PathListSeparator)))
	}
	args = append(args, m.JVM...)
	args = append(args, "tlc2.TLC", "-workers", "1", "-metadir", meta, "-config", m.Config)
	if !m.Deadlock {
		args = append(args, "-deadlock")
	}
	args = append(args, m.Path)
	return runProcess("java", args...)
}
