package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Sources of published diagnostics: SANY's findings, and the
// draft-conformance check of generated specs.
const (
	diagnosticSource  = "sany"
	conformanceSource = "tla-gen"
)

// diagnostics checks open modules and publishes what sany.Check finds.
//
// A check of one root module may find problems in modules it imports;
// those are published under the imported module's URI. Several roots may
// import the same module, so each file's published list is the union of
// what every root's latest check contributed to it.
type diagnostics struct {
	s *Server
	// parsed keeps parsed modules between checks: most checks re-read the
	// same standard and library modules, and unchanged buffers.
	parsed *sany.ParseCache

	mu            sync.Mutex
	stopped       bool
	timers        map[string]*time.Timer                      // debounced checks, by root path
	runs          map[string]*checkRun                        // latest check, by root path
	contributions map[string]map[string][]protocol.Diagnostic // file → root → its problems
	published     map[string]publication                      // file → what the client has
	deps          map[string]map[string]bool                  // root → module files its latest check read
	seq           uint64
	// tla2toolsRuns holds the running real-SANY check of each saved root
	// (tla2tools.go).
	tla2toolsRuns map[string]*checkRun
}

// checkRun identifies one check of a root so that an older, slower check
// cannot overwrite a newer one's results.
type checkRun struct {
	seq    uint64
	cancel context.CancelFunc
}

// publication is what was last sent for one file.
type publication struct {
	uri     protocol.DocumentURI
	version int32
	// open says the file was open in the editor. A client may drop a
	// publication for a file it has not opened (Eglot 1.9 does), so one
	// sent before the file was opened is sent again once it is, even when
	// the list and the version (Eglot starts at 0) are the same.
	open        bool
	diagnostics []protocol.Diagnostic
}

func newDiagnostics(s *Server) *diagnostics {
	return &diagnostics{
		s:             s,
		parsed:        sany.NewParseCache(),
		timers:        map[string]*time.Timer{},
		runs:          map[string]*checkRun{},
		contributions: map[string]map[string][]protocol.Diagnostic{},
		published:     map[string]publication{},
		deps:          map[string]map[string]bool{},
		tla2toolsRuns: map[string]*checkRun{},
	}
}

// textChanged schedules checks after path was opened, edited or saved:
// path itself (at once, or after the debounce delay when debounce is set),
// and, after the delay, every other open module, since any of them may
// import path.
func (d *diagnostics) textChanged(path string, debounce bool) {
	d.s.modelCheckInputChanged(path, debounce)
	delay := d.s.effective().Debounce
	if isTLAPath(path) {
		if debounce {
			d.schedule(path, delay)
		} else {
			d.schedule(path, 0)
		}
	}
	if !isTLAPath(path) {
		return
	}
	for _, doc := range d.s.docs.snapshot().openModules() {
		if doc.path != path {
			d.schedule(doc.path, delay)
		}
	}
}

// otherFileSaved re-checks every open module after a file that is not a
// module was saved: a saved draft changes the draft-conformance findings
// of the specs generated from it. Checks of unchanged modules are cheap
// (their parses are cached).
func (d *diagnostics) otherFileSaved() {
	delay := d.s.effective().Debounce
	for _, doc := range d.s.docs.snapshot().openModules() {
		d.schedule(doc.path, delay)
	}
}

// checkAllOpen re-checks every open module now (settings changed).
func (d *diagnostics) checkAllOpen() {
	for _, doc := range d.s.docs.snapshot().openModules() {
		d.schedule(doc.path, 0)
	}
}

// schedule checks root after delay, replacing a check already pending.
func (d *diagnostics) schedule(root string, delay time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped {
		return
	}
	if t := d.timers[root]; t != nil {
		t.Stop()
		delete(d.timers, root)
	}
	run := func() {
		d.mu.Lock()
		delete(d.timers, root)
		d.mu.Unlock()
		if _, err := d.check(context.Background(), root, false); err != nil {
			d.s.logf("checking %s: %v", root, err)
		}
	}
	if delay <= 0 {
		go run()
		return
	}
	d.timers[root] = time.AfterFunc(delay, run)
}

