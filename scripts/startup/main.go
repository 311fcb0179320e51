//go:build ignore

// Command startup measures how long one `tla-gen-lsp check` process takes
// beside a Go program that does nothing, both run alternately in the same
// run so that the machine's load weighs on both alike, and prints the
// medians and their ratio. scripts/startup.sh builds both and runs it.
//
//	go run scripts/startup/main.go -n 200 -empty EMPTY -bin BIN -- check FILE.tla
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"time"
)

func main() {
	n := flag.Int("n", 200, "runs of each program")
	empty := flag.String("empty", "", "the empty Go program")
	bin := flag.String("bin", "", "the tla-gen-lsp binary")
	max := flag.Float64("max-ratio", 0, "exit 1 when the ratio of medians exceeds this (0: never)")
	flag.Parse()
	args := flag.Args()
	var emptyRuns, binRuns []time.Duration
	for i := 0; i < *n; i++ {
		emptyRuns = append(emptyRuns, run(*empty))
		binRuns = append(binRuns, run(*bin, args...))
	}
	e, b := median(emptyRuns), median(binRuns)
	ratio := float64(b) / float64(e)
	fmt.Printf("empty Go program:     median %6.2f ms over %d runs\n", ms(e), *n)
	fmt.Printf("tla-gen-lsp %v: median %6.2f ms over %d runs\n", args, ms(b), *n)
	fmt.Printf("ratio: %.2f\n", ratio)
	if *max > 0 && ratio > *max {
		fmt.Printf("FAIL: ratio above %.2f\n", *max)
		os.Exit(1)
	}
}

// run starts the program and waits for it; a failure to start is fatal
// (an exit status of 1, for a check with findings, is not).
func run(name string, args ...string) time.Duration {
	cmd := exec.Command(name, args...)
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	return d
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
