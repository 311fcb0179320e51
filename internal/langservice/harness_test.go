package langservice_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// A workspace of testdata is a folder of .tla files. Cursor markers are
// comments (*@name*) written just before the text the cursor is on; they
// are removed before the files are analysed (from an overlay), and the
// cursor is where the marker was. Files with "\* want"
// lines are roots: each line is one expectation
//
//	\* want FEATURE MARKER ARGS...
//
// whose ARGS each feature's test reads (words, or "quoted strings").
type workspace struct {
	dir     string
	markers map[string]marker
	texts   sany.Overlay // the files without their markers
}

type marker struct {
	path string
	off  token.Pos
}

type want struct {
	root    string
	line    int
	feature string
	args    []string
}

var markerRE = regexp.MustCompile(`\(\*@([A-Za-z0-9_]+)\*\)`)
var argRE = regexp.MustCompile(`"[^"]*"|\S+`)

func loadWorkspace(t *testing.T, dir string) (*workspace, []want) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace{dir: abs, markers: map[string]marker{}, texts: sany.Overlay{}}
	files, _ := filepath.Glob(filepath.Join(abs, "*.tla"))
	var wants []want
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		removed := 0
		for _, m := range markerRE.FindAllSubmatchIndex(text, -1) {
			name := string(text[m[2]:m[3]])
			if _, dup := ws.markers[name]; dup {
				t.Fatalf("%s: marker %s twice", f, name)
			}
			ws.markers[name] = marker{path: f, off: token.Pos(m[0] - removed)}
			removed += m[1] - m[0]
		}
		ws.texts[f] = markerRE.ReplaceAll(text, nil)
		for i, line := range strings.Split(string(text), "\n") {
			rest, ok := strings.CutPrefix(strings.TrimSpace(line), `\* want `)
			if !ok {
				continue
			}
			args := argRE.FindAllString(rest, -1)
			for j, a := range args {
				args[j] = strings.Trim(a, `"`)
			}
			wants = append(wants, want{root: f, line: i + 1, feature: args[0], args: args[1:]})
		}
	}
	return ws, wants
}

// at returns the marker's position, failing the test if it is unknown.
func (ws *workspace) at(t *testing.T, w want, name string) marker {
	t.Helper()
	m, ok := ws.markers[name]
	if !ok {
		t.Fatalf("%s:%d: no marker %s", w.root, w.line, name)
	}
	return m
}

// target resolves a definition target: a marker, FILE#word (the first
// occurrence of word in FILE of the workspace) or stdlib:Module#word.
func (ws *workspace) target(t *testing.T, w want, spec string) marker {
	t.Helper()
	file, word, ok := strings.Cut(spec, "#")
	if !ok {
		return ws.at(t, w, spec)
	}
	var path string
	var text []byte
	if mod, isStd := strings.CutPrefix(file, "stdlib:"); isStd {
		path = stdlib.Path(mod)
		text, _ = stdlib.Lookup(mod)
	} else {
		path = filepath.Join(ws.dir, file)
		text = ws.texts[path]
	}
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`)
	loc := re.FindIndex(text)
	if loc == nil {
		t.Fatalf("%s:%d: %q not in %s", w.root, w.line, word, file)
	}
	return marker{path: path, off: token.Pos(loc[0])}
}

// analyze analyses root as the editor would, with the workspace's
// texts as unsaved buffers.
func (ws *workspace) analyze(t *testing.T, root string) *langservice.Spec {
	t.Helper()
	a, err := sany.Analyze(context.Background(), sany.Config{Overlay: ws.texts}, root)
	if err != nil {
		t.Fatal(err)
	}
	return langservice.New(a)
}

// forEachWant runs f on every expectation of feature in the workspaces
// under testdata/nav.
func forEachWant(t *testing.T, feature string, f func(t *testing.T, ws *workspace, s *langservice.Spec, w want)) {
	dirs, _ := filepath.Glob("testdata/nav/*")
	sort.Strings(dirs)
	ran := 0
	for _, dir := range dirs {
		ws, wants := loadWorkspace(t, dir)
		specs := map[string]*langservice.Spec{}
		for _, w := range wants {
			if w.feature != feature {
				continue
			}
			if specs[w.root] == nil {
				specs[w.root] = ws.analyze(t, w.root)
			}
			ran++
			t.Run(filepath.Base(dir)+":"+strings.Join(w.args, "_"), func(t *testing.T) { f(t, ws, specs[w.root], w) })
		}
	}
	if ran == 0 {
		t.Fatalf("no %s expectations in testdata/nav", feature)
	}
}

// textAt returns the text of loc.
func textAt(loc langservice.Location) string {
	if loc.File == nil || int(loc.End) > loc.File.Size() {
		return ""
	}
	return string(loc.File.Text()[loc.Pos:loc.End])
}
