package tlccorpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadMakesPathsAbsolute(t *testing.T) {
	dir := t.TempDir()
	line := `{"path": "specifications/A/A.tla", "config": "specifications/A/A.cfg", "result": "success", "features": ["liveness"], "libraryDirs": ["../lib"], "tlcHere": {"result": "success", "distinctStates": 3, "totalStates": 4, "stateDepth": 2, "wallMs": 10}}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	models, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(models) != 1 {
		t.Fatalf("got %d models, want 1", len(models))
	}
	m := models[0]
	if m.Path != filepath.Join(dir, "specifications/A/A.tla") || m.LibraryDirs[0] != filepath.Join(dir, "../lib") {
		t.Errorf("paths not resolved: %+v", m)
	}
	if *m.TLCHere.DistinctStates != 3 || *m.TLCHere.StateDepth != 2 || !m.HasFeature("liveness") || m.HasFeature("view") {
		t.Errorf("fields not read: %+v", m)
	}
}

func TestLoadReportsBadLines(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte("{\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Fatal("a malformed manifest loaded without error")
	}
}