// check checks root against the current snapshot and publishes the
// result. Unless force is set, root must be open. It returns the number of
// errors found.
func (d *diagnostics) check(ctx context.Context, root string, force bool) (int, error) {
	eff := d.s.effective()

	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		return 0, nil
	}
	// The snapshot is taken under d.mu, where the run is registered: the
	// run registered last (which cancels the others) then always has the
	// latest text. Taken before, a check that waited for d.mu would cancel
	// a newer one and publish an older version, for good.
	snap := d.s.docs.snapshot()
	if !force && snap.document(root) == nil {
		d.mu.Unlock()
		return 0, nil // closed meanwhile
	}
	if prev := d.runs[root]; prev != nil {
		prev.cancel()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d.seq++
	run := &checkRun{seq: d.seq, cancel: cancel}
	d.runs[root] = run
	d.mu.Unlock()

	overlay := snap.overlay()
	resolver := newRecordingResolver(sany.NewFileResolver(root, eff.LibraryPaths, overlay))
	found, err := d.runCheck(ctx, sany.Config{SearchPaths: eff.LibraryPaths, Overlay: overlay, Cache: d.parsed, Resolver: resolver}, root)
	if ctx.Err() != nil {
		return 0, nil // superseded by a newer check, or shutting down
	}
	if err != nil {
		// Trouble outside the spec (unreadable file): still tell the user
		// where they are looking.
		found = []sany.Diagnostic{{Path: root, Severity: sany.SeverityError, Kind: sany.KindModule, Message: err.Error()}}
	} else {
		found = append(found, d.conformance(root, snap)...)
	}

	d.mu.Lock()
	defer d.mu.Unlock()
	if d.runs[root] != run {
		return 0, nil
	}
	delete(d.runs, root)
	if !d.stopped && (force || snap.document(root) != nil) {
		d.deps[root] = resolver.files()
	}
	d.record(root, nativePublished(found, eff.Checker), snap)
	if !eff.Checker.Tla2tools() {
		d.forgetTla2tools(root, snap)
	}
	return countErrors(found), nil
}

// runCheck calls the checker, turning a panic (a checker bug) into an
// error so that one bad file cannot bring the server down.
func (d *diagnostics) runCheck(ctx context.Context, cfg sany.Config, root string) (found []sany.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			d.s.logf("bug: the checker panicked on %s: %v\n%s", root, r, debug.Stack())
			found, err = nil, fmt.Errorf("internal error in the checker (please report it): %v", r)
		}
	}()
	return d.s.opts.Check(ctx, cfg, root)
}

// conformance holds root to its draft when root is a generated spec whose
// origin (.tla-gen/<Module>/origin.json) names one, so that the
// draft-conformance findings stay in the Problems list, beside SANY's,
// while the user edits the spec.
func (d *diagnostics) conformance(root string, snap *snapshot) (found []sany.Diagnostic) {
	var text []byte
	if doc := snap.document(root); doc != nil {
		text = doc.file.Text()
	} else {
		var err error
		if text, err = os.ReadFile(root); err != nil {
			return nil
		}
	}
	defer func() {
		if r := recover(); r != nil {
			d.s.logf("bug: the conformance check panicked on %s: %v\n%s", root, r, debug.Stack())
			found = nil
		}
	}()
	return d.s.opts.Conformance(root, text, "")
}

// publishChecked publishes diagnostics computed elsewhere (by generation)
// for root, as if a check of root had found them.
func (d *diagnostics) publishChecked(root string, found []sany.Diagnostic) {
	snap := d.s.docs.snapshot()
	d.mu.Lock()
	defer d.mu.Unlock()
	if prev := d.runs[root]; prev != nil {
		prev.cancel()
		delete(d.runs, root)
	}
	d.record(root, found, snap)
}

