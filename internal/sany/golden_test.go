package sany

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// goldenDir holds the differential test's cases (mutants of corpus
// modules and hand-written LLM-style specs, see testdata/difftest) with
// the real SANY's answers in manifest.jsonl, in the corpus's schema.
const goldenDir = "testdata/sanygolden"

func loadGolden(t *testing.T) []corpusEntry {
	f, err := os.Open(filepath.Join(goldenDir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var entries []corpusEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var e corpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("empty golden manifest")
	}
	return entries
}

// TestGoldenConformance checks Check against the real SANY's recorded
// answers on the differential test's cases: the verdict must always agree
// and the first error must be where SANY puts its first one.
func TestGoldenConformance(t *testing.T) {
	entries := loadGolden(t)
	r := conform(t, goldenDir, entries)
	r.log(t)
	if r.verdict.ok != r.verdict.n {
		t.Errorf("verdict agreement %s, want 100%%", r.verdict)
	}
	if r.strict.ok != r.strict.n {
		t.Errorf("strict first-error position agreement %s, want 100%%", r.strict)
	}
}
