// Command standin plays java running SANY in the tla2tools tests. The
// folder named by $TLA2TOOLS_TEST_STANDIN_DIR holds recorded runs, one
// JSON file per checked file; the stand-in finds the one for the file it
// is asked about (its last argument, in its working folder), verifies it
// was called as SANY must be, prints what SANY printed and exits with
// SANY's status. Any mismatch exits with 99 and says why on stderr.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// recordedRun must match the tests' type of the same name.
type recordedRun struct {
	Dir      string        `json:"dir"`
	Args     []string      `json:"args"`
	Stdout   string        `json:"stdout"`
	Stderr   string        `json:"stderr"`
	ExitCode int           `json:"exitCode"`
	Sleep    time.Duration `json:"sleep"`
}

func main() { os.Exit(standIn(os.Getenv("TLA2TOOLS_TEST_STANDIN_DIR"), os.Args[1:])) }

func standIn(dir string, args []string) int {
	if dir == "" || len(args) == 0 {
		fmt.Fprintln(os.Stderr, "stand-in: no recorded runs or no arguments")
		return 99
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "stand-in:", err)
		return 99
	}
	file := filepath.Join(wd, args[len(args)-1])
	data, err := os.ReadFile(filepath.Join(dir, runKey(file)+".json"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "stand-in: no run recorded for %s: %v\n", file, err)
		return 99
	}
	var run recordedRun
	if err := json.Unmarshal(data, &run); err != nil {
		fmt.Fprintln(os.Stderr, "stand-in:", err)
		return 99
	}
	if canonical(wd) != canonical(run.Dir) || !slices.Equal(args, run.Args) {
		fmt.Fprintf(os.Stderr, "stand-in: called in %s with %q, want in %s with %q\n", wd, args, run.Dir, run.Args)
		return 99
	}
	time.Sleep(run.Sleep)
	fmt.Fprint(os.Stdout, run.Stdout)
	fmt.Fprint(os.Stderr, run.Stderr)
	return run.ExitCode
}

// runKey must match the tests' function of the same name.
func runKey(path string) string {
	sum := sha256.Sum256([]byte(canonical(path)))
	return hex.EncodeToString(sum[:8])
}

func canonical(path string) string {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		return p
	}
	return filepath.Clean(path)
}