// record replaces root's contributions with found and publishes every file
// whose list changed. d.mu must be held.
func (d *diagnostics) record(root string, found []sany.Diagnostic, snap *snapshot) {
	d.recordAs(root, root, "", found, snap)
}

// recordAs is record for the contributions kept under key (root itself,
// or tla2toolsKey(root) for real SANY's findings), published with source
// when it is not "". d.mu must be held.
func (d *diagnostics) recordAs(key, root, source string, found []sany.Diagnostic, snap *snapshot) {
	if d.stopped {
		return
	}
	byFile := map[string][]protocol.Diagnostic{root: {}}
	for _, diag := range found {
		file := fileOf(diag, root)
		elsewhere := diag.Path != "" && file != filepath.Clean(diag.Path)
		pd := toProtocolDiagnostic(diag, elsewhere)
		if source != "" && pd.Source == diagnosticSource {
			pd.Source = source
		}
		byFile[file] = append(byFile[file], pd)
	}
	d.replaceContributions(key, byFile, func(f string) bool { return f == root }, snap)
}

// replaceContributions replaces what was kept under key with byFile and
// publishes every file whose list changed; isRoot says which files get a
// list even when it is empty. d.mu must be held.
func (d *diagnostics) replaceContributions(key string, byFile map[string][]protocol.Diagnostic, isRoot func(string) bool, snap *snapshot) {
	affected := map[string]bool{}
	for file, contrib := range d.contributions {
		if _, ok := contrib[key]; ok {
			delete(contrib, key)
			affected[file] = true
			if len(contrib) == 0 {
				delete(d.contributions, file)
			}
		}
	}
	for file, list := range byFile {
		if d.contributions[file] == nil {
			d.contributions[file] = map[string][]protocol.Diagnostic{}
		}
		d.contributions[file][key] = list
		affected[file] = true
	}
	files := make([]string, 0, len(affected))
	for f := range affected {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		d.publish(f, isRoot(f), snap)
	}
}

// fileOf is the file a diagnostic is published under: its own file when
// that is a real one, else the root (standard modules have no URI).
func fileOf(diag sany.Diagnostic, root string) string {
	if diag.Path == "" || !filepath.IsAbs(diag.Path) {
		return root
	}
	return filepath.Clean(diag.Path)
}

// publish sends file's merged list if it differs from what the client has.
// A root always gets a list, even an empty one, so the client knows it was
// checked. d.mu must be held.
func (d *diagnostics) publish(file string, isRoot bool, snap *snapshot) {
	list := d.merged(file)
	next := publication{uri: uriFromPath(file), diagnostics: list}
	if doc := snap.document(file); doc != nil {
		next.uri, next.version, next.open = doc.uri, doc.version, true
	}
	prev, seen := d.published[file]
	if seen && reflect.DeepEqual(prev, next) {
		return
	}
	if !seen && !isRoot && len(list) == 0 {
		return
	}
	if len(list) == 0 && len(d.contributions[file]) == 0 {
		delete(d.published, file)
	} else {
		d.published[file] = next
	}
	params := &protocol.PublishDiagnosticsParams{URI: next.uri, Diagnostics: list}
	if next.version > 0 {
		params.Version = uint32(next.version)
	}
	d.s.client.notify("textDocument/publishDiagnostics", params)
}

