package actions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/testenv"
)

func TestEmbeddedPromptEqualsSharedPrompt(t *testing.T) {
	shared, err := os.ReadFile(testenv.Shared(t, "prompts", "translate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if string(shared) != translatePrompt {
		t.Fatal("internal/actions/prompts/translate.txt differs from ../shared/prompts/translate.txt; copy the shared one again")
	}
}

func TestFillPromptIsLiteral(t *testing.T) {
	tmpl := "D:{draft_analysis}\nS:{source_code}\nkeep {{.Braces}} and {other}"
	got := FillPrompt(tmpl, "draft with {source_code} inside", "src with {draft_analysis} and $1")
	want := "D:draft with {source_code} inside\nS:src with {draft_analysis} and $1\nkeep {{.Braces}} and {other}"
	if got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	full := FillPrompt(translatePrompt, "THE-DRAFT", "THE-SOURCE")
	if !strings.Contains(full, "THE-DRAFT") || !strings.Contains(full, "THE-SOURCE") || strings.Contains(full, "{source_code}") {
		t.Fatal("embedded prompt not filled")
	}
}

func TestPromptFileOverrides(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.txt")
	os.WriteFile(p, []byte("custom {source_code}"), 0o644)
	got, err := loadPromptTemplate(p)
	if err != nil || got != "custom {source_code}" {
		t.Fatalf("got %q, %v", got, err)
	}
	os.WriteFile(p, []byte("no placeholder"), 0o644)
	if _, err := loadPromptTemplate(p); err == nil || !strings.Contains(err.Error(), "{source_code}") {
		t.Fatalf("err = %v", err)
	}
	if _, err := loadPromptTemplate(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "promptFile") {
		t.Fatalf("err = %v", err)
	}
	if got, _ := loadPromptTemplate(""); got != translatePrompt {
		t.Fatal("empty promptFile does not give the embedded prompt")
	}
}
