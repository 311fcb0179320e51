package cfg

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

// tlcCorpus finds ../shared/tlc-corpus beside the module root. Without it
// the test skips, unless TLA_GEN_REQUIRE_SHARED=1 says it must be there.
func tlcCorpus(t *testing.T) string {
	t.Helper()
	manifest := testenv.Shared(t, "tlc-corpus", "manifest.jsonl")
	return filepath.Dir(manifest)
}

// TestCorpusParses parses every .cfg of the shared TLC corpus (which real
// TLC accepted) and checks what it reads against the features the
// corpus manifest records for each model.
func TestCorpusParses(t *testing.T) {
	corpus := tlcCorpus(t)
	parsed := map[string]*Config{}
	failed := map[string]ErrorList{}
	err := filepath.WalkDir(filepath.Join(corpus, "specifications"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".cfg") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		c, perr := Parse(path, src)
		parsed[path] = c
		if perr != nil {
			failed[path] = perr.(ErrorList)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed) < 94 {
		t.Fatalf("parsed %d .cfg files, want at least the 94 models'", len(parsed))
	}

	f, err := os.Open(filepath.Join(corpus, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	models := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m struct {
			Config   string
			Features []string
		}
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		models++
		path := filepath.Join(corpus, m.Config)
		c := parsed[path]
		if c == nil {
			t.Errorf("%s: not parsed", m.Config)
			continue
		}
		for _, e := range failed[path] {
			t.Errorf("%s:%d:%d: %s (TLC accepted this file)", m.Config, e.Pos.Line, e.Pos.Column, e.Msg)
		}
		delete(failed, path)
		has := func(feature string) bool { return slices.Contains(m.Features, feature) }
		checks := []struct {
			feature string
			got     bool
		}{
			{"no deadlock check", c.CheckDeadlock != nil && !*c.CheckDeadlock},
			{"symmetry", c.Symmetry != nil},
			{"view", c.View != nil},
			{"alias", c.Alias != nil},
			{"constraint", len(c.Constraints) > 0},
			{"init-next", c.Init != nil && c.Next != nil && c.Specification == nil},
			{"cfg override", slices.ContainsFunc(c.Constants, func(k Constant) bool { return k.Subst != nil })},
		}
		for _, ck := range checks {
			if ck.got != has(ck.feature) {
				t.Errorf("%s: manifest feature %q is %v, parsed config says %v", m.Config, ck.feature, has(ck.feature), ck.got)
			}
		}
		// The manifest marks a model "liveness" also when its PROPERTIES
		// section is empty (acp/ACP_SB_TLC.cfg), so only one way holds.
		if len(c.Properties) > 0 && !has("liveness") {
			t.Errorf("%s: PROPERTY %s parsed, but the manifest does not say liveness", m.Config, c.Properties[0].Name)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if models != 94 {
		t.Errorf("manifest lists %d models, want 94", models)
	}
	// The .cfg files no model names were written for other tools
	// (Apalache reads negative integers, TLC does not): they may be
	// rejected, and the test shows why.
	for path, errs := range failed {
		t.Logf("not a TLC model: %s:%d:%d: %s", path, errs[0].Pos.Line, errs[0].Pos.Column, errs[0].Msg)
	}
	t.Logf("%d .cfg files parsed, %d models cross-checked, %d other files rejected", len(parsed), models, len(failed))
}
