package mcp

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsNothingOfLSP holds the package to its doc comment: the MCP
// server is a front end of its own, not a client of the language server.
func TestImportsNothingOfLSP(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps listed %d packages", len(deps))
	}
	for _, d := range deps {
		if strings.HasSuffix(d, "/internal/lsp") || strings.Contains(d, "/internal/lsp/") || strings.HasPrefix(d, "go.lsp.dev/") {
			t.Errorf("internal/mcp depends on %s", d)
		}
	}
}
