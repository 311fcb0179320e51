package sany

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
)

// goldenDir holds the differential test's cases (mutants of corpus
// modules and hand-written LLM-style specs, see testdata/difftest) with
// the real SANY's answers in manifest.jsonl, in the corpus's schema.
const goldenDir = "testdata/sanygolden"

func loadGolden(t *testing.T) []manifest.Entry {
	entries, err := manifest.Read(filepath.Join(goldenDir, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("empty golden manifest")
	}
	// The README opens with the count; keep it true.
	readme, err := os.ReadFile(filepath.Join(goldenDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("\n%d root modules ", len(entries)); !strings.Contains(string(readme), want) {
		t.Errorf("%s/README.md does not say %q: update its count", goldenDir, strings.TrimSpace(want))
	}
	return entries
}

// loadKnown reads known.txt: the cases where we still disagree with SANY
// for a reason written down there.
func loadKnown(t *testing.T) map[string]string {
	b, err := os.ReadFile(filepath.Join(goldenDir, "known.txt"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, why, _ := strings.Cut(line, "\t")
		known[path] = why
	}
	return known
}

// TestGoldenConformance checks Check against the real SANY's recorded
// answers on the differential test's cases: the verdict must agree and
// the first error must be where SANY puts its first one, except on the
// cases known.txt lists, which must still disagree (so that the list
// shrinks as they are fixed).
func TestGoldenConformance(t *testing.T) {
	entries := loadGolden(t)
	known := loadKnown(t)
	r := conform(t, goldenDir, entries)
	r.log(t)
	r.requireFloors(t, floors{
		verdict: ratio{986, 986}, strict: ratio{706, 706}, lenient: ratio{706, 706}, anyOf: ratio{706, 706},
		kinds: ratio{724, 725}, warnings: ratio{261, 261}, allErrors: ratio{461, 461},
	})
	t.Logf("known disagreements: %d (see %s/known.txt)", len(known), goldenDir)
	missed := map[string]bool{}
	for _, m := range append(r.verdictMiss, r.posMiss...) {
		path, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(m, "FP "), "FN "), ": ")
		missed[path] = true
		if _, ok := known[path]; !ok {
			t.Errorf("disagreement with SANY: %s", m)
		}
	}
	for path := range known {
		if !missed[path] {
			t.Errorf("%s now agrees with SANY: delete its line from known.txt", path)
		}
	}
}
