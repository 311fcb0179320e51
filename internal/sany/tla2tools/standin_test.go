package tla2tools

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// The tests run Check against a stand-in for java (testdata/standin), a
// small program built once in TestMain: it looks up the run recorded for
// the file it is asked to check in the folder named by standInEnv,
// verifies that it was called as SANY must be, prints what SANY printed
// and exits with SANY's status. A separate small program rather than this
// test binary re-executed: it starts in milliseconds even under -race.
const standInEnv = "TLA2TOOLS_TEST_STANDIN_DIR"

// recordedRun is one SANY run the stand-in replays (the stand-in has its
// own copy of this type).
type recordedRun struct {
	Dir      string        `json:"dir"`  // folder SANY must run in
	Args     []string      `json:"args"` // java's arguments
	Stdout   string        `json:"stdout"`
	Stderr   string        `json:"stderr"`
	ExitCode int           `json:"exitCode"`
	Sleep    time.Duration `json:"sleep"` // wait before answering, as a hung SANY
}

// standInPath is the built stand-in; standInErr says why there is none.
var (
	standInPath string
	standInErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tla2tools-standin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	standInPath, standInErr = buildStandIn(dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildStandIn builds testdata/standin into dir with the go command that
// runs the tests.
func buildStandIn(dir string) (string, error) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		goTool = "go"
	}
	exe := filepath.Join(dir, "java")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	cmd := exec.Command(goTool, "build", "-o", exe, "./testdata/standin")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%v: %s", err, out)
	}
	return exe, nil
}

// runKey names the recorded run of the file at an absolute path (the
// stand-in computes the same).
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
	if standInErr != nil {
		t.Skipf("cannot build the java stand-in: %v", standInErr)
	}
	dir := t.TempDir()
	t.Setenv(standInEnv, dir)
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
	return standInPath, record
}
