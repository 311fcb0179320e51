package lsp

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/tla2tools"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// tla2toolsSource is the source of real SANY's diagnostics, so that the
// user can tell them from the native checker's ("sany").
const tla2toolsSource = "sany (tla2tools)"

// tla2toolsKey is the key under which real SANY's findings for root are
// kept among the contributions, beside the native check's (kept under
// root itself): each replaces only its own.
func tla2toolsKey(root string) string { return "tla2tools\x00" + root }

// nativePublished is what the editor is shown of a native check: all of
// it, unless the user chose real SANY alone, in which case only the
// draft-conformance findings (the native check still runs for them and
// for the repair loop).
func nativePublished(found []sany.Diagnostic, checker config.Checker) []sany.Diagnostic {
	if checker.Native() {
		return found
	}
	var kept []sany.Diagnostic
	for _, d := range found {
		if d.Kind == conformance.KindConformance {
			kept = append(kept, d)
		}
	}
	return kept
}

// saved runs real SANY on a saved module when the settings ask for it.
// SANY reads the file from disk and takes about half a second, so it runs
// on save only, never on keystrokes; its findings stay until the next save
// or until the module is closed.
func (d *diagnostics) saved(root string) {
	eff := d.s.effective()
	if !eff.Checker.Tla2tools() {
		return
	}
	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		return
	}
	if prev := d.tla2toolsRuns[root]; prev != nil {
		prev.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	d.seq++
	run := &checkRun{seq: d.seq, cancel: cancel}
	d.tla2toolsRuns[root] = run
	d.mu.Unlock()

	go func() {
		defer cancel()
		opts := tla2tools.Options{Java: eff.JavaPath, Jar: eff.Tla2toolsJar, SearchPaths: eff.LibraryPaths}
		found, err := d.runTla2tools(ctx, opts, root)
		if ctx.Err() != nil {
			return // superseded by a newer save, closed, or shutting down
		}
		if err != nil {
			// Java or the jar missing, a timeout: say so where the user
			// looks, once per save.
			d.s.logf("tla2tools check of %s: %v", root, err)
			found = []sany.Diagnostic{{Path: root, Pos: token.NoPos, End: token.NoPos,
				Severity: sany.SeverityError, Kind: sany.KindModule, Message: err.Error()}}
		}
		snap := d.s.docs.snapshot()
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.tla2toolsRuns[root] != run {
			return
		}
		delete(d.tla2toolsRuns, root)
		if snap.document(root) == nil {
			return // closed meanwhile
		}
		d.recordAs(tla2toolsKey(root), root, tla2toolsSource, found, snap)
	}()
}

// runTla2tools runs real SANY, turning a panic in our parsing of its
// output into an error so that one odd output cannot stop the server.
func (d *diagnostics) runTla2tools(ctx context.Context, opts tla2tools.Options, root string) (found []sany.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			d.s.logf("bug: the tla2tools backend panicked on %s: %v\n%s", root, r, debug.Stack())
			found, err = nil, fmt.Errorf("internal error in the tla2tools backend (please report it): %v", r)
		}
	}()
	return tla2tools.Check(ctx, opts, root)
}

// forgetTla2tools drops real SANY's findings for root once the settings no
// longer ask for them. d.mu must be held.
func (d *diagnostics) forgetTla2tools(root string, snap *snapshot) {
	key := tla2toolsKey(root)
	for _, contrib := range d.contributions {
		if _, ok := contrib[key]; ok {
			d.recordAs(key, root, tla2toolsSource, nil, snap)
			break
		}
	}
	for file, contrib := range d.contributions {
		if list, ok := contrib[key]; ok && len(list) == 0 {
			delete(contrib, key)
			if len(contrib) == 0 {
				delete(d.contributions, file)
			}
		}
	}
}
