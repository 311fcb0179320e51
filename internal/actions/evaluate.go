package actions

import (
	"context"
	"maps"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// verdict is what the checkers think of one version of a spec.
type verdict struct {
	SANY        []sany.Diagnostic // SANY's diagnostics (all files the spec imports)
	Conformance []sany.Diagnostic // draft-conformance diagnostics (KindConformance)
	Errors      int               // SANY errors
	Warnings    int               // draft-conformance warnings (infos do not count)
}

// all returns SANY's diagnostics followed by the conformance ones.
func (v verdict) all() []sany.Diagnostic {
	out := make([]sany.Diagnostic, 0, len(v.SANY)+len(v.Conformance))
	return append(append(out, v.SANY...), v.Conformance...)
}

// needsRepair reports whether a repair round should run: on SANY errors
// always, on conformance warnings only when the user asked for it.
func (v verdict) needsRepair(repairConformance bool) bool {
	return v.Errors > 0 || (repairConformance && v.Warnings > 0)
}

// betterThan reports whether v is an improvement on old: fewer errors, or
// (when conformance warnings count) as many errors and fewer warnings.
func (v verdict) betterThan(old verdict, repairConformance bool) bool {
	if v.Errors != old.Errors {
		return v.Errors < old.Errors
	}
	return repairConformance && v.Warnings < old.Warnings
}

// evaluate checks text as the content of the spec at path (without
// writing it): SANY over the module and its imports, then draft
// conformance against d.
func evaluate(ctx context.Context, libraryPaths []string, base sany.Overlay, path string, text []byte, d draft.Draft) (verdict, error) {
	overlay := maps.Clone(base)
	if overlay == nil {
		overlay = sany.Overlay{}
	}
	overlay[filepath.Clean(path)] = text
	diags, err := sany.Check(ctx, sany.Config{SearchPaths: libraryPaths, Overlay: overlay}, path)
	if err != nil {
		return verdict{}, err
	}
	v := verdict{SANY: diags, Conformance: conformanceOf(path, text, d)}
	for _, dg := range diags {
		if dg.Severity == sany.SeverityError {
			v.Errors++
		}
	}
	for _, dg := range v.Conformance {
		if dg.Severity == sany.SeverityWarning {
			v.Warnings++
		}
	}
	return v, nil
}

// expectationsOf is what a draft asks a spec to contain.
func expectationsOf(d draft.Draft) conformance.Expectations {
	var want conformance.Expectations
	for _, f := range d.Core {
		want.CoreFunctions = append(want.CoreFunctions, f.Name)
	}
	for _, v := range d.Variables {
		want.Variables = append(want.Variables, v.Name)
	}
	return want
}

// conformanceOf holds the first module of text to the draft. A module that
// does not parse gets no conformance diagnostics: SANY's errors say what
// is wrong with it, and an AST cut short would give false findings.
func conformanceOf(path string, text []byte, d draft.Draft) []sany.Diagnostic {
	f := token.NewFile(path, text)
	file, errs := parser.ParseFile(f)
	if len(errs) > 0 || file == nil || len(file.Modules) == 0 {
		return nil
	}
	return conformance.Check(f, file.Modules[0], expectationsOf(d))
}
