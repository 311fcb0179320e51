package actions

import (
	"context"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// GenerateRequest says what to generate.
type GenerateRequest struct {
	SourcePath string // the program to translate
	DraftPath  string // "" to look for a neighbouring draft (FindDraft)
	OutDir     string // "" for the source's folder
	Config     config.Effective
	Model      llm.Model // nil: use the embedded offline skeleton generator
	Writer     Writer    // nil: write to disk atomically
	Overlay    sany.Overlay
	Force      bool // overwrite a spec the user edited (after backing it up)
}

// GenerateResult says what was generated and what the checker thinks of it.
type GenerateResult struct {
	SpecPath    string // <OutDir>/<MODULE>.tla
	Module      string
	Text        string
	Offline     bool // made by the embedded skeleton generator, not a model
	Diagnostics []sany.Diagnostic
	Message     string // one line for the user
}

// Progress is reported during generation.
type Progress struct {
	Message    string
	Percentage int // 0..100, or -1 if unknown
}

// Writer puts generated text into the user's workspace. The LSP server
// implements it with workspace/applyEdit where the client supports it.
type Writer interface {
	WriteFile(ctx context.Context, path string, text []byte) error
}

// Generate runs the whole pipeline: find the draft, fill the prompt, call
// the model (or the offline skeleton generator), extract the module, write
// <MODULE>.tla without clobbering user edits, and check it.
func Generate(ctx context.Context, req GenerateRequest, progress func(Progress)) (GenerateResult, error) {
	panic("unimplemented")
}
