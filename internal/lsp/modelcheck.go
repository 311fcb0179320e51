package lsp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// modelChecks is the server's model-checking state: the last report of
// each spec (for "Ask the model to fix the spec for this trace"), the
// background checks started by a save, and the .cfg checks.
type modelChecks struct {
	mu      sync.Mutex
	reports map[string]*actions.ModelCheckReport // by spec path
	onSave  map[string]context.CancelFunc        // by spec path
	configs *configChecks
}

func newModelChecks() *modelChecks {
	return &modelChecks{
		reports: map[string]*actions.ModelCheckReport{},
		onSave:  map[string]context.CancelFunc{},
		configs: &configChecks{timers: map[string]*time.Timer{}},
	}
}

func (m *modelChecks) remember(spec string, rep *actions.ModelCheckReport) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reports[spec] = rep
}

func (m *modelChecks) report(spec string) *actions.ModelCheckReport {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.reports[spec]
}

// cancelOnSave stops the background check of spec, if one runs.
func (m *modelChecks) cancelOnSave(spec string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cancel := m.onSave[spec]; cancel != nil {
		cancel()
		delete(m.onSave, spec)
	}
}

// modelCheckResult is tlaGen.modelCheck's reply: the verdict and, for the
// VS Code trace view, the counterexample row by row.
type modelCheckResult struct {
	Result         string               `json:"result"`
	Summary        string               `json:"summary"`
	DistinctStates int64                `json:"distinctStates"`
	Depth          int                  `json:"depth"`
	Violation      string               `json:"violation,omitempty"`
	TraceURI       protocol.DocumentURI `json:"traceUri,omitempty"`
	Trace          []traceRow           `json:"trace,omitempty"`
}

// traceRow is one state of a counterexample.
type traceRow struct {
	State    int                `json:"state"`
	Action   string             `json:"action"` // "Initial predicate" for the first
	Location *protocol.Location `json:"location,omitempty"`
	// Function and Source are the source function the action models, for
	// a generated spec (the traceability links of the code lenses).
	Function  string             `json:"function,omitempty"`
	Source    *protocol.Location `json:"source,omitempty"`
	Variables []traceVariable    `json:"variables"`
	LoopStart bool               `json:"loopStart,omitempty"`
}

type traceVariable struct {
	Name    string `json:"name"`
	Value   string `json:"value"`
	Changed bool   `json:"changed,omitempty"`
}

// modelCheckTarget is the spec and configuration a command names: a .tla
// (with <M>.cfg beside it) or a .cfg (with <M>.tla beside it).
func modelCheckTarget(u protocol.DocumentURI) (spec, config string, err error) {
	path, ok := pathFromURI(u)
	switch {
	case !ok:
		return "", "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", u)
	case isCfgPath(path):
		return specOfConfig(path), path, nil
	case isTLAPath(path):
		return path, actions.ConfigPathOf(path), nil
	}
	return "", "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is neither a .tla nor a .cfg file", u)
}

// modelCheck runs tlaGen.modelCheck: the spec with its configuration,
// with the search's statistics in $/progress; the verdict becomes
// diagnostics (source tlc) and the counterexample trace.tla, shown.
func (s *Server) modelCheck(ctx context.Context, args generateArgs) (any, error) {
	spec, config, err := modelCheckTarget(args.URI)
	if err != nil {
		return nil, err
	}
	s.currentSettings(ctx)
	return s.runLong(ctx, longAction{
		Key:   "modelcheck:" + spec,
		Title: "Model checking " + filepath.Base(spec),
		Busy:  fmt.Sprintf("%s is already being model-checked.", filepath.Base(spec)),
	}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
		return s.runModelCheck(ctx, progress, spec, config, true)
	})
}

