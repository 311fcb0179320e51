package tla2tools

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
)

// loadCorpus reads the shared SANY corpus's manifest, skipping the test
// when the corpus is not there.
func loadCorpus(t *testing.T) (string, []manifest.Entry) {
	t.Helper()
	root := manifest.Corpus(t)
	entries, err := manifest.Read(filepath.Join(root, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return root, entries
}

// TestCorpusOutputParsing replays real SANY's recorded output for every
// corpus entry through Check (java being a stand-in that prints it) and
// requires the diagnostics to say what the manifest says SANY reported:
// kind, module, start and end, code and message of every error and
// warning, in order. It also checks that Check calls SANY as the corpus
// was produced (the stand-in refuses other arguments).
func TestCorpusOutputParsing(t *testing.T) {
	root, entries := loadCorpus(t)
	java, record := standInJava(t)
	jar := filepath.Join(t.TempDir(), "tla2tools.jar")
	if err := os.WriteFile(jar, []byte("not read by the stand-in"), 0o644); err != nil {
		t.Fatal(err)
	}
	expand := strings.NewReplacer(
		"${CORPUS}", root,
		"${STDLIB}", filepath.Join(t.TempDir(), "StandardModules"),
		"${TMPDIR}", t.TempDir())

	type job struct {
		entry manifest.Entry
		path  string
		libs  []string
	}
	var jobs []job
	for i, e := range entries {
		if testing.Short() && i%10 != 0 {
			continue // -short: every tenth entry
		}
		path := filepath.Join(root, e.Path)
		var libs []string
		for _, d := range e.LibraryDirs {
			libs = append(libs, filepath.Join(root, d))
		}
		record(path, recordedRun{
			Dir:      filepath.Dir(path),
			Args:     commandArgs(jar, libs, filepath.Base(path)),
			Stdout:   expand.Replace(e.RawOutput),
			Stderr:   expand.Replace(e.RawStderr),
			ExitCode: e.ExitCode,
		})
		jobs = append(jobs, job{e, path, libs})
	}

	// Each Check starts a process; run a few at once.
	results := make([][]string, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(4, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				diags, err := Check(context.Background(), Options{Java: java, Jar: jar, SearchPaths: j.libs}, j.path)
				if err != nil {
					results[i] = []string{err.Error()}
					continue
				}
				results[i] = compareWithManifest(diags, j.entry, j.path)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	failed := 0
	for i, problems := range results {
		if len(problems) == 0 {
			continue
		}
		failed++
		if failed <= 20 {
			t.Errorf("%s:\n  %s", jobs[i].entry.Path, strings.Join(problems, "\n  "))
		}
	}
	t.Logf("%d/%d corpus entries parsed exactly as the manifest records", len(jobs)-failed, len(jobs))
}

// compareWithManifest lists the differences between diags and what the
// manifest entry records.
func compareWithManifest(diags []sany.Diagnostic, e manifest.Entry, path string) []string {
	var errs, warns []sany.Diagnostic
	for _, d := range diags {
		if d.Severity == sany.SeverityError {
			errs = append(errs, d)
		} else {
			warns = append(warns, d)
		}
	}
	var problems []string
	compareList := func(what string, got []sany.Diagnostic, want []manifest.Error) {
		if len(got) != len(want) {
			problems = append(problems, fmt.Sprintf("%d %s, want %d: %v", len(got), what, len(want), got))
			return
		}
		for i := range got {
			for _, p := range compareReport(got[i], want[i], what == "warnings") {
				problems = append(problems, fmt.Sprintf("%s[%d]: %s", what, i, p))
			}
			if got[i].Module == moduleNameOf(path) && got[i].Path != path {
				problems = append(problems, fmt.Sprintf("%s[%d]: path %s, want the root file", what, i, got[i].Path))
			}
			if got[i].File != nil && got[i].File.Name() != got[i].Path {
				problems = append(problems, fmt.Sprintf("%s[%d]: file %s but path %s", what, i, got[i].File.Name(), got[i].Path))
			}
		}
	}
	compareList("errors", errs, e.Errors)
	compareList("warnings", warns, e.Warnings)
	return problems
}

// compareReport compares one diagnostic with the manifest's record.
func compareReport(d sany.Diagnostic, w manifest.Error, warning bool) []string {
	var problems []string
	differ := func(field string, got, want any) {
		problems = append(problems, fmt.Sprintf("%s = %v, want %v", field, got, want))
	}
	if !warning {
		if kind := corpusKind(d.Kind); kind != w.Kind {
			differ("kind", kind, w.Kind)
		}
	}
	wantModule := ""
	if w.Module != nil {
		wantModule = *w.Module
	}
	if d.Module != wantModule {
		differ("module", d.Module, wantModule)
	}
	if d.Message != w.Message {
		differ("message", fmt.Sprintf("%q", d.Message), fmt.Sprintf("%q", w.Message))
	}
	switch {
	case w.Code != nil && d.Code.String() != *w.Code:
		differ("code", d.Code.String(), *w.Code)
	case w.Code == nil && !warning && d.Code != 0:
		differ("code", d.Code.String(), "none")
	}
	if w.Line == nil {
		if d.HasLocation() {
			differ("location", d.SANYStart(), "none")
		}
		return problems
	}
	if !d.HasLocation() {
		return append(problems, fmt.Sprintf("no location, want line %d", *w.Line))
	}
	start := d.SANYStart()
	if start.Line != *w.Line {
		differ("line", start.Line, *w.Line)
	}
	if w.Col != nil && start.Column != *w.Col {
		differ("col", start.Column, *w.Col)
	}
	if w.EndLine != nil && w.EndCol != nil {
		end := d.EndInclusive()
		end.Line -= d.LineOffset
		if end.Line != *w.EndLine || end.Column != *w.EndCol {
			differ("end", fmt.Sprintf("%d:%d", end.Line, end.Column), fmt.Sprintf("%d:%d", *w.EndLine, *w.EndCol))
		}
	}
	return problems
}

// corpusKind names a diagnostic kind as the manifest does.
func corpusKind(k sany.Kind) string {
	if k == sany.KindModule {
		return "other"
	}
	return string(k)
}
