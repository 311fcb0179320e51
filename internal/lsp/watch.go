package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"

	"go.lsp.dev/protocol"
)

// modulesGlob is the pattern of the files whose changes on disk matter to
// open modules: any module may be imported by one.
const modulesGlob = "**/*.tla"

// registration is one item of client/registerCapability.
type registration struct {
	ID              string `json:"id"`
	Method          string `json:"method"`
	RegisterOptions any    `json:"registerOptions,omitempty"`
}

// fileSystemWatcher is one pattern of didChangeWatchedFiles's options.
type fileSystemWatcher struct {
	GlobPattern string `json:"globPattern"`
}

// watchModules asks the client to report changes on disk to modules
// (workspace/didChangeWatchedFiles), which it only does for patterns
// registered dynamically. It waits for the client, so it runs on a
// goroutine of its own.
func (s *Server) watchModules(ctx context.Context) {
	params := map[string]any{"registrations": []registration{{
		ID:     "tla-gen-lsp/watch-modules",
		Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: map[string]any{
			"watchers": []fileSystemWatcher{{GlobPattern: modulesGlob}},
		},
	}}}
	if err := s.client.call(ctx, "client/registerCapability", params, nil); err != nil {
		s.logf("client/registerCapability: %v", err)
	}
}

// fileEvent is one change of didChangeWatchedFiles.
type fileEvent struct {
	URI  protocol.DocumentURI `json:"uri"`
	Type int                  `json:"type"` // 1 created, 2 changed, 3 deleted
}

// handleDidChangeWatchedFiles re-checks the open modules that a change on
// disk may affect: those that import a changed module, and, when a module
// appears or disappears, every open module (one may have been missing it).
// A module open in the editor is read from its buffer, so a change of its
// file alone does not re-check it.
func handleDidChangeWatchedFiles(_ context.Context, s *Server, params json.RawMessage) {
	var p struct {
		Changes []fileEvent `json:"changes"`
	}
	if err := decodeParams("workspace/didChangeWatchedFiles", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	changed := map[string]bool{}
	everything := false
	for _, c := range p.Changes {
		path, ok := pathFromURI(c.URI)
		if !ok || !isTLAPath(path) {
			continue
		}
		if c.Type != int(protocol.FileChangeTypeChanged) {
			everything = true
		}
		changed[filepath.Clean(path)] = true
	}
	if everything {
		s.diags.checkAllOpen()
		return
	}
	if len(changed) > 0 {
		s.diags.dependenciesChanged(changed)
	}
}
