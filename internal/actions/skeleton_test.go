package actions

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// definedNames lists the operators a skeleton defines, in order.
func definedNames(text string) []string {
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^([A-Za-z0-9_]+) ==`).FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	return names
}

func TestSkeletonKeepsDraftNamesAndAvoidsClashes(t *testing.T) {
	d := draft.Draft{
		Core: []draft.Function{
			{Name: "Lock"}, {Name: "Init"}, {Name: "Len"}, {Name: "WF_step"}, {Name: "count"}, {Name: "Next"},
		},
		Variables: []draft.Variable{{Name: "count"}, {Name: "queue", Type: "[]int"}, {Name: "held", Type: "bool"}},
	}
	module, text := Skeleton(d, SkeletonOptions{SourcePath: "/x/my-lock.go", DraftPath: "/x/my-lock.draft.md"})
	if module != "my_lock" {
		t.Fatalf("module = %q", module)
	}
	got := strings.Join(definedNames(text), " ")
	want := "vars TypeInvariant Init Lock InitAction LenAction xWF_step countAction NextAction Next Spec TypeOK"
	if got != want {
		t.Fatalf("definitions %q\nwant        %q\n%s", got, want, text)
	}
	checkClean(t, module, text)
	for _, w := range []string{"queue \\in Seq(Nat)", "queue = <<>>", "held \\in BOOLEAN", "count \\in Nat",
		"\\/ InitAction", "SKELETON", "named Init in the draft"} {
		if !strings.Contains(text, w) {
			t.Fatalf("skeleton lacks %q:\n%s", w, text)
		}
	}
}

func TestSkeletonOfEmptyDraft(t *testing.T) {
	module, text := Skeleton(draft.Draft{ModuleName: "Naturals"}, SkeletonOptions{SourcePath: "a.go"})
	if module != "NaturalsSpec" {
		t.Fatalf("module = %q, a standard module's name must not be reused", module)
	}
	checkClean(t, module, text)
	if !strings.Contains(text, "VARIABLES\n    state") || !strings.Contains(text, "Next ==\n    UNCHANGED vars") {
		t.Fatalf("skeleton:\n%s", text)
	}
}

func TestSkeletonCommentsCannotOpenBlockComments(t *testing.T) {
	d := draft.Draft{Core: []draft.Function{{Name: "F", Description: "uses (* and *) in\nits text"}}}
	_, text := Skeleton(d, SkeletonOptions{SourcePath: "a.go"})
	if strings.Contains(text, "(*") || strings.Contains(text, "*)") {
		t.Fatalf("block comment marks leaked:\n%s", text)
	}
}

// TestSkeletonsOfExamplesCheckClean generates the skeleton of each example
// in examples/ from its draft and checks it.
func TestSkeletonsOfExamplesCheckClean(t *testing.T) {
	drafts, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*", "*.draft.md"))
	if len(drafts) < 2 {
		t.Fatalf("found %d example drafts, want at least 2", len(drafts))
	}
	for _, draftPath := range drafts {
		t.Run(filepath.Base(draftPath), func(t *testing.T) {
			data, err := os.ReadFile(draftPath)
			if err != nil {
				t.Fatal(err)
			}
			d := draft.Parse(string(data))
			if len(d.Core) == 0 || len(d.Variables) == 0 {
				t.Fatalf("draft parsed to %+v", d)
			}
			source := strings.TrimSuffix(draftPath, ".draft.md") + ".go"
			module, text := Skeleton(d, SkeletonOptions{SourcePath: source, DraftPath: draftPath})
			if _, extracted, err := ExtractModule(text); err != nil || extracted != text {
				t.Fatalf("skeleton is not one whole module: %v", err)
			}
			defs := strings.Join(definedNames(text), " ")
			for _, f := range d.Core {
				if !strings.Contains(" "+defs+" ", " "+f.Name+" ") || !strings.Contains(text, "\\/ "+f.Name+"\n") {
					t.Fatalf("core function %s is not an action in Next:\n%s", f.Name, text)
				}
			}
			checkClean(t, module, text)
		})
	}
}

// checkClean writes a module to a file and checks it with sany.Check.
func checkClean(t *testing.T, module, text string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), module+".tla")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	diags, err := sany.Check(context.Background(), sany.Config{}, path)
	if err != nil || len(diags) != 0 {
		t.Fatalf("sany.Check: %v %v\n%s", diags, err, text)
	}
}

// TestSkeletonsOfDraftShapesCheckClean makes a skeleton from each draft in
// the draft package's testdata.
func TestSkeletonsOfDraftShapesCheckClean(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "draft", "testdata", "*"))
	if len(files) == 0 {
		t.Fatal("no draft testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		module, text := Skeleton(draft.Parse(string(data)), SkeletonOptions{SourcePath: f, DraftPath: f})
		checkClean(t, module, text)
	}
}