// runModelCheck is the work of tlaGen.modelCheck and of modelCheckOnSave.
func (s *Server) runModelCheck(ctx context.Context, progress *progressReporter, spec, config string, show bool) (any, string, error) {
	eff := s.effective()
	start := time.Now()
	rep, err := actions.ModelCheck(ctx, actions.ModelCheckRequest{
		SpecPath: spec, ConfigPath: config, Config: eff, Overlay: s.docs.snapshot().overlay(),
		Progress: func(p tlc.Progress) { progress.report(progressText(p), -1) },
	})
	if err != nil {
		if errors.Is(err, tlc.ErrNotImplemented) {
			return nil, "", errors.New("the model checker is not built into this tla-gen-lsp")
		}
		return nil, "", err
	}
	res := rep.Result
	s.client.logMessage(protocol.MessageTypeInfo, fmt.Sprintf("model check of %s with %s: %s; %d states generated, %d distinct states found, depth %d, %v",
		filepath.Base(spec), filepath.Base(rep.ConfigPath), res.Result, res.GeneratedStates, res.DistinctStates, res.Depth, time.Since(start).Round(time.Millisecond)))
	s.publishModelCheck(rep)
	out := modelCheckResult{Result: string(res.Result), Summary: rep.Summary(), DistinctStates: res.DistinctStates, Depth: res.Depth}
	if shown := shownRun(rep); shown != nil {
		out.Violation = tlc.ViolationText(shown)
		out.Trace = s.traceRows(shown)
	}
	if rep.TracePath != "" {
		out.TraceURI = uriFromPath(rep.TracePath)
		if show && s.capabilities().showDocument {
			var shown showDocumentResult
			if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: out.TraceURI, TakeFocus: false}, &shown); err != nil {
				s.logf("window/showDocument: %v", err)
			}
		}
	}
	return out, upperFirst(rep.Summary()), nil
}

// progressText is the $/progress message of a running search.
func progressText(p tlc.Progress) string {
	return fmt.Sprintf("%d distinct states (%.0f/s), depth %d, queue %d", p.Distinct, p.StatesPerSecond, p.Depth, p.Queue)
}

// shownRun is the run whose violation the editor shows: the fault, else
// the first finding.
func shownRun(rep *actions.ModelCheckReport) *tlc.Result {
	if rep.Fault != nil {
		return rep.Fault
	}
	if len(rep.Findings) > 0 {
		return rep.Findings[0]
	}
	return nil
}

// modelCheckOnSave checks a saved spec in the background when
// tlaGen.modelCheckOnSave is on and it has a configuration; the next edit
// cancels it.
func (s *Server) modelCheckOnSave(spec string) {
	eff := s.effective()
	if !eff.ModelCheck.OnSave {
		return
	}
	config := actions.ConfigPathOf(spec)
	if _, err := os.Stat(config); err != nil {
		if _, open := s.docs.snapshot().overlay()[config]; !open {
			return
		}
	}
	s.checks.cancelOnSave(spec)
	ctx, cancel := context.WithCancel(context.Background())
	s.checks.mu.Lock()
	s.checks.onSave[spec] = cancel
	s.checks.mu.Unlock()
	go func() {
		defer cancel()
		_, err := s.runLong(ctx, longAction{
			Key:   "modelcheck:" + spec,
			Title: "Model checking " + filepath.Base(spec) + " (on save)",
			Busy:  "already being model-checked",
		}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
			return s.runModelCheck(ctx, progress, spec, config, false)
		})
		if err != nil {
			s.logf("model check on save of %s: %v", spec, err)
		}
	}()
}

// publishModelCheck turns a report into diagnostics: the violation (source
// tlc) at the violated definition, the deadlocked step's action or the
// error's position, with one relatedInformation entry per trace step; the
// coverage warnings (source tla-gen) at the action or variable.
func (s *Server) publishModelCheck(rep *actions.ModelCheckReport) {
	spec := filepath.Clean(rep.SpecPath)
	s.checks.remember(spec, rep)
	byFile := map[string][]protocol.Diagnostic{spec: {}}
	runs := rep.Findings
	if rep.Fault != nil {
		runs = []*tlc.Result{rep.Fault}
	}
	for _, res := range runs {
		file, diag := s.violationDiagnostic(rep, res)
		byFile[file] = append(byFile[file], diag)
	}
	for _, w := range rep.Coverage {
		path := w.Path
		if path == "" {
			path = spec
		}
		loc := s.sanyLocation(path, w.Line, w.Column)
		byFile[filepath.Clean(path)] = append(byFile[filepath.Clean(path)], protocol.Diagnostic{
			Range: loc.Range, Severity: protocol.DiagnosticSeverityWarning, Source: conformanceSource, Message: w.Message,
		})
	}
	s.diags.recordProtocol("tlc:"+spec, byFile, func(f string) bool { return f == spec })
}

