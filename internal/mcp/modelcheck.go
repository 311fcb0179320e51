package mcp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// ModelCheckInput are tla_modelcheck's arguments.
type ModelCheckInput struct {
	File           string   `json:"file,omitempty" jsonschema:"the spec's root module (.tla), absolute or relative to the server's working folder"`
	Text           string   `json:"text,omitempty" jsonschema:"the spec's text, instead of (or as the unsaved contents of) file"`
	Config         string   `json:"config,omitempty" jsonschema:"the model configuration (.cfg); default: the spec's path with the extension .cfg"`
	ConfigText     string   `json:"configText,omitempty" jsonschema:"the configuration's text, instead of (or as the unsaved contents of) config"`
	SearchPaths    []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for imported modules"`
	MaxStates      int64    `json:"maxStates,omitempty" jsonschema:"stop (result incomplete) after this many distinct states; default 1000000, 0 or less: that default"`
	TimeoutSeconds int      `json:"timeoutSeconds,omitempty" jsonschema:"stop (result incomplete) after this many seconds; default 60"`
	CheckDeadlock  *bool    `json:"checkDeadlock,omitempty" jsonschema:"override the configuration's CHECK_DEADLOCK (TLC checks for deadlock by default)"`
	Workers        int      `json:"workers,omitempty" jsonschema:"search goroutines (default 1); counts and verdicts do not depend on it"`
}

// ModelCheckOutput is tla_modelcheck's answer: the object
// "tla-gen-lsp modelcheck -format json" prints, plus what the spec printed.
type ModelCheckOutput struct {
	tlc.Result
	// Output is what the spec printed (Print, PrintT), cut at maxPrinted.
	Output string `json:"output,omitempty"`
}

// Bounds of a model-checking call whose client gives none: an agent's
// call must end.
const (
	defaultMaxStates = 1_000_000
	defaultTimeout   = 60 * time.Second
	maxPrinted       = 16 << 10
)

func (s *server) addModelCheckTool(srv *Server) {
	addTool(srv, toolInfo{
		Name:  "tla_modelcheck",
		Title: "Model-check a TLA+ spec",
		Description: "Run the model checker (TLC's semantics, no Java) on a spec and its .cfg: the verdict (success, safety/deadlock/liveness/assumption failure, error, unsupported, incomplete), " +
			"the distinct and generated state counts, the depth, the violated property and the shortest counterexample trace, state by state. Bounded by maxStates and timeoutSeconds. Sends progress notifications.",
		Annotations: &toolAnnotations{ReadOnlyHint: true, OpenWorldHint: ptr(false)},
	}, modelCheckSchemas, s.modelCheck)
}

// modelCheckSchemas describe a trace state, whose JSON (tlc.Bindings'
// MarshalJSON) is an object of variable names to printed values, which
// inference from the Go type cannot see.
var modelCheckSchemas = schemaOverrides{
	reflect.TypeFor[tlc.Bindings](): {
		Type:                 "object",
		Description:          "the state's variables, in declaration order, with their values printed as TLC prints them",
		AdditionalProperties: &schema{Type: "string"},
	},
}

func (s *server) modelCheck(ctx context.Context, req *request, in ModelCheckInput) (ModelCheckOutput, error) {
	if in.MaxStates < 0 || in.TimeoutSeconds < 0 || in.Workers < 0 {
		return ModelCheckOutput{}, errors.New(`"maxStates", "timeoutSeconds" and "workers" must not be negative`)
	}
	t, err := s.target(in.File, in.Text, in.SearchPaths)
	if err != nil {
		return ModelCheckOutput{}, err
	}
	opts := tlc.Options{
		SpecPath: t.path, SearchPaths: t.searchPaths, Overlay: t.overlay,
		MaxStates: in.MaxStates, Timeout: time.Duration(in.TimeoutSeconds) * time.Second,
		CheckDeadlock: in.CheckDeadlock, Workers: in.Workers,
	}
	if opts.MaxStates == 0 {
		opts.MaxStates = defaultMaxStates
	}
	if opts.Timeout == 0 {
		opts.Timeout = defaultTimeout
	}
	if in.Config != "" || in.ConfigText != "" {
		cfgPath := in.Config
		if cfgPath == "" {
			cfgPath = strings.TrimSuffix(t.path, ".tla") + ".cfg"
		}
		if opts.ConfigPath, err = s.absPath(cfgPath); err != nil {
			return ModelCheckOutput{}, err
		}
		if in.ConfigText != "" {
			if opts.Overlay == nil {
				opts.Overlay = sany.Overlay{}
			}
			opts.Overlay[opts.ConfigPath] = []byte(in.ConfigText)
		}
	}
	progress := newProgressReporter(ctx, req)
	opts.Progress = func(p tlc.Progress) {
		progress.send(fmt.Sprintf("%d distinct states, %d generated, depth %d, %d queued", p.Distinct, p.Generated, p.Depth, p.Queue), 0, 0)
	}
	var printed limitedBuffer
	opts.Output = &printed
	res, err := tlc.Check(ctx, opts)
	if errors.Is(err, tlc.ErrNotImplemented) {
		return ModelCheckOutput{}, errors.New("the model checker is not part of this build of tla-gen-lsp yet")
	}
	if err != nil {
		return ModelCheckOutput{}, err
	}
	if res.Trace == nil {
		res.Trace = []tlc.TraceStep{}
	}
	return ModelCheckOutput{Result: *res, Output: printed.String()}, nil
}

// limitedBuffer keeps the first maxPrinted bytes written to it; the
// checker's workers may print at once.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	cut bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := maxPrinted - b.buf.Len(); room < len(p) {
		b.buf.Write(p[:max(room, 0)])
		b.cut = true
	} else {
		b.buf.Write(p)
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cut {
		return b.buf.String() + "\n… (cut)"
	}
	return b.buf.String()
}
