package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Init budgets, in bytes allocated by a package's initialisation (Go's
// GODEBUG=inittrace=1 reports them; they are exact for a build, unlike
// times). They keep `tla-gen-lsp check` lean by construction: package
// level work is paid by every process, and `check` uses little of the
// binary. See "A lean start" in docs/architecture.md.
const (
	// ownInitBudget bounds each package of this module: package-level
	// regexps and tables, the checker's own included (the scanner's
	// lexicon, the operator table's indexes, the built-in scope), are
	// built on first use (internal/lazy, sync.OnceValue).
	ownInitBudget = 8 << 10
	// ownTotalBudget bounds this module's packages together: about 16 KB
	// (small dispatch maps and sync.OnceValue closures).
	ownTotalBudget = 24 << 10
	// dependencyInitBudget bounds each package of the standard library or
	// another module: a new dependency that builds big tables at start
	// (or a new version that starts to) fails here.
	dependencyInitBudget = 32 << 10
	// totalInitBudget bounds the whole start: about 190 KB before the MCP
	// SDK came in (the checker's own tables 80 KB), 334 KB with it, 236 KB
	// once the checker's tables were built on first use, 123 KB once the
	// MCP protocol layer was our own (the SDK's jsonschema and gob out);
	// nearly all of it is now dependencies' (tiktoken's regexp2, unicode's
	// tables, go-openai, net/http).
	totalInitBudget = 160 << 10
)

// knownHeavyDependencies are dependencies whose own initialisation is over
// dependencyInitBudget, with their budgets: each is paid by every process,
// `check` included, and is a reason to look for a leaner way. None since
// the MCP SDK (and its jsonschema, 81 KB at start) left the binary.
var knownHeavyDependencies = map[string]int{}

// testOnlyModules are modules the tests use and the binary must not link:
// the official MCP SDK is the tests' MCP client; internal/mcp speaks the
// protocol itself, because the SDK's initialisation alone doubled the
// start of every process.
var testOnlyModules = []string{"github.com/modelcontextprotocol/go-sdk", "github.com/google/jsonschema-go"}

// TestBinaryLinksNoTestOnlyModule holds the command to testOnlyModules.
func TestBinaryLinksNoTestOnlyModule(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps listed only %d packages", len(deps))
	}
	for _, d := range deps {
		for _, m := range testOnlyModules {
			if d == m || strings.HasPrefix(d, m+"/") {
				t.Errorf("the binary links %s (module %s), which only the tests may use", d, m)
			}
		}
	}
}

// initCost is one line of GODEBUG=inittrace=1.
type initCost struct {
	pkg    string
	bytes  int
	allocs int
}

// TestLeanStart runs the built binary's check with GODEBUG=inittrace=1
// and holds every package's initialisation to its budget.
func TestLeanStart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "tla-gen-lsp")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	spec := writeFile(t, t.TempDir(), "Clean.tla", cleanModule)
	cmd := exec.Command(bin, "check", spec)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("check: %v\n%s", err, stderr.String())
	}
	costs := parseInitTrace(stderr.String())
	if len(costs) < 20 {
		t.Fatalf("only %d init lines in GODEBUG=inittrace=1 output:\n%s", len(costs), stderr.String())
	}
	const module = "github.com/tla-gen-lsp/tla-gen-lsp/"
	total, own := 0, 0
	for _, c := range costs {
		total += c.bytes
		budget := dependencyInitBudget
		if b, ok := knownHeavyDependencies[c.pkg]; ok {
			budget = b
		}
		if strings.HasPrefix(c.pkg, module) {
			budget = ownInitBudget
			own += c.bytes
		}
		if c.bytes > budget {
			t.Errorf("%s allocates %d bytes (%d allocations) at start, over its budget of %d: build its tables on first use (internal/lazy)", c.pkg, c.bytes, c.allocs, budget)
		}
	}
	t.Logf("%d packages initialised, %d bytes allocated at start, %d by this module's", len(costs), total, own)
	if own > ownTotalBudget {
		t.Errorf("this module's packages allocate %d bytes at start, over their budget of %d", own, ownTotalBudget)
	}
	if total > totalInitBudget {
		t.Errorf("%d bytes allocated at start, over the budget of %d", total, totalInitBudget)
	}
}

// parseInitTrace reads lines such as
// "init net/http @2.1 ms, 0.19 ms clock, 4872 bytes, 50 allocs".
func parseInitTrace(text string) []initCost {
	var out []initCost
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," || f[10] != "allocs" {
			continue
		}
		b, err1 := strconv.Atoi(f[7])
		a, err2 := strconv.Atoi(f[9])
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, initCost{pkg: f[1], bytes: b, allocs: a})
	}
	return out
}
