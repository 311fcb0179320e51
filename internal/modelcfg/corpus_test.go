package modelcfg

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// tlcCorpus finds ../shared/tlc-corpus beside the module root; without it
// the test skips unless TLA_GEN_REQUIRE_SHARED=1.
func tlcCorpus(t *testing.T) string {
	t.Helper()
	manifest := testenv.Shared(t, "tlc-corpus", "manifest.jsonl")
	return filepath.Dir(manifest)
}

// TestCheckAcceptsTheCorpus holds every model of the TLC corpus, which
// real TLC ran, to Check: no errors may be found in any of them, since
// TLC accepted each configuration for its spec.
func TestCheckAcceptsTheCorpus(t *testing.T) {
	corpus := tlcCorpus(t)
	f, err := os.Open(filepath.Join(corpus, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	models, names := 0, 0
	for sc.Scan() {
		var m struct {
			Path, Config string
			LibraryDirs  []string
		}
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		var dirs []string
		for _, d := range m.LibraryDirs {
			dirs = append(dirs, filepath.Join(corpus, d))
		}
		spec, err := Load(filepath.Join(corpus, m.Path), nil, Options{SearchPaths: dirs})
		if err != nil {
			t.Errorf("%s: %v", m.Path, err)
			continue
		}
		src, err := os.ReadFile(filepath.Join(corpus, m.Config))
		if err != nil {
			t.Fatal(err)
		}
		c, err := cfg.Parse(m.Config, src)
		if err != nil {
			t.Errorf("%s: %v", m.Config, err)
			continue
		}
		models++
		names += len(c.Constants) + len(c.Invariants) + len(c.Properties)
		for _, p := range Check(spec, c) {
			if p.Severity == SeverityError {
				t.Errorf("%s:%d:%d: %s", m.Config, p.Pos.Line, p.Pos.Column, p.Message)
			}
		}
		generatedAccepted(t, m.Path, spec)
		mutantsRejected(t, m.Config, spec, c)
	}
	if models != 94 {
		t.Errorf("checked %d models, want 94", models)
	}
	t.Logf("%d models, %d constants/invariants/properties checked", models, names)
}

// generatedAccepted checks that the configuration Generate writes for a
// spec parses and passes Check, except for what its notes admit (an
// operator constant it cannot give a value).
func generatedAccepted(t *testing.T, path string, spec *Spec) {
	t.Helper()
	res := Generate(spec, draft.Draft{})
	c, err := cfg.Parse("generated.cfg", []byte(res.Text))
	if err != nil {
		t.Errorf("%s: the generated .cfg does not parse: %v\n%s", path, err, res.Text)
		return
	}
	for _, p := range Check(spec, c) {
		if p.Severity != SeverityError {
			continue
		}
		admitted := false
		for _, d := range spec.Constants {
			if d.Arity > 0 && strings.Contains(p.Message, "constant "+d.Name+" ") {
				admitted = true
			}
		}
		if !admitted {
			t.Errorf("%s: generated .cfg: %d:%d: %s\n%s", path, p.Pos.Line, p.Pos.Column, p.Message, res.Text)
		}
	}
}

// mutantsRejected breaks a configuration TLC accepted in the two ways
// Check must notice: a constant left without a value, an invariant that
// names nothing.
func mutantsRejected(t *testing.T, path string, spec *Spec, c *cfg.Config) {
	t.Helper()
	for i, k := range c.Constants {
		if _, declared := spec.Constant(k.Name.Name); !declared || k.Module != "" {
			continue
		}
		mutant := *c
		mutant.Constants = slices.Delete(slices.Clone(c.Constants), i, i+1)
		if !hasError(Check(spec, &mutant), "constant "+k.Name.Name+" ") {
			t.Errorf("%s: without %s's value Check finds no error", path, k.Name.Name)
		}
		break
	}
	if len(c.Invariants) > 0 {
		mutant := *c
		mutant.Invariants = slices.Clone(c.Invariants)
		mutant.Invariants[0].Name = "NoSuchInvariant"
		if !hasError(Check(spec, &mutant), "defines no operator NoSuchInvariant") {
			t.Errorf("%s: an undefined invariant goes unnoticed", path)
		}
	}
}

func hasError(ps []Problem, substring string) bool {
	for _, p := range ps {
		if p.Severity == SeverityError && strings.Contains(p.Message, substring) {
			return true
		}
	}
	return false
}
