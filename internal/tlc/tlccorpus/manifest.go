package tlccorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// CorpusEnv names a TLC corpus folder to use instead of the shared one.
const CorpusEnv = "TLA_TLC_CORPUS"

// FileName is the manifest inside a corpus folder.
const FileName = "manifest.jsonl"

// Answer is what TLC answered on a model.
type Answer struct {
	Result         string `json:"result"`
	DistinctStates *int64 `json:"distinctStates"`
	TotalStates    *int64 `json:"totalStates"`
	StateDepth     *int   `json:"stateDepth"`
	WallMs         int64  `json:"wallMs"`
}

// Model is one line of manifest.jsonl.
type Model struct {
	Path        string   `json:"path"`
	Config      string   `json:"config"`
	Result      string   `json:"result"`
	Features    []string `json:"features"`
	Deadlock    bool     `json:"deadlock"`
	JVM         []string `json:"jvm"`
	Group       string   `json:"group"`
	LibraryDirs []string `json:"libraryDirs"`
	// TLCHere is TLC's answer when run beside the corpus (one worker):
	// the reference for counts and depth.
	TLCHere Answer `json:"tlcHere"`
}

// HasFeature reports whether the manifest lists feature f for m.
func (m Model) HasFeature(f string) bool {
	for _, x := range m.Features {
		if x == f {
			return true
		}
	}
	return false
}

// Load reads dir's manifest; paths in the models are made absolute.
func Load(dir string) ([]Model, error) {
	f, err := os.Open(filepath.Join(dir, FileName))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Model
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var m Model
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", FileName, line, err)
		}
		m.Path = filepath.Join(dir, m.Path)
		m.Config = filepath.Join(dir, m.Config)
		for i, d := range m.LibraryDirs {
			m.LibraryDirs[i] = filepath.Join(dir, d)
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

// SharedCorpus finds the TLC corpus: the folder $TLA_TLC_CORPUS names,
// else ../shared/tlc-corpus beside the module root. ok is false when
// there is none, so that tests can skip.
func SharedCorpus() (dir string, ok bool) {
	if dir := os.Getenv(CorpusEnv); dir != "" {
		return dir, true
	}
	manifest, ok := testenv.SharedPath("tlc-corpus", FileName)
	return filepath.Dir(manifest), ok
}

// ForTest loads the corpus SharedCorpus finds for a test or benchmark,
// which skips when there is none (fails where testenv requires shared
// materials) and fails on a manifest it cannot read.
func ForTest(tb testing.TB) (dir string, models []Model) {
	tb.Helper()
	dir, ok := SharedCorpus()
	if !ok {
		testenv.MissingShared(tb, "../shared/tlc-corpus")
	}
	models, err := Load(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, models
}
