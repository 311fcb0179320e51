package sany

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/expect"
)

// TestSemanticTestdata checks each testdata/semantic/*.tla file: every
// error Check reports in the file must be announced by an ERROR comment
// (internal/sany/expect) right after its range, with its code and a part
// of its message, and every ERROR comment must be matched.
func TestSemanticTestdata(t *testing.T) {
	files, err := filepath.Glob("testdata/semantic/*.tla")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := expect.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			diags, err := Check(context.Background(), Config{}, path)
			if err != nil {
				t.Fatal(err)
			}
			used := make([]bool, len(want))
			for _, d := range diags {
				if d.Severity != SeverityError || d.Kind == KindModule && d.Code == 0 {
					continue
				}
				found := false
				for i, w := range want {
					if !used[i] && w.At(int(d.Pos), int(d.End)) && w.Matches("ERROR", d.Code.String(), d.Message) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("unexpected %s (%s) ending at offset %d", d, d.Code, d.End)
				}
			}
			for i, w := range want {
				if !used[i] {
					t.Errorf("missing %s", w)
				}
			}
		})
	}
}

// TestLevelErrorOrder checks that level errors come in the order of
// SANY's level checker passes (RECURSIVE sections, definitions, then
// top-level INSTANCE nodes), not in source order, as real SANY printed
// them for testdata/semantic/InstanceLevels.tla.
func TestLevelErrorOrder(t *testing.T) {
	diags, err := Check(context.Background(), Config{}, "testdata/semantic/InstanceLevels.tla")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%s@%d", d.Code, d.Start().Line))
	}
	want := []string{
		"RECURSIVE_OPERATOR_PRIMES_PARAMETER@18",
		"ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING@15",
		"INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED@11",
		"INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED@12",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("level errors in order\n got %v\nwant %v", got, want)
	}
}

// TestRecordLint checks SANY's record field lint on
// testdata/lint/Records.tla against the warnings real SANY gave.
func TestRecordLint(t *testing.T) {
	diags, err := Check(context.Background(), Config{}, "testdata/lint/Records.tla")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		p := d.Start()
		got = append(got, fmt.Sprintf("%s %s %s@%d:%d", d.Severity, d.Kind, d.Code, p.Line, p.Column))
		if !strings.Contains(d.Message, "identical to the existing definition or declaration\nnamed type, located at line 5, col 1 to line 5, col 11 of module Records.") {
			t.Errorf("message %q", d.Message)
		}
	}
	want := "warning lint RECORD_CONSTRUCTOR_FIELD_NAME_CLASH@6:11 warning lint RECORD_CONSTRUCTOR_FIELD_NAME_CLASH@11:15"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
}
