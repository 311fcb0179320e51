package manifest

import (
	"os"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// CorpusEnv names a SANY corpus folder to use instead of the shared one.
const CorpusEnv = "TLA_SANY_CORPUS"

// FileName is the manifest's name inside a corpus folder.
const FileName = "manifest.jsonl"

// SharedCorpus finds the SANY corpus: the folder $TLA_SANY_CORPUS names,
// else ../shared/sany-corpus beside the module root (the folder holding
// go.mod, found upwards from the working directory) if its manifest is
// there. ok is false when there is none.
//
// A folder named in the environment is returned as it is, without
// looking at it: whoever named it wants it read, and a wrong name should
// fail loudly rather than skip.
func SharedCorpus() (dir string, ok bool) {
	if dir := os.Getenv(CorpusEnv); dir != "" {
		return dir, true
	}
	if _, ok := testenv.SharedPath("sany-corpus", FileName); !ok {
		return "", false
	}
	dir, _ = testenv.SharedPath("sany-corpus")
	return dir, true
}

// Corpus is SharedCorpus for a test that needs it: without a corpus the
// test skips, or fails when TLA_GEN_REQUIRE_SHARED=1 (see testenv).
func Corpus(t testing.TB) string {
	t.Helper()
	dir, ok := SharedCorpus()
	if !ok {
		testenv.MissingShared(t, "the SANY corpus (../shared/sany-corpus beside the module root, or $"+CorpusEnv+")")
	}
	return dir
}
