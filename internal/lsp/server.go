package lsp

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/jsonrpc2"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// Options wires the server to the plain Go functions it serves. Zero
// values pick the real implementations; tests replace some of them.
type Options struct {
	// Log receives the server's own trace (never the API key). Nil: discard.
	Log io.Writer
	// LookupEnv reads environment variables (default os.LookupEnv).
	LookupEnv func(string) (string, bool)
	// Check checks a root .tla file (default sany.Check).
	Check func(ctx context.Context, cfg sany.Config, path string) ([]sany.Diagnostic, error)
	// Conformance holds a generated spec's text to its draft (default
	// actions.CheckConformance; draftPath "" means the one in the spec's
	// origin.json). Its findings are published with source "tla-gen".
	Conformance func(specPath string, text []byte, draftPath string) []sany.Diagnostic
	// Generate runs generation (default actions.Generate).
	Generate func(ctx context.Context, req actions.GenerateRequest, progress func(actions.Progress)) (actions.GenerateResult, error)
	// GenerateDraft writes a draft analysis (default actions.GenerateDraft).
	GenerateDraft func(ctx context.Context, req actions.DraftRequest, progress func(actions.Progress)) (actions.DraftResult, error)
	// FindDraft finds the draft next to a source file (default
	// actions.FindDraft).
	FindDraft func(sourcePath string, names []string) (path string, ok bool)
	// NewModel builds the model for a configuration that uses one (default:
	// llm's OpenAI-compatible client, as actions.Generate would build it).
	// The server holds the model so that a generation run again after a
	// question to the user can reuse the first run's answer.
	NewModel func(config.Effective) (llm.Model, error)
	// ClientTimeout bounds every request the server sends to the client
	// (default 10 s). Applying an edit may ask the user, so it gets 6×.
	ClientTimeout time.Duration
	// StdlibDir is where the standard modules are written for editors to
	// open (go to definition); default: a folder of the user's cache.
	StdlibDir string
	// PromptTimeout bounds a question to the user (window/showMessageRequest)
	// before the server takes the cautious answer (default 2 min).
	PromptTimeout time.Duration
}

func (o Options) withDefaults() Options {
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.LookupEnv == nil {
		o.LookupEnv = os.LookupEnv
	}
	if o.Check == nil {
		o.Check = sany.Check
	}
	if o.Conformance == nil {
		o.Conformance = actions.CheckConformance
	}
	if o.Generate == nil {
		o.Generate = actions.Generate
	}
	if o.GenerateDraft == nil {
		o.GenerateDraft = actions.GenerateDraft
	}
	if o.FindDraft == nil {
		o.FindDraft = actions.FindDraft
	}
	if o.NewModel == nil {
		o.NewModel = newOpenAIModel
	}
	if o.ClientTimeout <= 0 {
		o.ClientTimeout = 10 * time.Second
	}
	if o.PromptTimeout <= 0 {
		o.PromptTimeout = 2 * time.Minute
	}
	return o
}

// Server is one language-server session over one connection.
type Server struct {
	opts   Options
	conn   jsonrpc2.Conn
	client *client
	logger *log.Logger

	docs   *store
	diags  *diagnostics
	specs  *specCache   // analysed specs for the language features (langspec.go)
	checks *modelChecks // model checking and .cfg diagnostics (modelcheck.go)

	// requests holds the cancel function of every request being handled.
	requests *requestTable
	// progress maps our work-done tokens to the work they report on, for
	// window/workDoneProgress/cancel.
	progress *requestTable

	mu          sync.Mutex
	state       sessionState
	caps        clientCaps
	initOptions []byte          // the tlaGen section of initializationOptions
	pulled      []byte          // the tlaGen section from workspace/configuration
	settings    config.Settings // initOptions overlaid with pulled

	tokens     atomic.Uint64     // progress token counter
	generating map[string]bool   // source paths being generated from, guarded by mu
	genLogs    map[string]string // source path → its last generation log, guarded by mu
	lastLog    string            // the last generation log written, guarded by mu

	exited chan int // receives the exit status once, on "exit"
	done   chan struct{}
	cancel context.CancelFunc
}

// sessionState is the lifecycle position of the session.
type sessionState int

const (
	stateStarted sessionState = iota
	stateInitialized
	stateShutdown
)

// Run serves LSP on r/w until the client sends exit or closes the stream,
// and returns the process exit status: 0 after shutdown then exit, 1 when
// the session ends without a shutdown request.
func Run(ctx context.Context, r io.Reader, w io.Writer, opts Options) int {
	var closer io.Closer
	if c, ok := r.(io.Closer); ok {
		closer = c
	}
	s := newServer(opts)
	stream := newTolerantStream(r, w, closer, s.logf)
	return s.serve(ctx, stream)
}

func newServer(opts Options) *Server {
	analyze := opts.Check == nil // the real checker: analyse, for the language features too
	opts = opts.withDefaults()
	s := &Server{
		opts:       opts,
		logger:     log.New(opts.Log, "tla-gen-lsp: ", log.LstdFlags|log.Lmicroseconds),
		requests:   newRequestTable(),
		progress:   newRequestTable(),
		exited:     make(chan int, 1),
		generating: map[string]bool{},
		genLogs:    map[string]string{},
		done:       make(chan struct{}),
	}
	s.docs = newStore()
	s.diags = newDiagnostics(s)
	s.specs = newSpecCache()
	s.checks = newModelChecks()
	if analyze {
		s.opts.Check = s.checkAndKeep
	}
	return s
}

// serve runs the connection on stream until exit, end of input or ctx.
func (s *Server) serve(ctx context.Context, stream *tolerantStream) int {
	ctx, s.cancel = context.WithCancel(ctx)
	defer s.cancel()
	s.conn = jsonrpc2.NewConn(stream)
	s.client = &client{conn: s.conn, timeout: s.opts.ClientTimeout, redact: s.redact, logf: s.logf}
	s.conn.Go(ctx, s.handle)

	code := 1
	select {
	case code = <-s.exited:
	case <-s.conn.Done():
		s.mu.Lock()
		if s.state == stateShutdown {
			code = 0
		}
		s.mu.Unlock()
		if err := s.conn.Err(); err != nil {
			s.logf("connection ended: %v", err)
		}
	case <-ctx.Done():
	}
	close(s.done)
	s.requests.cancelAll()
	s.progress.cancelAll()
	s.diags.stop()
	stream.flush(time.Second)
	_ = s.conn.Close()
	return code
}

// logf writes to the server's trace log, redacting secrets.
func (s *Server) logf(format string, args ...any) {
	s.logger.Print(s.redact(fmt.Sprintf(format, args...)))
}

// effective returns the merged configuration now in force.
func (s *Server) effective() config.Effective {
	s.mu.Lock()
	settings := s.settings
	s.mu.Unlock()
	return settings.Resolve(s.opts.LookupEnv)
}

// capabilities returns what the client said it supports.
func (s *Server) capabilities() clientCaps {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.caps
}

// nextToken returns a number for a new progress token.
func (s *Server) nextToken() uint64 { return s.tokens.Add(1) }

// newOpenAIModel is the default Options.NewModel.
func newOpenAIModel(e config.Effective) (llm.Model, error) {
	m, err := llm.NewOpenAI(llm.OptionsFromConfig(e))
	if err != nil {
		return nil, err
	}
	return m, nil
}
