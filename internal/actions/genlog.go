package actions

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// GenerationLogName is the file, in .tla-gen/<Module>/, that holds the log
// of the last generation of <Module>.tla.
const GenerationLogName = "generation.log"

// genLog is the log of one generation: each line goes at once to the
// caller's writer (the editor's output channel, the CLI's stderr) and is
// kept so that it can be saved beside the spec once the spec's folder is
// known. It never holds the API key: only what the user may see.
type genLog struct {
	live  io.Writer // nil: keep only
	now   func() time.Time
	lines bytes.Buffer
}

func newGenLog(live io.Writer, now func() time.Time) *genLog {
	if now == nil {
		now = time.Now
	}
	return &genLog{live: live, now: now}
}

// printf adds one line, stamped with the time.
func (l *genLog) printf(format string, args ...any) {
	line := l.now().UTC().Format("15:04:05") + " " + fmt.Sprintf(format, args...) + "\n"
	l.lines.WriteString(line)
	if l.live != nil {
		io.WriteString(l.live, line) // a failing log viewer must not stop generation
	}
}

// save writes the log so far to <stateDir>/generation.log.
func (l *genLog) save(stateDir string) (string, error) {
	path := filepath.Join(stateDir, GenerationLogName)
	return path, writeFileAtomic(path, l.lines.Bytes())
}

// removeStaleRounds deletes the round-N.tla files of an earlier
// generation, so that the folder shows only this run's rounds.
func removeStaleRounds(stateDir string) {
	old, _ := filepath.Glob(filepath.Join(stateDir, "round-*.tla"))
	for _, p := range old {
		os.Remove(p)
	}
}

// roundPath is where the text of round n is kept.
func roundPath(stateDir string, n int) string {
	return filepath.Join(stateDir, fmt.Sprintf("round-%d.tla", n))
}
