package mcp

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
)

// Options configure a server.
type Options struct {
	// Version is reported to the client in the initialize answer.
	Version string
	// LookupEnv reads the environment the model settings come from
	// (OPENAI_API_KEY, OPENAI_BASE_URL, TLA_GEN_MODEL), as the CLI's
	// generate and draft read it; nil means os.LookupEnv.
	LookupEnv func(string) (string, bool)
	// Settings are the settings given on the command line; the
	// environment fills what they leave unset.
	Settings config.Settings
	// WorkDir is the folder relative paths in tool arguments are taken
	// from; "" means the process's working folder.
	WorkDir string
}

// server holds what the tool handlers share. It has no mutable state:
// calls run concurrently.
type server struct {
	opts Options
}

// Server is an MCP server with every tool and resource of tla-gen-lsp.
// Its tables are filled once, by NewServer; it serves any number of
// sessions, one at a time or at once.
type Server struct {
	info      implementation
	tools     map[string]*tool
	resources []resourceInfo
	templates []resourceTemplate
	read      func(uri string) (resourceContents, error)
}

// NewServer returns an MCP server with every tool and resource of
// tla-gen-lsp registered.
func NewServer(opts Options) *Server {
	if opts.LookupEnv == nil {
		opts.LookupEnv = os.LookupEnv
	}
	if opts.Version == "" {
		opts.Version = "dev"
	}
	s := &server{opts: opts}
	srv := &Server{
		info:  implementation{Name: "tla-gen-lsp", Title: "TLA+ (tla-gen-lsp)", Version: opts.Version},
		tools: map[string]*tool{},
	}
	s.addCheckTool(srv)
	s.addSymbolTools(srv)
	s.addGenerateTools(srv)
	s.addModelCheckTool(srv)
	addResources(srv, s.opts.Settings.PromptFile)
	return srv
}

// Serve runs one session over in and out (newline-delimited JSON-RPC,
// the MCP stdio transport) until the client closes in or ctx ends; the
// calls still running are then cancelled and waited for.
func (srv *Server) Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	c := &conn{methods: srv.methods(), out: out, inFlight: map[string]context.CancelFunc{}}
	return c.serve(ctx, in)
}

// Serve runs a server with opts over in and out until the client closes
// in or ctx ends.
func Serve(ctx context.Context, opts Options, in io.ReadCloser, out io.WriteCloser) error {
	err := NewServer(opts).Serve(ctx, in, out)
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// instructions is what the client may show its model about the server.
const instructions = `TLA+ tools: tla_check checks modules exactly as SANY (the TLA+ parser and semantic analyser) does; ` +
	`tla_symbols lists a module's declarations and definitions; tla_definition says where a name is defined and what it is; ` +
	`tla_modelcheck runs the model checker (TLC's semantics) on a spec and its .cfg; ` +
	`tla_generate_draft and tla_generate_spec turn a source file into a draft analysis and a TLA+ spec with the configured language model. ` +
	`Paths may be absolute or relative to the server's working folder. Resources: the translation prompt and the standard modules.`

// redact removes the API key from an error of the generation pipeline
// (which scrubs its own; this guards every other path).
func (s *server) redact(err error) error {
	if err == nil {
		return nil
	}
	key := s.settings(false, nil).APIKey.Reveal()
	if key == "" || !strings.Contains(err.Error(), key) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), key, "[redacted]"))
}
