package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
)

// showLogResult is tlaGen.showGenerationLog's reply: the log's path, for
// clients without window/showDocument to open themselves.
type showLogResult struct {
	Path  string               `json:"path"`
	URI   protocol.DocumentURI `json:"uri"`
	Shown bool                 `json:"shown"` // the server asked the editor to show it
}

// showGenerationLog opens the log of a generation: of the spec at u (a
// .tla file: its .tla-gen/<Module>/generation.log), of the last
// generation from the source at u, or of the session's last generation
// when u is empty.
func (s *Server) showGenerationLog(ctx context.Context, u protocol.DocumentURI) (any, error) {
	path, err := s.generationLogPath(u)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("There is no generation log at %s yet: generate the spec first.", path))
		return nil, nil
	}
	out := showLogResult{Path: path, URI: uriFromPath(path)}
	if s.capabilities().showDocument {
		var shown showDocumentResult
		if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: out.URI, TakeFocus: true}, &shown); err != nil {
			s.logf("window/showDocument: %v", err)
		}
		out.Shown = shown.Success
	}
	return out, nil
}

// generationLogPath finds the log showGenerationLog is asked for.
func (s *Server) generationLogPath(u protocol.DocumentURI) (string, error) {
	if u == "" {
		s.mu.Lock()
		last := s.lastLog
		s.mu.Unlock()
		if last == "" {
			return "", jsonrpc2.NewError(jsonrpc2.InvalidParams, "no generation ran in this session: pass the spec's URI")
		}
		return last, nil
	}
	path, ok := pathFromURI(u)
	if !ok {
		return "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", u)
	}
	if isTLAPath(path) {
		return specLogPath(path), nil
	}
	s.mu.Lock()
	logPath := s.genLogs[path]
	s.mu.Unlock()
	if logPath == "" {
		return "", jsonrpc2.Errorf(jsonrpc2.InvalidParams, "no spec was generated from %s in this session: pass the spec's URI", filepath.Base(path))
	}
	return logPath, nil
}

// specLogPath is the generation log of the spec at path.
func specLogPath(path string) string {
	module := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return filepath.Join(filepath.Dir(path), actions.StateDirName, module, actions.GenerationLogName)
}
