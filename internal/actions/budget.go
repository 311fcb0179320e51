package actions

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tokens"
)

// DefaultAnswerReserve is the room, in tokens, kept for the model's
// answer when tlaGen.maxTokens is not set: a generated module is rarely
// longer.
const DefaultAnswerReserve = 4096

// TooLargeError says that a prompt and the room kept for the answer do not
// fit the model's context window: either the window is known and nothing
// was sent, or (FromServer) it was not and the server refused the prompt.
// Nothing is cut.
type TooLargeError struct {
	Tokens int // prompt tokens plus the tokens reserved for the answer
	Limit  int // the context window; 0 when a server refused without saying
	// Source says where Limit comes from (a setting, the endpoint, the
	// built-in table, the server's refusal).
	Source string
	// FromServer is true when the prompt was sent, the window being
	// unknown, and the server answered that it is too long.
	FromServer   bool
	PromptTokens int
	AnswerTokens int
	// CoreOnly is true when the prompt was already reduced to the core
	// functions; CanCoreOnly when that reduction is possible (the draft
	// names core functions) but was not asked for.
	CoreOnly    bool
	CanCoreOnly bool
}

func (e *TooLargeError) Error() string {
	var msg string
	switch {
	case e.FromServer && e.Limit > 0:
		msg = fmt.Sprintf("the model's server refused the prompt: it needs about %d tokens (%d with %d kept for the answer), more than the model's context window of %d tokens, as the server says; nothing was generated",
			e.Tokens, e.PromptTokens, e.AnswerTokens, e.Limit)
	case e.FromServer:
		msg = fmt.Sprintf("the model's server refused the prompt as longer than the model's context window (it needs about %d tokens: %d with %d kept for the answer); nothing was generated",
			e.Tokens, e.PromptTokens, e.AnswerTokens)
	default:
		msg = fmt.Sprintf("the prompt is %d tokens and, with %d tokens kept for the answer, needs %d tokens: more than the model's context window of %d tokens (%s; setting tlaGen.contextWindow overrides it); nothing was sent",
			e.PromptTokens, e.AnswerTokens, e.Tokens, e.Limit, e.Source)
	}
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

// Headline is the short form of the refusal, for a question to the user.
func (e *TooLargeError) Headline() string {
	switch {
	case e.Limit > 0 && e.Tokens > e.Limit:
		return fmt.Sprintf("Source is %d tokens over the model's context (limit %d).", e.Tokens-e.Limit, e.Limit)
	case e.Limit > 0:
		return fmt.Sprintf("The model's server says the source does not fit its context (limit %d).", e.Limit)
	}
	return "The model's server says the source does not fit its context."
}

// ErrNoCoreFunctions is returned for a core-only request whose draft names
// no core function.
var ErrNoCoreFunctions = errors.New("the draft names no core function, so there is nothing to send in place of the whole source")

// windowReporter is a model that can ask its endpoint for its context
// window (llm.OpenAI).
type windowReporter interface {
	ContextWindow(ctx context.Context) llm.Window
}

// resolveWindow is the context window to hold prompts to, and where it
// comes from: the contextWindow setting, else what the model's endpoint
// reports, else the built-in table of known model names, else unknown —
// then nothing is refused in advance and the server's answer decides.
func resolveWindow(ctx context.Context, cfg config.Effective, model llm.Model) llm.Window {
	if cfg.ContextWindow > 0 {
		return llm.Window{Tokens: cfg.ContextWindow, Source: "setting tlaGen.contextWindow"}
	}
	if r, ok := model.(windowReporter); ok {
		if w := r.ContextWindow(ctx); w.Known() {
			return w
		}
	}
	if n, ok := config.KnownContextWindow(cfg.Model); ok {
		return llm.Window{Tokens: n, Source: "built-in table of known models, for " + cfg.Model}
	}
	return llm.Window{Source: "the endpoint reports none and the model's name is not in the built-in table; the prompt is sent and the server's answer decides"}
}

// answerReserveOf is the room kept for the answer.
func answerReserveOf(cfg config.Effective) int {
	if cfg.MaxTokens > 0 {
		return cfg.MaxTokens
	}
	return DefaultAnswerReserve
}

// checkFits returns a *TooLargeError when messages (their text joined)
// and the answer's room exceed a known context window. An unknown window
// refuses nothing.
func checkFits(cfg config.Effective, window llm.Window, text string, coreOnly, canCoreOnly bool) error {
	fit := tokens.Budget(cfg.Model, window.Tokens, text, answerReserveOf(cfg))
	if fit.Fits() {
		return nil
	}
	return &TooLargeError{
		Tokens: fit.PromptTokens + fit.AnswerTokens, Limit: fit.ContextWindow, Source: window.Source,
		PromptTokens: fit.PromptTokens, AnswerTokens: fit.AnswerTokens,
		CoreOnly: coreOnly, CanCoreOnly: canCoreOnly && !coreOnly,
	}
}

// refusedByServer turns a model error saying that the prompt exceeds the
// context window into a *TooLargeError (so that the editor can offer the
// core functions only); any other error is returned as it is.
func refusedByServer(err error, cfg config.Effective, text string, coreOnly, canCoreOnly bool) error {
	var e *llm.Error
	if !errors.As(err, &e) || e.Kind != llm.ErrContextTooLong {
		return err
	}
	fit := tokens.Budget(cfg.Model, 0, text, answerReserveOf(cfg))
	tl := &TooLargeError{
		Tokens: fit.PromptTokens + fit.AnswerTokens, Limit: e.ContextLimit, Source: "the server's refusal",
		PromptTokens: fit.PromptTokens, AnswerTokens: fit.AnswerTokens, FromServer: true,
		CoreOnly: coreOnly, CanCoreOnly: canCoreOnly && !coreOnly,
	}
	if e.RequestedTokens > tl.Tokens {
		tl.Tokens = e.RequestedTokens
	}
	return tl
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
