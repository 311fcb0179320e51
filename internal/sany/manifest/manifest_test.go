package manifest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadLongLinesAndNulls reads a manifest whose raw output is longer
// than bufio's default line limit, with the null fields SANY's records
// have, and checks that nulls stay distinct from zeros.
func TestReadLongLinesAndNulls(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	text := `{"path":"a/A.tla","origin":"mutant","verdict":"error","exitCode":255,` +
		`"errors":[{"kind":"parse","module":"A","line":3,"col":null,"endLine":null,"endCol":null,"message":"m","code":null,"parseStack":["s"]}],` +
		`"mutation":{"kind":"k","source":"s.tla","mutatedModule":"A"},"rawOutput":"` + long + `"}` + "\n\n" +
		`{"path":"b/B.tla","verdict":"ok","errors":[{"kind":"other","module":null,"line":0,"message":"crash"}],"mutation":null}` + "\n"
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	entries, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Fatalf("%d entries, want 2", len(entries))
	}
	a, b := entries[0], entries[1]
	if len(a.RawOutput) != len(long) || a.ExitCode != 255 || a.Mutation == nil || a.Mutation.Kind != "k" || a.Mutation.MutatedModule != "A" {
		t.Errorf("first entry read as %+v", a)
	}
	e := a.Errors[0]
	if e.Module == nil || *e.Module != "A" || e.Line == nil || *e.Line != 3 || e.Col != nil || e.Code != nil || len(e.ParseStack) != 1 {
		t.Errorf("first error read as %+v", e)
	}
	if b.Mutation != nil || b.Errors[0].Module != nil || b.Errors[0].Line == nil || *b.Errors[0].Line != 0 {
		t.Errorf("second entry read as %+v", b)
	}
}

// TestReadReportsTheBadLine checks that a malformed line is named.
func TestReadReportsTheBadLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte(`{"path":"a"}`+"\n{oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(path)
	if err == nil || !strings.Contains(err.Error(), FileName+":2:") {
		t.Fatalf("error %v, want one naming line 2", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "absent.jsonl")); !os.IsNotExist(err) {
		t.Fatalf("reading an absent file: %v, want not-exist", err)
	}
}

// TestSharedCorpusBesideModuleRoot lays out a module and a shared corpus
// beside it, and checks that SharedCorpus finds it from a subfolder and
// reports none once the manifest is gone.
func TestSharedCorpusBesideModuleRoot(t *testing.T) {
	t.Setenv(CorpusEnv, "")
	top := t.TempDir()
	repo := filepath.Join(top, "repo")
	sub := filepath.Join(repo, "internal", "x")
	corpus := filepath.Join(top, "shared", "sany-corpus")
	for _, d := range []string{sub, corpus} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	if dir, ok := SharedCorpus(); ok {
		t.Fatalf("found %s before the manifest exists", dir)
	}
	if err := os.WriteFile(filepath.Join(corpus, FileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	dir, ok := SharedCorpus()
	if !ok || dir != corpus {
		t.Fatalf("SharedCorpus() = %q, %v; want %q, true", dir, ok, corpus)
	}
}

// TestSharedCorpusFromEnvironment checks that a folder named in the
// environment wins and is returned even if it is not a corpus, so that a
// wrong name fails the tests instead of skipping them.
func TestSharedCorpusFromEnvironment(t *testing.T) {
	want := filepath.Join(t.TempDir(), "elsewhere")
	t.Setenv(CorpusEnv, want)
	if dir, ok := SharedCorpus(); !ok || dir != want {
		t.Fatalf("SharedCorpus() = %q, %v; want %q, true", dir, ok, want)
	}
}