// merged is the union of every root's contribution to file, without
// duplicates, in a stable order. d.mu must be held.
func (d *diagnostics) merged(file string) []protocol.Diagnostic {
	roots := make([]string, 0, len(d.contributions[file]))
	for r := range d.contributions[file] {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	out := []protocol.Diagnostic{}
	seen := map[string]bool{}
	for _, r := range roots {
		for _, diag := range d.contributions[file][r] {
			k := fmt.Sprintf("%v|%v|%v|%s|%s", diag.Range, diag.Severity, diag.Code, diag.Source, diag.Message)
			if !seen[k] {
				seen[k] = true
				out = append(out, diag)
			}
		}
	}
	return out
}

// closed forgets what a closed module contributed as a root.
func (d *diagnostics) closed(path string) {
	d.s.configClosed(path)
	snap := d.s.docs.snapshot()
	d.mu.Lock()
	defer d.mu.Unlock()
	if t := d.timers[path]; t != nil {
		t.Stop()
		delete(d.timers, path)
	}
	if run := d.runs[path]; run != nil {
		run.cancel()
		delete(d.runs, path)
	}
	if run := d.tla2toolsRuns[path]; run != nil {
		run.cancel()
		delete(d.tla2toolsRuns, path)
	}
	delete(d.deps, path)
	var affected []string
	for file, contrib := range d.contributions {
		_, native := contrib[path]
		_, fromTla2tools := contrib[tla2toolsKey(path)]
		if native || fromTla2tools {
			delete(contrib, path)
			delete(contrib, tla2toolsKey(path))
			if len(contrib) == 0 {
				delete(d.contributions, file)
			}
			affected = append(affected, file)
		}
	}
	sort.Strings(affected)
	for _, f := range affected {
		d.publish(f, false, snap)
	}
}

// stop cancels pending and running checks; nothing is published after.
func (d *diagnostics) stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopped = true
	for _, t := range d.timers {
		t.Stop()
	}
	for _, r := range d.runs {
		r.cancel()
	}
	for _, r := range d.tla2toolsRuns {
		r.cancel()
	}
}

// toProtocolDiagnostic converts one sany.Diagnostic. Positions come from
// token.File.LSPPosition, the one mapper. elsewhere says the problem is in
// another file than the one it is published under (it has no location
// there), so its file is named in the message.
func toProtocolDiagnostic(diag sany.Diagnostic, elsewhere bool) protocol.Diagnostic {
	out := protocol.Diagnostic{
		Severity: toProtocolSeverity(diag.Severity),
		Source:   diagnosticSource,
		Message:  diag.Message,
	}
	if diag.Kind == conformance.KindConformance {
		out.Source = conformanceSource
	}
	if diag.Code != 0 {
		out.Code = int32(diag.Code)
	}
	if elsewhere && diag.Path != "" {
		out.Message = fmt.Sprintf("%s: %s", diag.Path, diag.Message)
	}
	if diag.HasLocation() && !elsewhere {
		start := diag.File.LSPPosition(diag.Pos)
		end := start
		if diag.End > diag.Pos {
			end = diag.File.LSPPosition(diag.End)
		}
		out.Range = protocol.Range{Start: toProtocolPosition(start), End: toProtocolPosition(end)}
	}
	return out
}

func toProtocolPosition(p token.LSPPosition) protocol.Position {
	return protocol.Position{Line: uint32(max(p.Line, 0)), Character: uint32(max(p.Character, 0))}
}

func toProtocolSeverity(s sany.Severity) protocol.DiagnosticSeverity {
	switch s {
	case sany.SeverityError:
		return protocol.DiagnosticSeverityError
	case sany.SeverityWarning:
		return protocol.DiagnosticSeverityWarning
	default:
		return protocol.DiagnosticSeverityInformation
	}
}

// countConformanceWarnings counts the draft-conformance warnings.
func countConformanceWarnings(diags []sany.Diagnostic) int {
	n := 0
	for _, d := range diags {
		if d.Kind == conformance.KindConformance && d.Severity == sany.SeverityWarning {
			n++
		}
	}
	return n
}

// countErrors counts SANY's errors (the draft-conformance check reports
// no errors, only warnings and notes).
func countErrors(diags []sany.Diagnostic) int {
	n := 0
	for _, d := range diags {
		if d.Severity == sany.SeverityError && d.Kind != conformance.KindConformance {
			n++
		}
	}
	return n
}
