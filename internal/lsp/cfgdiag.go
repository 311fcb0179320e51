package lsp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/modelcfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// Source of the model checker's diagnostics.
const tlcSource = "tlc"

func isCfgPath(path string) bool { return strings.EqualFold(filepath.Ext(path), ".cfg") }

// specOfConfig is the module TLC pairs with a .cfg: the .tla of the same
// name beside it.
func specOfConfig(cfgPath string) string {
	return strings.TrimSuffix(cfgPath, filepath.Ext(cfgPath)) + ".tla"
}

// configChecks debounces the checks of open .cfg files.
type configChecks struct {
	mu     sync.Mutex
	timers map[string]*time.Timer
}

// modelCheckInputChanged reacts to an opened, edited or saved file: a
// .cfg is checked again; a .tla cancels its background model check (an
// edit makes it stale) and has the open .cfg files beside it checked
// again (the names they use may have changed).
func (s *Server) modelCheckInputChanged(path string, debounce bool) {
	switch {
	case isCfgPath(path):
		s.checkConfigLater(path, debounce)
	case isTLAPath(path):
		if debounce {
			s.checks.cancelOnSave(path)
		}
		for _, doc := range s.docs.snapshot().docs {
			if isCfgPath(doc.path) && filepath.Dir(doc.path) == filepath.Dir(path) {
				s.checkConfigLater(doc.path, true)
			}
		}
	}
}

// checkConfigLater checks the .cfg at path after the debounce delay
// (at once when debounce is false).
func (s *Server) checkConfigLater(path string, debounce bool) {
	delay := time.Duration(0)
	if debounce {
		delay = s.effective().Debounce
	}
	c := s.checks.configs
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := c.timers[path]; t != nil {
		t.Stop()
	}
	c.timers[path] = time.AfterFunc(delay, func() {
		c.mu.Lock()
		delete(c.timers, path)
		c.mu.Unlock()
		s.checkConfig(path)
	})
}

// configClosed drops a closed .cfg's diagnostics.
func (s *Server) configClosed(path string) {
	if !isCfgPath(path) {
		return
	}
	c := s.checks.configs
	c.mu.Lock()
	if t := c.timers[path]; t != nil {
		t.Stop()
		delete(c.timers, path)
	}
	c.mu.Unlock()
	s.diags.recordProtocol(configKey(path), map[string][]protocol.Diagnostic{}, nil)
}

func configKey(path string) string { return "cfg:" + path }

// checkConfig publishes the problems of an open .cfg: TLC's syntax, then,
// when its module is there, the names the module does not define and the
// constants left without a value (modelcfg.Check).
func (s *Server) checkConfig(path string) {
	snap := s.docs.snapshot()
	doc := snap.document(path)
	if doc == nil {
		return
	}
	text := doc.file.Text()
	diags := []protocol.Diagnostic{}
	c, err := cfg.Parse(path, text)
	var list cfg.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			diags = append(diags, cfgDiagnostic(text, e.Pos, protocol.DiagnosticSeverityError, e.Msg))
		}
	}
	spec := specOfConfig(path)
	overlay := snap.overlay()
	if _, open := overlay[spec]; !open {
		if _, err := os.Stat(spec); err != nil {
			// Without M.tla beside it, M.cfg is not a TLC model (setup.cfg,
			// say): it gets no diagnostics at all.
			s.diags.recordProtocol(configKey(path), map[string][]protocol.Diagnostic{}, nil)
			return
		}
	}
	if len(list) == 0 {
		if m, err := modelcfg.Load(spec, nil, modelcfg.Options{SearchPaths: s.effective().LibraryPaths, Overlay: overlay}); err == nil {
			for _, p := range modelcfg.Check(m, c) {
				severity := protocol.DiagnosticSeverityError
				if p.Severity == modelcfg.SeverityWarning {
					severity = protocol.DiagnosticSeverityWarning
				}
				diags = append(diags, cfgDiagnostic(text, p.Pos, severity, p.Message))
			}
		}
	}
	s.diags.recordProtocol(configKey(path), map[string][]protocol.Diagnostic{path: diags}, nil)
}

// cfgDiagnostic is a diagnostic at a .cfg position (1-based line, UTF-16
// column), over the word that starts there.
func cfgDiagnostic(text []byte, p cfg.Pos, severity protocol.DiagnosticSeverity, msg string) protocol.Diagnostic {
	start := protocol.Position{Line: uint32(max(p.Line-1, 0)), Character: uint32(max(p.Column-1, 0))}
	end := start
	lines := strings.Split(string(text), "\n")
	if p.Line >= 1 && p.Line <= len(lines) {
		end.Character += uint32(wordLengthUTF16(lines[p.Line-1], p.Column-1))
	}
	return protocol.Diagnostic{Range: protocol.Range{Start: start, End: end}, Severity: severity, Source: tlcSource, Message: msg}
}

// wordLengthUTF16 is the length of the identifier (or, failing that, the
// single character) at UTF-16 column col of line.
func wordLengthUTF16(line string, col int) int {
	units := 0
	n := 0
	started := false
	for _, r := range line {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units < col {
			units += w
			continue
		}
		word := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if !word {
			if !started {
				return w
			}
			break
		}
		started = true
		n += w
	}
	return n
}

// recordProtocol replaces the diagnostics kept under key with byFile and
// publishes the files whose lists changed; isRoot (nil: every file of
// byFile) says which files get a list even when empty.
func (d *diagnostics) recordProtocol(key string, byFile map[string][]protocol.Diagnostic, isRoot func(string) bool) {
	if isRoot == nil {
		isRoot = func(f string) bool { _, ok := byFile[f]; return ok }
	}
	snap := d.s.docs.snapshot()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped {
		return
	}
	d.replaceContributions(key, byFile, isRoot, snap)
}
