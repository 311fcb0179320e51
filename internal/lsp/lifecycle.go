package lsp

import (
	"context"
	"encoding/json"
	"slices"

	"go.lsp.dev/protocol"
)

// Kinds of our code actions: source actions (whole-file, not tied to a
// selection) of our own.
const (
	codeActionKindGenerate      protocol.CodeActionKind = "source.generateSpec"
	codeActionKindGenerateDraft protocol.CodeActionKind = "source.generateDraft"
)

// clientCaps is the part of the client's capabilities the server acts on.
// The server sends only requests the client advertised.
type clientCaps struct {
	workDoneProgress bool // window/workDoneProgress/create and $/progress
	showDocument     bool // window/showDocument
	configuration    bool // workspace/configuration
	applyEditCreate  bool // workspace/applyEdit with CreateFile in documentChanges
	codeLensRefresh  bool // workspace/codeLens/refresh
	watchedFiles     bool // client/registerCapability for workspace/didChangeWatchedFiles
}

func clientCapsFrom(c protocol.ClientCapabilities) clientCaps {
	var caps clientCaps
	if w := c.Window; w != nil {
		caps.workDoneProgress = w.WorkDoneProgress
		caps.showDocument = w.ShowDocument != nil && w.ShowDocument.Support
	}
	if ws := c.Workspace; ws != nil {
		caps.configuration = ws.Configuration
		caps.codeLensRefresh = ws.CodeLens != nil && ws.CodeLens.RefreshSupport
		caps.watchedFiles = ws.DidChangeWatchedFiles != nil && ws.DidChangeWatchedFiles.DynamicRegistration
		if e := ws.WorkspaceEdit; ws.ApplyEdit && e != nil {
			caps.applyEditCreate = e.DocumentChanges && slices.Contains(e.ResourceOperations, string(protocol.CreateResourceOperation))
		}
	}
	return caps
}

// initializeParams is the part of InitializeParams the server reads.
// InitializationOptions stays raw: it holds our settings.
type initializeParams struct {
	Capabilities          protocol.ClientCapabilities `json:"capabilities"`
	InitializationOptions json.RawMessage             `json:"initializationOptions,omitempty"`
}

func handleInitialize(_ context.Context, s *Server, params json.RawMessage) (any, error) {
	var p initializeParams
	if err := decodeParams("initialize", params, &p); err != nil {
		return nil, err
	}
	initOptions := settingsSection(p.InitializationOptions)
	settings := mergeSettings(s.logf, initOptions)
	s.mu.Lock()
	s.caps = clientCapsFrom(p.Capabilities)
	s.initOptions = initOptions
	s.settings = settings
	s.state = stateInitialized
	caps := s.caps
	s.mu.Unlock()
	s.logf("initialize: client %+v; settings %s", caps, s.effective())

	result := protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindIncremental,
				Save:      &protocol.SaveOptions{IncludeText: false},
			},
			CodeActionProvider: protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{codeActionKindGenerate, codeActionKindGenerateDraft,
					codeActionKindGenerateConfig, codeActionKindModelCheck},
			},
			CodeLensProvider: &protocol.CodeLensOptions{},
			ExecuteCommandProvider: &protocol.ExecuteCommandOptions{
				Commands: commandNames(),
			},
		},
		ServerInfo: &protocol.ServerInfo{Name: "tla-gen-lsp"},
	}
	addLanguageCapabilities(&result.Capabilities)
	return result, nil
}

func handleInitialized(_ context.Context, s *Server, _ json.RawMessage) {
	caps := s.capabilities()
	if caps.configuration {
		go s.pullConfiguration(context.Background())
	}
	if caps.watchedFiles {
		go s.watchModules(context.Background())
	}
}

func handleShutdown(_ context.Context, s *Server, _ json.RawMessage) (any, error) {
	s.mu.Lock()
	s.state = stateShutdown
	s.mu.Unlock()
	s.requests.cancelAll()
	s.progress.cancelAll()
	s.diags.stop()
	return nil, nil
}

// handleExit ends the session: status 0 after shutdown, 1 otherwise.
func handleExit(_ context.Context, s *Server, _ json.RawMessage) {
	s.mu.Lock()
	code := 1
	if s.state == stateShutdown {
		code = 0
	}
	s.mu.Unlock()
	select {
	case s.exited <- code:
	default:
	}
}
