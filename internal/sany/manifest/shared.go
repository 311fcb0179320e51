package manifest

import (
	"os"
	"path/filepath"
)

// CorpusEnv names a SANY corpus folder to use instead of the shared one.
const CorpusEnv = "TLA_SANY_CORPUS"

// FileName is the manifest's name inside a corpus folder.
const FileName = "manifest.jsonl"

// SharedCorpus finds the SANY corpus: the folder $TLA_SANY_CORPUS names,
// else ../shared/sany-corpus beside the module root (the folder holding
// go.mod, found upwards from the working directory) if its manifest is
// there. ok is false when there is none, so that tests can skip.
//
// A folder named in the environment is returned as it is, without
// looking at it: whoever named it wants it read, and a wrong name should
// fail loudly rather than skip.
func SharedCorpus() (dir string, ok bool) {
	if dir := os.Getenv(CorpusEnv); dir != "" {
		return dir, true
	}
	root, ok := moduleRoot()
	if !ok {
		return "", false
	}
	dir = filepath.Join(filepath.Dir(root), "shared", "sany-corpus")
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		return "", false
	}
	return dir, true
}

// moduleRoot is the nearest folder holding go.mod at or above the
// working directory.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
