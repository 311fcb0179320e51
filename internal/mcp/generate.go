package mcp

import (
	"context"
	"errors"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// GenerateSpecInput are tla_generate_spec's arguments.
type GenerateSpecInput struct {
	Source          string `json:"source" jsonschema:"the program to translate (Go, Rust, C, Java, Python, ...), absolute or relative to the server's working folder"`
	Draft           string `json:"draft,omitempty" jsonschema:"its draft analysis (default: looked for next to the source: <file>.draft.md, <stem>.draft.md, ...)"`
	OutDir          string `json:"outDir,omitempty" jsonschema:"folder to write <MODULE>.tla in (default: the source's folder)"`
	Force           bool   `json:"force,omitempty" jsonschema:"replace a spec edited since it was generated (it is backed up first)"`
	Offline         bool   `json:"offline,omitempty" jsonschema:"write the offline skeleton from the draft even if a model is configured"`
	CoreOnly        bool   `json:"coreOnly,omitempty" jsonschema:"send only the functions the draft names as core, for sources too large for the model's context window"`
	MaxRepairRounds *int   `json:"maxRepairRounds,omitempty" jsonschema:"rounds of sending the spec's errors back to the model (default 3; 0: none)"`
}

// RoundOutput is one answer of the model.
type RoundOutput struct {
	Number   int    `json:"number"`
	Path     string `json:"path" jsonschema:"where the round's text is kept"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
}

// GenerateSpecOutput is tla_generate_spec's answer.
type GenerateSpecOutput struct {
	SpecPath    string                `json:"specPath"`
	Module      string                `json:"module"`
	Offline     bool                  `json:"offline" jsonschema:"made by the embedded skeleton generator, not a model"`
	Model       string                `json:"model,omitempty"`
	DraftPath   string                `json:"draftPath,omitempty"`
	Diagnostics []sany.JSONDiagnostic `json:"diagnostics" jsonschema:"SANY's findings on the spec, then the draft-conformance ones (kind conformance)"`
	Errors      int                   `json:"errors"`
	Warnings    int                   `json:"warnings"`
	Clean       bool                  `json:"clean"`
	Message     string                `json:"message"`
	Rounds      []RoundOutput         `json:"rounds"`
	Kept        int                   `json:"kept" jsonschema:"the round whose text is in specPath (0: the offline skeleton)"`
	RepairStop  string                `json:"repairStop,omitempty"`
	BackedUp    string                `json:"backedUp,omitempty"`
	Notes       []string              `json:"notes,omitempty"`
	LogPath     string                `json:"logPath,omitempty"`
	Text        string                `json:"text" jsonschema:"the spec as written"`
}

// GenerateDraftInput are tla_generate_draft's arguments.
type GenerateDraftInput struct {
	Source  string `json:"source" jsonschema:"the program to analyse, absolute or relative to the server's working folder"`
	Force   bool   `json:"force,omitempty" jsonschema:"replace an existing <stem>.draft.md (it is backed up first)"`
	Offline bool   `json:"offline,omitempty" jsonschema:"list every function as core (unreviewed) without asking a model"`
}

// GenerateDraftOutput is tla_generate_draft's answer.
type GenerateDraftOutput struct {
	DraftPath string `json:"draftPath"`
	Offline   bool   `json:"offline"`
	Model     string `json:"model,omitempty"`
	BackedUp  string `json:"backedUp,omitempty"`
	Message   string `json:"message"`
	Text      string `json:"text" jsonschema:"the draft as written; review it before generating the spec"`
}

func (s *server) addGenerateTools(srv *Server) {
	writes := &toolAnnotations{DestructiveHint: ptr(false), OpenWorldHint: ptr(true)}
	addTool(srv, toolInfo{
		Name:  "tla_generate_spec",
		Title: "Generate a TLA+ spec from source code",
		Description: "Translate a source file and its draft analysis into <MODULE>.tla with the configured language model (OPENAI_API_KEY, OPENAI_BASE_URL, TLA_GEN_MODEL; none: an offline skeleton), check it as SANY does, and repair it while it has errors. " +
			"A spec edited since it was generated is not overwritten without force. Sends progress notifications.",
		Annotations: writes,
	}, nil, s.generateSpec)
	addTool(srv, toolInfo{
		Name:        "tla_generate_draft",
		Title:       "Write a draft analysis of source code",
		Description: "Write <stem>.draft.md beside a source file: its functions classified as core, helper or infrastructure, the essential state variables and properties, from the configured language model (none: every function listed as core, unreviewed). An existing draft is kept unless force. Sends progress notifications.",
		Annotations: writes,
	}, nil, s.generateDraft)
}

// settings are the generation settings: the server's, then the
// environment's.
func (s *server) settings(offline bool, repairRounds *int) config.Effective {
	st := s.opts.Settings
	st.Offline = st.Offline || offline
	if repairRounds != nil {
		st.MaxRepairRounds = repairRounds
	}
	if st.ModelCheckAfterGenerate == nil {
		// tla_generate_spec promises SANY's check and repair; model
		// checking is the editor's and the CLI's runtime phase.
		off := false
		st.ModelCheckAfterGenerate = &off
	}
	return st.Resolve(s.opts.LookupEnv)
}

func (s *server) generateSpec(ctx context.Context, req *request, in GenerateSpecInput) (GenerateSpecOutput, error) {
	if in.Source == "" {
		return GenerateSpecOutput{}, errors.New(`give "source": the program to translate`)
	}
	if in.MaxRepairRounds != nil && *in.MaxRepairRounds < 0 {
		return GenerateSpecOutput{}, errors.New(`"maxRepairRounds" must be 0 or more`)
	}
	r := actions.GenerateRequest{Force: in.Force, CoreOnly: in.CoreOnly, Config: s.settings(in.Offline, in.MaxRepairRounds)}
	var err error
	if r.SourcePath, err = s.absPath(in.Source); err != nil {
		return GenerateSpecOutput{}, err
	}
	if in.Draft != "" {
		if r.DraftPath, err = s.absPath(in.Draft); err != nil {
			return GenerateSpecOutput{}, err
		}
	}
	if in.OutDir != "" {
		if r.OutDir, err = s.absPath(in.OutDir); err != nil {
			return GenerateSpecOutput{}, err
		}
	}
	progress := newProgressReporter(ctx, req)
	res, err := actions.Generate(ctx, r, func(p actions.Progress) {
		progress.send(p.Message, float64(p.Percentage), 100)
	})
	if err != nil {
		return GenerateSpecOutput{}, s.redact(err)
	}
	out := GenerateSpecOutput{
		SpecPath: res.SpecPath, Module: res.Module, Offline: res.Offline, Model: res.ModelName, DraftPath: res.DraftPath,
		Diagnostics: []sany.JSONDiagnostic{}, Message: res.Message, Rounds: []RoundOutput{}, Kept: res.Kept,
		RepairStop: res.RepairStop, BackedUp: res.BackedUp, Notes: res.Notes, LogPath: res.LogPath, Text: res.Text,
	}
	for _, d := range res.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, d.JSON())
		if d.Severity == sany.SeverityError {
			out.Errors++
		} else {
			out.Warnings++
		}
	}
	out.Clean = out.Errors == 0
	for _, rd := range res.Rounds {
		out.Rounds = append(out.Rounds, RoundOutput{Number: rd.Number, Path: rd.Path, Errors: rd.Errors, Warnings: rd.Warnings})
	}
	return out, nil
}

func (s *server) generateDraft(ctx context.Context, req *request, in GenerateDraftInput) (GenerateDraftOutput, error) {
	if in.Source == "" {
		return GenerateDraftOutput{}, errors.New(`give "source": the program to analyse`)
	}
	src, err := s.absPath(in.Source)
	if err != nil {
		return GenerateDraftOutput{}, err
	}
	progress := newProgressReporter(ctx, req)
	res, err := actions.GenerateDraft(ctx, actions.DraftRequest{SourcePath: src, Config: s.settings(in.Offline, nil), Force: in.Force},
		func(p actions.Progress) { progress.send(p.Message, float64(p.Percentage), 100) })
	if err != nil {
		return GenerateDraftOutput{}, s.redact(err)
	}
	return GenerateDraftOutput{
		DraftPath: res.DraftPath, Offline: res.Offline, Model: res.ModelName, BackedUp: res.BackedUp,
		Message: res.Message, Text: res.Text,
	}, nil
}
