package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// exitIncomplete is modelcheck's status for an unsupported construct or a
// search stopped by -max-states, -timeout or an interrupt.
const exitIncomplete = 3

// runModelcheck implements "tla-gen-lsp modelcheck [-config FILE.cfg]
// [-format text|json] [-I DIR]... [-max-states N] [-timeout SECONDS]
// [-deadlock=true|false] [-workers N] FILE.tla": it checks the model as
// TLC does. Exit status: 0 success, 1 a violation or an error in the spec,
// 2 usage or I/O trouble, 3 unsupported or incomplete.
func runModelcheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("modelcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	config := fs.String("config", "", "model configuration (default: FILE.cfg beside the spec)")
	format := fs.String("format", "text", "output format: text or json")
	var includes stringList
	fs.Var(&includes, "I", "folder to search for modules (repeatable)")
	maxStates := fs.Int64("max-states", 0, "stop after this many distinct states (result incomplete); 0: no bound")
	timeout := fs.Float64("timeout", 0, "stop after this many seconds (result incomplete); 0: no bound")
	deadlock := fs.Bool("deadlock", true, "check for deadlock (false: as TLC's -deadlock)")
	workers := fs.Int("workers", 1, "search goroutines; counts and verdicts do not depend on it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp modelcheck [-config FILE.cfg] [-format text|json] [-I DIR]... [-max-states N] [-timeout SECONDS] [-deadlock=true|false] [-workers N] FILE.tla")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "tla-gen-lsp modelcheck: unknown format %q (want text or json)\n", *format)
		return exitTrouble
	}
	if fs.NArg() != 1 || *maxStates < 0 || *timeout < 0 {
		fs.Usage()
		return exitTrouble
	}
	opts := tlc.Options{SpecPath: fs.Arg(0), ConfigPath: *config, SearchPaths: includes,
		MaxStates: *maxStates, Timeout: time.Duration(*timeout * float64(time.Second)), Workers: *workers}
	deadlockSet := false
	fs.Visit(func(f *flag.Flag) { deadlockSet = deadlockSet || f.Name == "deadlock" })
	if deadlockSet {
		opts.CheckDeadlock = deadlock
	}
	if *format == "text" {
		opts.Output = stdout
		opts.Progress = searchProgressPrinter(stdout, progressEvery)
	}
	tuneGCForSearch()
	res, err := tlc.Check(ctx, opts)
	if err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp modelcheck: %v\n", err)
		return exitTrouble
	}
	if *format == "json" {
		if res.Trace == nil {
			res.Trace = []tlc.TraceStep{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "tla-gen-lsp modelcheck: %v\n", err)
			return exitTrouble
		}
	} else {
		printModelcheck(stdout, res)
	}
	return modelcheckStatus(res.Result)
}

// tuneGCForSearch sets the collector for a model checking process. The
// search allocates many short-lived values and keeps little (fingerprints,
// the frontier), so collecting less often makes it markedly faster; a soft
// limit of a quarter of the machine's memory (the JVM's default heap for
// TLC) makes it collect harder before memory runs short. GOGC and
// GOMEMLIMIT set by the user win.
func tuneGCForSearch() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if total := physicalMemory(); total > 0 {
			debug.SetMemoryLimit(total / 4)
		}
	}
}

// physicalMemory is the machine's memory in bytes from /proc/meminfo, 0
// where there is none.
func physicalMemory() int64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "MemTotal:" {
			kib, err := strconv.ParseInt(f[1], 10, 64)
			if err == nil {
				return kib << 10
			}
		}
	}
	return 0
}

// progressEvery is how often a long text-mode run reports progress (TLC
// does every minute; a user at a terminal wants to see it move sooner).
const progressEvery = 10 * time.Second

// searchProgressPrinter writes TLC's progress line to w at most every interval.
func searchProgressPrinter(w io.Writer, every time.Duration) func(tlc.Progress) {
	var last tlc.Progress
	return func(p tlc.Progress) {
		if p.Elapsed-last.Elapsed < every {
			return
		}
		fmt.Fprintln(w, tlc.ProgressText(p, last, time.Now()))
		last = p
	}
}

// modelcheckStatus maps a verdict to the exit status.
func modelcheckStatus(o tlc.Outcome) int {
	switch o {
	case tlc.Success:
		return exitOK
	case tlc.Unsupported, tlc.Incomplete:
		return exitIncomplete
	}
	return exitFindings
}

// printModelcheck writes the answer as TLC's output reads (its
// warnings, tlc.ReportText), then the run's time.
func printModelcheck(w io.Writer, r *tlc.Result) {
	fmt.Fprint(w, tlc.WarningsText(r))
	fmt.Fprint(w, tlc.ReportText(r))
	fmt.Fprintf(w, "Finished in %dms.\n", r.ElapsedMs)
}
