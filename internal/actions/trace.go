package actions

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"
)

// Link pairs a core function of the source with the action that models it
// in the spec, for code lenses or document links in both directions.
type Link struct {
	Function string // the core function as the draft names it
	Action   string // the action's name in the spec
	// Exact is false when the names differ in case or underscores
	// (becomeFollower modelled by BecomeFollower).
	Exact bool
	// Source is the function's name in the source file; SourceDef its
	// whole definition (doc comment to end of body).
	Source    Span
	SourceDef Span
	// Spec is the action's name in its definition in the spec; SpecDef the
	// whole definition.
	Spec    Span
	SpecDef Span
}

// Span is a range of a file: byte offsets (half-open) and the same range
// in LSP positions (0-based lines, UTF-16 columns).
type Span struct {
	Path       string
	Start, End int
	From, To   token.LSPPosition // LSP positions of Start and End
}

// Trace links each core function of the draft to its action: the
// function's definition found in the source with srcfuncs, the action's
// definition found in the spec's AST (the action named like the function,
// else one named so up to case and underscores, as the conformance check
// matches them). Core functions missing on either side get no link.
//
// draftPath "" means the draft recorded in the spec's origin.json;
// sourcePath "" means the source recorded there.
func Trace(sourcePath, specPath, draftPath string) ([]Link, error) {
	if sourcePath == "" || draftPath == "" {
		src, dr, ok := ReadOrigin(specPath)
		if !ok {
			return nil, fmt.Errorf("%s has no record of the source and draft it was generated from (%s/<Module>/%s); give them explicitly", specPath, StateDirName, OriginName)
		}
		if sourcePath == "" {
			sourcePath = src
		}
		if draftPath == "" {
			draftPath = dr
		}
		if draftPath == "" {
			return nil, fmt.Errorf("%s was generated without a draft, so there is no list of core functions to link", filepath.Base(specPath))
		}
	}
	source, err := os.ReadFile(sourcePath)
	if err != nil {
		return nil, fmt.Errorf("cannot read the source: %w", err)
	}
	spec, err := os.ReadFile(specPath)
	if err != nil {
		return nil, fmt.Errorf("cannot read the spec: %w", err)
	}
	draftText, err := os.ReadFile(draftPath)
	if err != nil {
		return nil, fmt.Errorf("cannot read the draft: %w", err)
	}
	return TraceTexts(sourcePath, source, specPath, spec, draft.Parse(string(draftText))), nil
}

// TraceTexts is Trace over texts the caller holds (editor buffers).
func TraceTexts(sourcePath string, source []byte, specPath string, spec []byte, d draft.Draft) []Link {
	funcs := srcfuncs.Find(srcfuncs.LanguageOf(sourcePath), source)
	specFile := token.NewFile(specPath, spec)
	defs := actionDefs(specFile)
	sourceFile := token.NewFile(sourcePath, source)
	var links []Link
	seen := map[string]bool{}
	for _, core := range d.Core {
		if seen[core.Name] {
			continue
		}
		seen[core.Name] = true
		fn, ok := findFunc(funcs, core.Name)
		if !ok {
			continue
		}
		def, exact := conformance.FindAction(defs, core.Name)
		if def == nil {
			continue
		}
		links = append(links, Link{
			Function:  core.Name,
			Action:    def.Name.Name,
			Exact:     exact,
			Source:    span(sourceFile, fn.NameStart, fn.NameEnd),
			SourceDef: span(sourceFile, fn.Start, fn.End),
			Spec:      span(specFile, int(def.Name.Pos()), int(def.Name.End())),
			SpecDef:   span(specFile, int(def.Name.Pos()), int(def.End())),
		})
	}
	return links
}

func span(f *token.File, start, end int) Span {
	return Span{Path: f.Name(), Start: start, End: end, From: f.LSPPosition(token.Pos(start)), To: f.LSPPosition(token.Pos(end))}
}

// actionDefs lists the top-level operator definitions of the spec's first
// module, in order. A module with syntax errors still yields the
// definitions parsed before them.
func actionDefs(f *token.File) []*ast.OpDef {
	file, _ := parser.ParseFile(f)
	if file == nil || len(file.Modules) == 0 {
		return nil
	}
	var defs []*ast.OpDef
	for _, u := range file.Modules[0].Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name != nil {
			defs = append(defs, d)
		}
	}
	return defs
}

// findFunc returns the source function a draft name refers to: same name
// or qualified name first, else the same up to case and underscores.
func findFunc(funcs []srcfuncs.Func, core string) (srcfuncs.Func, bool) {
	name := strings.TrimSuffix(strings.Trim(strings.TrimSpace(core), "`"), "()")
	for _, f := range funcs {
		if f.Name == name || f.QualifiedName() == name || (f.Parent != "" && f.Parent+"::"+f.Name == name) {
			return f, true
		}
	}
	want := conformance.LooseName(conformance.ActionName(name))
	for _, f := range funcs {
		if conformance.LooseName(f.Name) == want {
			return f, true
		}
	}
	return srcfuncs.Func{}, false
}

// SpecsFromSource returns the specs generated from sourcePath that
// tla-gen-lsp knows of: those in the source's folder (and in extraDirs,
// the output folders used) whose origin.json names it. The LSP uses it to
// put "go to action" lenses on a source file.
func SpecsFromSource(sourcePath string, extraDirs ...string) []string {
	var specs []string
	for _, dir := range append([]string{filepath.Dir(sourcePath)}, extraDirs...) {
		records, _ := filepath.Glob(filepath.Join(dir, StateDirName, "*", OriginName))
		for _, rec := range records {
			module := filepath.Base(filepath.Dir(rec))
			spec := filepath.Join(dir, module+".tla")
			if src, _, ok := ReadOrigin(spec); ok && sameFile(src, sourcePath) {
				if _, err := os.Stat(spec); err == nil {
					specs = append(specs, spec)
				}
			}
		}
	}
	return specs
}
