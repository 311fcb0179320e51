package mcp

import (
	"context"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// CheckInput are tla_check's arguments.
type CheckInput struct {
	Files       []string `json:"files,omitempty" jsonschema:"paths of .tla files to check, absolute or relative to the server's working folder"`
	Text        string   `json:"text,omitempty" jsonschema:"the text of a module to check instead of (or as the unsaved contents of) file"`
	File        string   `json:"file,omitempty" jsonschema:"with text: the file the text stands for; its folder is searched for the modules it imports (default: <MODULE>.tla in the working folder)"`
	SearchPaths []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for modules named in EXTENDS and INSTANCE, after the module's own folder"`
}

// CheckOutput is tla_check's answer.
type CheckOutput struct {
	// Diagnostics are in the order SANY reports them, as
	// "tla-gen-lsp check -format json" prints them.
	Diagnostics []sany.JSONDiagnostic `json:"diagnostics" jsonschema:"SANY's findings in SANY's order, 1-based positions as SANY prints them"`
	Errors      int                   `json:"errors"`
	Warnings    int                   `json:"warnings"`
	Clean       bool                  `json:"clean" jsonschema:"true when no module has errors"`
}

func (s *server) addCheckTool(srv *Server) {
	addTool(srv, toolInfo{
		Name:        "tla_check",
		Title:       "Check TLA+ modules",
		Description: "Check TLA+ modules exactly as SANY does (lexical, parse, semantic and level errors, with the modules they EXTEND and INSTANCE): give files, or the text of one module. Answers the diagnostics as `tla-gen-lsp check -format json` prints them.",
		Annotations: &toolAnnotations{ReadOnlyHint: true, OpenWorldHint: ptr(false)},
	}, nil, s.check)
}

func (s *server) check(ctx context.Context, _ *request, in CheckInput) (CheckOutput, error) {
	var targets []target
	if in.Text != "" || (in.File != "" && len(in.Files) == 0) {
		t, err := s.target(in.File, in.Text, in.SearchPaths)
		if err != nil {
			return CheckOutput{}, err
		}
		targets = append(targets, t)
	}
	for _, f := range in.Files {
		t, err := s.target(f, "", in.SearchPaths)
		if err != nil {
			return CheckOutput{}, err
		}
		targets = append(targets, t)
	}
	if len(targets) == 0 {
		return CheckOutput{}, errNoModule
	}
	out := CheckOutput{Diagnostics: []sany.JSONDiagnostic{}}
	for _, t := range targets {
		diags, err := sany.Check(ctx, sany.Config{SearchPaths: t.searchPaths, Overlay: t.overlay}, t.path)
		if err != nil {
			return CheckOutput{}, err
		}
		for _, d := range diags {
			out.Diagnostics = append(out.Diagnostics, d.JSON())
			if d.Severity == sany.SeverityError {
				out.Errors++
			} else {
				out.Warnings++
			}
		}
	}
	out.Clean = out.Errors == 0
	return out, nil
}

func ptr[T any](v T) *T { return &v }
