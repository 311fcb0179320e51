package lsp_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Scenario files (testdata/diagnostics/*.txtar) hold a workspace and a
// script, in txtar layout: a comment, then "-- name --" sections. The
// section "script" holds one step per line:
//
//	open FILE                 didOpen with the file's text on disk
//	edit FILE "OLD" "NEW"     didChange replacing the first OLD (incremental)
//	save FILE                 write the buffer to disk, then didSave
//	close FILE                didClose
//	check FILE                run tlaGen.checkModule and wait for its reply
//	expect FILE N             wait until FILE's latest diagnostics are N items
//	at L:C-L:C CODE "TEXT"    …the next of them: 0-based UTF-16 range, code ("-": none), message part
//	publications FILE N       FILE was published exactly N times so far
//
// An optional section "settings.json" holds the tlaGen settings, with $DIR
// standing for the workspace folder. Every other section is a file of the
// workspace.

type archive struct {
	comment string
	files   map[string]string
	order   []string
}

func parseArchive(text string) archive {
	a := archive{files: map[string]string{}}
	name := ""
	var b strings.Builder
	flush := func() {
		if name == "" {
			a.comment = b.String()
		} else {
			a.files[name] = b.String()
			a.order = append(a.order, name)
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name = strings.TrimSpace(trimmed[3 : len(trimmed)-3])
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// TestDiagnosticScenarios runs testdata/diagnostics with markerCheck, to
// test the plumbing (publication per file, clearing, versions, overlays)
// independently of the checker.
func TestDiagnosticScenarios(t *testing.T) {
	runScenarios(t, "testdata/diagnostics/*.txtar", markerCheck)
}

// TestSANYScenarios runs testdata/sany with the real sany.Check.
func TestSANYScenarios(t *testing.T) {
	runScenarios(t, "testdata/sany/*.txtar", nil)
}

func runScenarios(t *testing.T, pattern string, check checkFunc) {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			runScenario(t, parseArchive(string(data)), check)
		})
	}
}

type checkFunc = func(context.Context, sany.Config, string) ([]sany.Diagnostic, error)

func runScenario(t *testing.T, a archive, check checkFunc) {
	dir := t.TempDir()
	settings := map[string]any{}
	if raw, ok := a.files["settings.json"]; ok {
		if err := json.Unmarshal([]byte(strings.ReplaceAll(raw, "$DIR", dir)), &settings); err != nil {
			t.Fatalf("settings.json: %v", err)
		}
	}
	settings["debounceMillis"] = 20
	for _, name := range a.order {
		if name != "script" && name != "settings.json" {
			writeFile(t, filepath.Join(dir, name), a.files[name])
		}
	}
	s := startSession(t, lsp.Options{Check: check}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"tlaGen": settings})

	buffers := map[string]string{}
	versions := map[string]int{}
	var pending []protocol.Diagnostic // diagnostics of the last expect, consumed by "at"
	var pendingFile string

	sc := bufio.NewScanner(strings.NewReader(a.files["script"]))
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields, err := splitQuoted(line)
		if err != nil {
			t.Fatalf("script line %d: %v", lineNo, err)
		}
		where := fmt.Sprintf("script line %d (%s)", lineNo, line)
		path := func() string { return filepath.Join(dir, fields[1]) }
		switch fields[0] {
		case "open":
			text, err := os.ReadFile(path())
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			buffers[fields[1]] = string(text)
			versions[fields[1]] = 1
			s.open(path(), string(text))
		case "edit":
			old, repl := fields[2], fields[3]
			text := buffers[fields[1]]
			i := strings.Index(text, old)
			if i < 0 {
				t.Fatalf("%s: %q not in buffer", where, old)
			}
			f := token.NewFile(fields[1], []byte(text))
			start, end := f.LSPPosition(token.Pos(i)), f.LSPPosition(token.Pos(i+len(old)))
			buffers[fields[1]] = text[:i] + repl + text[i+len(old):]
			versions[fields[1]]++
			err := s.client.Notify(s.ctx, "textDocument/didChange", map[string]any{
				"textDocument": map[string]any{"uri": fileURI(path()), "version": versions[fields[1]]},
				"contentChanges": []any{map[string]any{
					"range": map[string]any{
						"start": map[string]int{"line": start.Line, "character": start.Character},
						"end":   map[string]int{"line": end.Line, "character": end.Character},
					},
					"text": repl,
				}},
			})
			if err != nil {
				t.Fatal(err)
			}
		case "save":
			writeFile(t, path(), buffers[fields[1]])
			if err := s.client.Notify(s.ctx, "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(path())}}); err != nil {
				t.Fatal(err)
			}
		case "close":
			if err := s.client.Notify(s.ctx, "textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": fileURI(path())}}); err != nil {
				t.Fatal(err)
			}
		case "check":
			err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
				"command": "tlaGen.checkModule", "arguments": []any{map[string]any{"uri": fileURI(path())}},
			}, nil)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
		case "expect":
			n, _ := strconv.Atoi(fields[2])
			got, err := s.client.WaitDiagnostics(s.ctx, fileURI(path()), func(p protocol.PublishDiagnosticsParams) bool {
				return len(p.Diagnostics) == n
			})
			if err != nil {
				t.Fatalf("%s: %v; published: %+v", where, err, s.client.Diagnostics(fileURI(path())))
			}
			if v, open := versions[fields[1]]; open && got.Version != 0 && int(got.Version) != v {
				t.Errorf("%s: version %d, want %d", where, got.Version, v)
			}
			pending, pendingFile = got.Diagnostics, fields[1]
		case "at":
			if len(pending) == 0 {
				t.Fatalf("%s: no diagnostic left from the last expect (%s)", where, pendingFile)
			}
			d := pending[0]
			pending = pending[1:]
			gotRange := fmt.Sprintf("%d:%d-%d:%d", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character)
			if gotRange != fields[1] {
				t.Errorf("%s: range %s, want %s", where, gotRange, fields[1])
			}
			code := fmt.Sprint(d.Code)
			if d.Code == nil {
				code = "-"
			}
			if code != fields[2] {
				t.Errorf("%s: code %s, want %s", where, code, fields[2])
			}
			if !strings.Contains(d.Message, fields[3]) {
				t.Errorf("%s: message %q does not contain %q", where, d.Message, fields[3])
			}
			if d.Source != "sany" || d.Severity != protocol.DiagnosticSeverityError {
				t.Errorf("%s: source %q severity %v, want sany error", where, d.Source, d.Severity)
			}
		case "publications":
			n, _ := strconv.Atoi(fields[2])
			// Give a wrong extra publication the time to arrive.
			time.Sleep(100 * time.Millisecond)
			if got := len(s.client.Diagnostics(fileURI(path()))); got != n {
				t.Errorf("%s: %d publications, want %d: %+v", where, got, n, s.client.Diagnostics(fileURI(path())))
			}
		default:
			t.Fatalf("%s: unknown step", where)
		}
	}
}

// splitQuoted splits a script line on spaces, keeping "quoted strings"
// (Go syntax) whole.
func splitQuoted(line string) ([]string, error) {
	var out []string
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
		if line[0] == '"' {
			q, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, err
			}
			u, _ := strconv.Unquote(q)
			out = append(out, u)
			line = line[len(q):]
			continue
		}
		i := strings.IndexByte(line, ' ')
		if i < 0 {
			i = len(line)
		}
		out = append(out, line[:i])
		line = line[i:]
	}
	return out, nil
}
