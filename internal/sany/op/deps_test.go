package op_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsOnlyTheStandardLibrary holds the package to its doc comment:
// the scanner, the parser, the semantic checker and the editor services
// all import it, so it may import none of them (nor anything else).
func TestImportsOnlyTheStandardLibrary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		t.Fatalf("go list -deps listed %d packages", len(lines))
	}
	for _, l := range lines {
		path, std, _ := strings.Cut(l, " ")
		if std != "true" && !strings.HasSuffix(path, "/internal/sany/op") {
			t.Errorf("internal/sany/op depends on %s", path)
		}
	}
}
