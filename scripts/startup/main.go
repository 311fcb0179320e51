//go:build ignore

// Command startup measures how long one `tla-gen-lsp check` process takes
// beside a Go program that does nothing, all run alternately in the same
// run so that the machine's load weighs on each alike, and prints the
// medians and their ratio. It also runs `tla-gen-lsp version`, which does
// nothing but start the binary, to tell the cost of starting (runtime,
// every linked package's initialisation) from the cost of checking, and
// reports CPU time (user + system) beside wall time: on a shared machine
// it varies less. With -floor it also runs a program that links only the
// dependencies the design requires (scripts/startup/floor.go), the floor
// under check's start. scripts/startup.sh builds the programs and runs it.
//
//	go run scripts/startup/main.go -n 200 -empty EMPTY -bin BIN -- check FILE.tla
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// program is one command line and its measured runs.
type program struct {
	label     string
	name      string
	args      []string
	wall, cpu []time.Duration
}

func main() {
	n := flag.Int("n", 200, "runs of each program")
	empty := flag.String("empty", "", "the empty Go program")
	bin := flag.String("bin", "", "the tla-gen-lsp binary")
	floor := flag.String("floor", "", "a program linking only the dependencies the design requires (optional)")
	max := flag.Float64("max-ratio", 0, "exit 1 when the ratio of wall-time medians exceeds this (0: never)")
	flag.Parse()
	args := flag.Args()
	progs := []*program{
		{label: "empty Go program", name: *empty},
		{label: "tla-gen-lsp version", name: *bin, args: []string{"version"}},
		{label: "tla-gen-lsp " + shortArgs(args), name: *bin, args: args},
	}
	if *floor != "" {
		progs = append(progs, &program{label: "required dependencies alone", name: *floor})
	}
	for i := 0; i < *n; i++ {
		for _, p := range progs {
			wall, cpu := run(p.name, p.args...)
			p.wall = append(p.wall, wall)
			p.cpu = append(p.cpu, cpu)
		}
	}
	base := progs[0]
	for _, p := range progs {
		fmt.Printf("%-40s wall median %6.2f ms (%.2fx)   cpu median %6.2f ms (%.2fx)   over %d runs\n", p.label+":",
			ms(median(p.wall)), ratio(p.wall, base.wall), ms(median(p.cpu)), ratio(p.cpu, base.cpu), *n)
	}
	r := ratio(progs[2].wall, base.wall)
	fmt.Printf("ratio: %.2f\n", r)
	if *max > 0 && r > *max {
		fmt.Printf("FAIL: ratio above %.2f\n", *max)
		os.Exit(1)
	}
}

// run starts the program and waits for it, returning its wall time and
// the CPU time it used; a failure to start is fatal (an exit status of 1,
// for a check with findings, is not).
func run(name string, args ...string) (wall, cpu time.Duration) {
	cmd := exec.Command(name, args...)
	start := time.Now()
	err := cmd.Run()
	wall = time.Since(start)
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// shortArgs shows a command line with file names without their folders.
func shortArgs(args []string) string {
	short := make([]string, len(args))
	for i, a := range args {
		short[i] = filepath.Base(a)
	}
	return strings.Join(short, " ")
}

func ratio(ds, base []time.Duration) float64 { return float64(median(ds)) / float64(median(base)) }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
