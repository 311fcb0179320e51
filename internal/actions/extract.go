package actions

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
)

var (
	moduleBegin = lazy.Regexp(`^\s*-{4,}\s*MODULE\s+([A-Za-z0-9_]+)\s*-{4,}\s*$`)
	moduleEnd   = lazy.Regexp(`^\s*={4,}`)
)

// ErrNoModule is returned by ExtractModule when the answer holds no module.
var ErrNoModule = errors.New("the answer contains no TLA+ module (no \"---- MODULE Name ----\" line)")

// ExtractModule finds the one top-level "---- MODULE X ----" … "====" block
// in a model's answer and returns its name and text, dropping prose and
// markdown fences around it. Modules nested inside it are kept. Two
// top-level modules or a module without its "====" are errors.
func ExtractModule(answer string) (module, text string, err error) {
	lines := strings.Split(strings.ReplaceAll(answer, "\r\n", "\n"), "\n")
	start, end, depth := -1, -1, 0
	for i, line := range lines {
		if m := moduleBegin().FindStringSubmatch(line); m != nil {
			if depth == 0 && end >= 0 {
				return "", "", fmt.Errorf("the answer contains two top-level modules, %s and %s; expected exactly one", module, m[1])
			}
			if depth == 0 {
				start, module = i, m[1]
			}
			depth++
			continue
		}
		if depth > 0 && moduleEnd().MatchString(line) {
			depth--
			if depth == 0 {
				end = i
			}
		}
	}
	switch {
	case start < 0:
		return "", "", ErrNoModule
	case end < 0:
		return "", "", fmt.Errorf("module %s is not terminated by a \"====\" line; the answer may have been cut off", module)
	}
	body := lines[start : end+1]
	body[len(body)-1] = endLine(body[len(body)-1])
	return module, strings.Join(body, "\n") + "\n", nil
}

// endLine keeps only the "====" of the closing line, dropping a markdown
// fence or prose glued after it.
func endLine(line string) string {
	t := strings.TrimSpace(line)
	n := len(t) - len(strings.TrimLeft(t, "="))
	return t[:n]
}
