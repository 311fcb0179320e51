package main

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// readmeCommandLines returns the lines of the README's "## Command line"
// block, by command name.
func readmeCommandLines(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Command line\n")
	if !ok {
		t.Fatal(`README.md has no "## Command line" section`)
	}
	_, block, _ := strings.Cut(section, "```\n")
	block, _, _ = strings.Cut(block, "```")
	lines := map[string]string{}
	for _, line := range strings.Split(block, "\n") {
		rest, ok := strings.CutPrefix(line, "tla-gen-lsp ")
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(rest, " ")
		lines[strings.Trim(name, "[]")] = rest
	}
	return lines
}

// TestREADMECommandListMatchesTheCLI holds the README's command list to
// the CLI's command table (which -h is made from): the same commands, and
// every flag the README shows is one the command accepts. A new command
// needs its entry in the table and one line in the README.
func TestREADMECommandListMatchesTheCLI(t *testing.T) {
	readme := readmeCommandLines(t)
	var table, missing []string
	_, help, _ := runCLI(t, "-h")
	for _, c := range commands {
		table = append(table, c.name)
		if _, ok := readme[c.name]; !ok {
			missing = append(missing, c.name)
		}
		if !strings.Contains(help, "tla-gen-lsp "+c.name) && !strings.Contains(help, "tla-gen-lsp ["+c.name+"]") {
			t.Errorf("-h does not list %s", c.name)
		}
	}
	if len(missing) > 0 {
		t.Errorf("README's command list lacks %v (a line \"tla-gen-lsp NAME [flags]…\" in the ## Command line block)", missing)
	}
	for name := range readme {
		if !contains(table, name) {
			t.Errorf("README lists %q, which the CLI does not have", name)
		}
	}
	flagRE := regexp.MustCompile(`\[(-[a-zA-Z][\w-]*)`)
	for name, line := range readme {
		if !contains(table, name) || name == "version" {
			continue
		}
		_, _, stderr := runCLI(t, name, "-h")
		for _, m := range flagRE.FindAllStringSubmatch(line, -1) {
			if !regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(m[1]) + `\b`).MatchString(stderr) {
				t.Errorf("README shows %s %s, which it does not accept (its -h:\n%s)", name, m[1], stderr)
			}
		}
	}
	sort.Strings(table)
	t.Logf("commands: %v", table)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
