package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// corpusDir finds the shared SANY corpus (see manifest.Corpus for when
// its absence skips and when it fails).
func corpusDir(t testing.TB) string { return manifest.Corpus(t) }

func readManifest(t testing.TB, root string) []manifest.Entry {
	entries, err := manifest.Read(filepath.Join(root, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

func parseFileAt(t testing.TB, path string) (*token.File, error, []string) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err, nil
	}
	f := token.NewFile(path, b)
	_, errs := ParseFile(f)
	var msgs []string
	for _, e := range errs {
		p := f.SANYPosition(e.Pos)
		msgs = append(msgs, strings.Join([]string{itoa(p.Line), itoa(p.Column), e.Msg}, ":"))
	}
	return f, nil, msgs
}

func itoa(n int) string {
	const digits = "0123456789"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%10]}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// TestCorpus checks the parser against real SANY's verdicts: files SANY
// parsed must parse, and lexical/parse errors must be found at SANY's
// line and column.
func TestCorpus(t *testing.T) {
	root := corpusDir(t)
	entries := readManifest(t, root)
	accepted, falseRejects := 0, 0
	errEntries, matched, mismatched := 0, 0, 0
	seen := map[string]bool{}
	for _, e := range entries {
		if e.Verdict == "ok" || (len(e.Errors) > 0 && e.Errors[0].Kind != "lexical" && e.Errors[0].Kind != "parse") {
			for _, m := range e.ModulesParsed {
				if strings.HasPrefix(m, "${STDLIB}") || strings.HasPrefix(m, "${TMPDIR}") {
					continue
				}
				path := filepath.Join(root, strings.TrimPrefix(m, "${CORPUS}/"))
				if seen[path] {
					continue
				}
				seen[path] = true
				b, err := os.ReadFile(path)
				if err != nil {
					t.Errorf("%s: %v", path, err)
					continue
				}
				f := token.NewFile(path, b)
				_, errs := ParseFile(f)
				if len(errs) == 0 {
					accepted++
					continue
				}
				falseRejects++
				p := f.SANYPosition(errs[0].Pos)
				t.Errorf("rejected a file SANY accepts: %s:%d:%d: %s", path, p.Line, p.Column, errs[0].Msg)
			}
			continue
		}
		if len(e.Errors) == 0 {
			continue
		}
		want := e.Errors[0]
		wantModule := derefString(want.Module)
		errEntries++
		path := findModule(root, e, wantModule)
		if path == "" {
			t.Errorf("%s: cannot find module %s", e.Path, wantModule)
			mismatched++
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			mismatched++
			continue
		}
		f := token.NewFile(path, b)
		af, errs := ParseFile(f)
		wantLine := deref(want.Line)
		if filepath.Base(path) != wantModule+".tla" {
			// SANY numbers lines of a module that follows another in the
			// same file from that module's header (it extracts it to a
			// temporary file).
			for _, m := range af.Modules {
				if m.Name != nil && m.Name.Name == wantModule {
					wantLine += f.SANYPosition(m.Pos()).Line - 1
				}
			}
		}
		if len(errs) == 0 {
			mismatched++
			t.Errorf("accepted a file SANY rejects: %s (SANY: %d:%v %s)", path, deref(want.Line), fmtCol(want.Col), firstLine(want.Message))
			continue
		}
		got := f.SANYPosition(errs[0].Pos)
		if got.Line == wantLine && (want.Col == nil || got.Column == *want.Col) {
			matched++
			continue
		}
		mismatched++
		t.Errorf("%s: first error at %d:%d %q; SANY at %d:%s %q", path, got.Line, got.Column, errs[0].Msg, wantLine, fmtCol(want.Col), firstLine(want.Message))
	}
	summary := "corpus: files accepted " + itoa(accepted) + ", wrongly rejected " + itoa(falseRejects) +
		"; error entries " + itoa(errEntries) + ", matched position " + itoa(matched) + ", mismatched " + itoa(mismatched)
	t.Log(summary)
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// derefString is *p, or "" for a null field (as decoding into a string
// would give).
func derefString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func fmtCol(p *int) string {
	if p == nil {
		return "any"
	}
	return itoa(*p)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// findModule finds the file of module name for entry e: the root's folder,
// then its library folders.
func findModule(root string, e manifest.Entry, name string) string {
	dirs := []string{filepath.Dir(filepath.Join(root, e.Path))}
	for _, d := range e.LibraryDirs {
		dirs = append(dirs, filepath.Join(root, d))
	}
	for _, d := range dirs {
		p := filepath.Join(d, name+".tla")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	// A module defined after another in the root file (SANY extracts it
	// to a temporary file).
	return filepath.Join(root, e.Path)
}