// violationDiagnostic places a run's violation and lists its trace.
func (s *Server) violationDiagnostic(rep *actions.ModelCheckReport, res *tlc.Result) (string, protocol.Diagnostic) {
	v := res.Violation
	path, line, col := rep.SpecPath, 1, 1
	if v != nil && v.Line > 0 {
		line, col = v.Line, v.Column
		if v.Path != "" {
			path = v.Path
		}
	}
	if res.Result == tlc.DeadlockFailure && len(res.Trace) > 0 {
		if last := res.Trace[len(res.Trace)-1]; last.Line > 0 {
			line, col = last.Line, last.Column
			if last.Path != "" {
				path = last.Path
			}
		}
	}
	loc := s.sanyLocation(path, line, col)
	msg := tlc.ViolationText(res)
	if rep.TracePath != "" {
		msg += " The counterexample is in " + filepath.Join(actions.StateDirName, strings.TrimSuffix(filepath.Base(rep.SpecPath), ".tla"), actions.TraceFileName) + "."
	}
	diag := protocol.Diagnostic{Range: loc.Range, Severity: protocol.DiagnosticSeverityError, Source: tlcSource, Message: msg, Code: string(res.Result)}
	for i, row := range s.traceRows(res) {
		at := loc
		if row.Location != nil {
			at = *row.Location
		}
		diag.RelatedInformation = append(diag.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: at, Message: rowMessage(i, row),
		})
	}
	return filepath.Clean(path), diag
}

// rowMessage is one trace step for relatedInformation: "State 2: Lock —
// locked = TRUE, owner = p1 (changed: locked, owner)".
func rowMessage(i int, row traceRow) string {
	var vals, changed []string
	for _, v := range row.Variables {
		vals = append(vals, v.Name+" = "+v.Value)
		if v.Changed {
			changed = append(changed, v.Name)
		}
	}
	msg := fmt.Sprintf("State %d: %s — %s", i+1, row.Action, strings.Join(vals, ", "))
	if len(changed) > 0 {
		msg += " (changed: " + strings.Join(changed, ", ") + ")"
	}
	if row.LoopStart {
		msg += " (the cycle starts here)"
	}
	return msg
}

// traceRows converts a counterexample for the editor.
func (s *Server) traceRows(res *tlc.Result) []traceRow {
	var rows []traceRow
	var prev map[string]string
	functions := map[string]actions.Link{}
	if res.File != "" {
		for _, l := range s.traceSpec(filepath.Clean(res.File)) {
			functions[l.Action] = l
		}
	}
	for i, step := range res.Trace {
		row := traceRow{State: i + 1, Action: "Initial predicate", LoopStart: step.LoopStart}
		if step.Action != nil {
			row.Action = *step.Action
		}
		if step.Line > 0 {
			path := step.Path
			if path == "" {
				path = res.File
			}
			if path != "" {
				loc := s.sanyLocation(path, step.Line, step.Column)
				row.Location = &loc
			}
		}
		if l, ok := functions[row.Action]; ok {
			row.Function = l.Function
			row.Source = &protocol.Location{URI: uriFromPath(l.Source.Path), Range: spanRange(l.Source)}
		}
		cur := map[string]string{}
		for _, b := range step.State {
			cur[b.Name] = b.Value
			old, ok := prev[b.Name]
			row.Variables = append(row.Variables, traceVariable{Name: b.Name, Value: b.Value, Changed: prev != nil && (!ok || old != b.Value)})
		}
		prev = cur
		rows = append(rows, row)
	}
	return rows
}

// sanyLocation converts a 1-based SANY line and column in path to an LSP
// location over the word there, reading the open buffer or the file.
func (s *Server) sanyLocation(path string, line, col int) protocol.Location {
	loc := protocol.Location{URI: uriFromPath(path)}
	var text []byte
	if doc := s.docs.snapshot().document(filepath.Clean(path)); doc != nil {
		text, loc.URI = doc.file.Text(), doc.uri
	} else if data, err := os.ReadFile(path); err == nil {
		text = data
	}
	if text == nil {
		p := protocol.Position{Line: uint32(max(line-1, 0)), Character: uint32(max(col-1, 0))}
		loc.Range = protocol.Range{Start: p, End: p}
		return loc
	}
	f := token.NewFile(path, text)
	start := f.OffsetOfSANY(token.Position{Line: line, Column: col})
	end := start
	for int(end) < len(text) && isWordByte(text[end]) {
		end++
	}
	loc.Range = protocol.Range{Start: toProtocolPosition(f.LSPPosition(start)), End: toProtocolPosition(f.LSPPosition(end))}
	return loc
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// summaryOf is the phases line of a generation, "" without a runtime phase.
func summaryOf(rep *actions.ModelCheckReport) string {
	if rep == nil {
		return ""
	}
	return rep.Summary()
}
