package tla2tools

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// The tests run Check against a stand-in for java: this test binary,
// started again with standInEnv naming a folder of recorded runs. It looks
// up the run recorded for the file it is asked to check, verifies that it
// was called as SANY must be, prints what SANY printed and exits with
// SANY's status.
const standInEnv = "TLA2TOOLS_TEST_STANDIN_DIR"

// recordedRun is one SANY run the stand-in replays.
type recordedRun struct {
	Dir      string   `json:"dir"`  // folder SANY must run in
	Args     []string `json:"args"` // java's arguments
	Stdout   string   `json:"stdout"`
	Stderr   string   `json:"stderr"`
	ExitCode int      `json:"exitCode"`
	// Sleep makes the stand-in wait before answering, as a hung SANY.
	Sleep time.Duration `json:"sleep"`
}

func TestMain(m *testing.M) {
	if dir := os.Getenv(standInEnv); dir != "" {
		os.Exit(standIn(dir, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// standIn plays SANY's part for one run recorded in dir.
func standIn(dir string, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "stand-in: no arguments")
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
	if canonical(wd) != canonical(run.Dir) || !reflect.DeepEqual(args, run.Args) {
		fmt.Fprintf(os.Stderr, "stand-in: called in %s with %q, want in %s with %q\n", wd, args, run.Dir, run.Args)
		return 99
	}
	time.Sleep(run.Sleep)
	fmt.Fprint(os.Stdout, run.Stdout)
	fmt.Fprint(os.Stderr, run.Stderr)
	return run.ExitCode
}

// runKey names the recorded run of the file at an absolute path.
func runKey(path string) string {
	sum := sha256.Sum256([]byte(canonical(path)))
	return hex.EncodeToString(sum[:8])
}

// canonical resolves symbolic links (a temporary folder may be reached
// through one), so that the stand-in and the test agree on names.
func canonical(path string) string {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		return p
	}
	return filepath.Clean(path)
}

// standInJava records runs in a fresh folder, points the stand-in at it
// for the rest of the test, and returns the "java" to pass to Check and a
// function that records the run for one file.
func standInJava(t *testing.T) (java string, record func(file string, run recordedRun)) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(standInEnv, dir)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	record = func(file string, run recordedRun) {
		t.Helper()
		data, err := json.Marshal(run)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, runKey(file)+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return exe, record
}
