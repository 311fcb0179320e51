package actions

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tokens"
)

// DefaultAnswerReserve is the room, in tokens, kept for the model's
// answer when tlaGen.maxTokens is not set: a generated module is rarely
// longer.
const DefaultAnswerReserve = 4096

// TooLargeError says that a prompt and the room kept for the answer do not
// fit the model's context window. Nothing is sent and nothing is cut.
type TooLargeError struct {
	Tokens       int // prompt tokens plus the tokens reserved for the answer
	Limit        int // the context window
	PromptTokens int
	AnswerTokens int
	// CoreOnly is true when the prompt was already reduced to the core
	// functions; CanCoreOnly when that reduction is possible (the draft
	// names core functions) but was not asked for.
	CoreOnly    bool
	CanCoreOnly bool
}

func (e *TooLargeError) Error() string {
	msg := fmt.Sprintf("the prompt is %d tokens and, with %d tokens kept for the answer, needs %d tokens: more than the model's context window of %d tokens (setting tlaGen.contextWindow); nothing was sent",
		e.PromptTokens, e.AnswerTokens, e.Tokens, e.Limit)
	switch {
	case e.CanCoreOnly:
		msg += ". Send only the core functions (the editor offers it; on the command line: -core-only) to include just the functions the draft names as core, or raise the contextWindow setting if the model's window is larger"
	case e.CoreOnly:
		msg += ", even with only the core functions; shorten the draft, name fewer core functions, or use a model with a larger window"
	default:
		msg += "; write a draft that names the core functions so that only they are sent, or use a model with a larger window"
	}
	return msg
}

// ErrNoCoreFunctions is returned for a core-only request whose draft names
// no core function.
var ErrNoCoreFunctions = errors.New("the draft names no core function, so there is nothing to send in place of the whole source")

// contextWindowOf is the window to hold prompts to.
func contextWindowOf(cfg config.Effective) int {
	if cfg.ContextWindow > 0 {
		return cfg.ContextWindow
	}
	return config.DefaultContextWindow(cfg.Model)
}

// answerReserveOf is the room kept for the answer.
func answerReserveOf(cfg config.Effective) int {
	if cfg.MaxTokens > 0 {
		return cfg.MaxTokens
	}
	return DefaultAnswerReserve
}

// checkFits returns a *TooLargeError when messages (their text joined)
// and the answer's room exceed the context window.
func checkFits(cfg config.Effective, text string, coreOnly, canCoreOnly bool) error {
	fit := tokens.Budget(cfg.Model, contextWindowOf(cfg), text, answerReserveOf(cfg))
	if fit.Fits() {
		return nil
	}
	return &TooLargeError{
		Tokens: fit.PromptTokens + fit.AnswerTokens, Limit: fit.ContextWindow,
		PromptTokens: fit.PromptTokens, AnswerTokens: fit.AnswerTokens,
		CoreOnly: coreOnly, CanCoreOnly: canCoreOnly && !coreOnly,
	}
}

// coreOnlySource returns the part of the source to send in a core-only
// request: the functions the draft names as core, extracted whole, under a
// note saying that the rest was left out and which names were not found.
func coreOnlySource(sourcePath string, source []byte, d draft.Draft) (text string, missing []string, err error) {
	var names []string
	for _, f := range d.Core {
		names = append(names, f.Name)
	}
	if len(names) == 0 {
		return "", nil, ErrNoCoreFunctions
	}
	lang := srcfuncs.LanguageOf(sourcePath)
	if lang == "" {
		return "", nil, fmt.Errorf("cannot extract the core functions: the language of %s is not one tla-gen-lsp can read functions from", filepath.Base(sourcePath))
	}
	code, missing := srcfuncs.Extract(lang, source, names)
	if strings.TrimSpace(code) == "" {
		return "", missing, fmt.Errorf("none of the draft's core functions (%s) was found in %s", strings.Join(names, ", "), filepath.Base(sourcePath))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "(Only the core functions named by the draft are shown, extracted from %s; the rest of the file was left out to fit the model's context window.", filepath.Base(sourcePath))
	if len(missing) > 0 {
		fmt.Fprintf(&b, " Not found in the source: %s.", strings.Join(missing, ", "))
	}
	b.WriteString(")\n\n")
	b.WriteString(code)
	return b.String(), missing, nil
}
