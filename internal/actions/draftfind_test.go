package actions

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
)

func TestFindDraftOrder(t *testing.T) {
	dir := t.TempDir()
	source := filepath.Join(dir, "raft.go")
	// Created from the last choice to the first; each must win once it exists.
	order := []string{"draft.md", "draft_analysis.md", "draft_analysis.txt", "raft.draft", "raft.draft.txt", "raft.draft.md", "raft.go.draft.md"}
	if _, ok := FindDraft(source, config.DefaultDraftNames); ok {
		t.Fatal("found a draft in an empty folder")
	}
	os.Mkdir(filepath.Join(dir, "raft.go.draft.md.d"), 0o755)
	for _, name := range order {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		got, ok := FindDraft(source, config.DefaultDraftNames)
		if !ok || got != filepath.Join(dir, name) {
			t.Fatalf("after creating %s: got %q %t", name, got, ok)
		}
	}
}

func TestFindDraftSkipsFolders(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "draft.md"), 0o755)
	if p, ok := FindDraft(filepath.Join(dir, "a.go"), []string{"draft.md"}); ok {
		t.Fatalf("a folder was taken for a draft: %s", p)
	}
}
