package conformance

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestCheckCorpus runs Check on every module of the shared examples that
// parses. Hand-written specs break the prompt's rules freely, so it checks
// soundness: no panic, every range inside the file, and the Spec shape
// check accepting the many real specs written as Init /\ [][Next]_vars.
func TestCheckCorpus(t *testing.T) {
	corpus := manifest.Corpus(t)
	root := filepath.Join(corpus, "examples")
	checked, specsOK := 0, 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tla") {
			return err
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f := token.NewFile(path, text)
		file, errs := parser.ParseFile(f)
		if len(errs) > 0 || len(file.Modules) == 0 {
			return nil
		}
		mod := file.Modules[0]
		diags := Check(f, mod, Expectations{CoreFunctions: []string{"Next", "no_such_function"}})
		checked++
		specWarned := false
		for _, d := range diags {
			if d.Pos < 0 || d.End < d.Pos || int(d.End) > len(text) {
				t.Errorf("%s: diagnostic outside the file: %s [%d,%d)", path, d, d.Pos, d.End)
			}
			if strings.HasPrefix(d.Message, "Spec should be") {
				specWarned = true
			}
		}
		if !specWarned && collect(mod).defs["Spec"] != nil {
			specsOK++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("checked %d modules; %d have a Spec of the template's form", checked, specsOK)
	// Floors at what was measured (286 modules parse, 72 have the
	// template's Spec): fewer means the parser or the shape check regressed.
	if checked < 286 {
		t.Errorf("checked only %d modules, below the floor of 286", checked)
	}
	if specsOK < 72 {
		t.Errorf("%d modules have a Spec of the form Init /\\ [][Next]_vars, below the floor of 72: the shape check is too strict", specsOK)
	}
}

func TestCheckNilModule(t *testing.T) {
	if d := Check(token.NewFile("x.tla", nil), nil, Expectations{CoreFunctions: []string{"a"}}); d != nil {
		t.Errorf("Check(nil module) = %v, want nil", d)
	}
}
