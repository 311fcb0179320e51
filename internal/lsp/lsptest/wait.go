package lsptest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"
)

// waitFor waits until cond (called with c.mu held) is true.
func (c *Client) waitFor(ctx context.Context, what string, cond func() bool) error {
	for {
		c.mu.Lock()
		ok := cond()
		changed := c.changed
		c.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-c.conn.Done():
			return fmt.Errorf("waiting for %s: connection closed", what)
		}
	}
}

// WaitDiagnostics waits for a publication for u that satisfies ok (any
// publication when ok is nil) and returns the latest such publication.
func (c *Client) WaitDiagnostics(ctx context.Context, u protocol.DocumentURI, ok func(protocol.PublishDiagnosticsParams) bool) (protocol.PublishDiagnosticsParams, error) {
	var found protocol.PublishDiagnosticsParams
	err := c.waitFor(ctx, "diagnostics for "+string(u), func() bool {
		list := c.diagnostics[u]
		if len(list) == 0 {
			return false
		}
		last := list[len(list)-1]
		if ok == nil || ok(last) {
			found = last
			return true
		}
		return false
	})
	return found, err
}

// Publications returns the number of publishDiagnostics received so far.
func (c *Client) Publications() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.publications
}

// Diagnostics returns every publication for u so far.
func (c *Client) Diagnostics(u protocol.DocumentURI) []protocol.PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]protocol.PublishDiagnosticsParams(nil), c.diagnostics[u]...)
}

// WaitMessage waits for a showMessage containing substr.
func (c *Client) WaitMessage(ctx context.Context, substr string) (protocol.ShowMessageParams, error) {
	var found protocol.ShowMessageParams
	err := c.waitFor(ctx, fmt.Sprintf("showMessage %q", substr), func() bool {
		for _, m := range c.messages {
			if strings.Contains(m.Message, substr) {
				found = m
				return true
			}
		}
		return false
	})
	return found, err
}

// WaitMessageOfType waits for a showMessage of the given type.
func (c *Client) WaitMessageOfType(ctx context.Context, kind protocol.MessageType) (protocol.ShowMessageParams, error) {
	var found protocol.ShowMessageParams
	err := c.waitFor(ctx, fmt.Sprintf("showMessage of type %v", kind), func() bool {
		for _, m := range c.messages {
			if m.Type == kind {
				found = m
				return true
			}
		}
		return false
	})
	return found, err
}

// Messages returns every showMessage so far.
func (c *Client) Messages() []protocol.ShowMessageParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]protocol.ShowMessageParams(nil), c.messages...)
}

// Logs returns every logMessage so far.
func (c *Client) Logs() []protocol.LogMessageParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]protocol.LogMessageParams(nil), c.logs...)
}

// Progress returns every $/progress params so far, raw.
func (c *Client) Progress() []json.RawMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]json.RawMessage(nil), c.progress...)
}

// Shown returns the URIs the server asked to show.
func (c *Client) Shown() []protocol.DocumentURI {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]protocol.DocumentURI, 0, len(c.shown))
	for _, d := range c.shown {
		out = append(out, d.URI)
	}
	return out
}

// ShownDocuments returns every window/showDocument's params.
func (c *Client) ShownDocuments() []ShownDocument {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]ShownDocument(nil), c.shown...)
}

// Questions returns every window/showMessageRequest so far, with the
// client's answers.
func (c *Client) Questions() []Question {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Question(nil), c.questions...)
}

// Registrations returns every capability the server registered.
func (c *Client) Registrations() []Registration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Registration(nil), c.registered...)
}

// WaitRegistration waits until the server registered method.
func (c *Client) WaitRegistration(ctx context.Context, method string) (Registration, error) {
	var found Registration
	err := c.waitFor(ctx, "registration of "+method, func() bool {
		for _, r := range c.registered {
			if r.Method == method {
				found = r
				return true
			}
		}
		return false
	})
	return found, err
}

// Requests returns the methods of every request the server sent.
func (c *Client) Requests() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.requests...)
}

// EditErrors returns the workspace edits the client could not apply.
func (c *Client) EditErrors() []error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]error(nil), c.editErrors...)
}

// Capabilities are the client capability sets the tests use.
type Capabilities struct {
	ApplyEditCreate  bool // workspace.applyEdit + documentChanges + resourceOperations ["create"]
	WorkDoneProgress bool
	ShowDocument     bool
	Configuration    bool
	// WatchedFiles advertises dynamic registration of
	// workspace/didChangeWatchedFiles.
	WatchedFiles bool
	// CodeLens advertises textDocument.codeLens.
	CodeLens bool
}

// ClientCapabilities renders caps as LSP client capabilities.
func (caps Capabilities) ClientCapabilities() map[string]any {
	workspace := map[string]any{"configuration": caps.Configuration}
	if caps.ApplyEditCreate {
		workspace["applyEdit"] = true
		workspace["workspaceEdit"] = map[string]any{"documentChanges": true, "resourceOperations": []string{"create"}}
	}
	if caps.WatchedFiles {
		workspace["didChangeWatchedFiles"] = map[string]any{"dynamicRegistration": true}
	}
	window := map[string]any{"workDoneProgress": caps.WorkDoneProgress}
	if caps.ShowDocument {
		window["showDocument"] = map[string]any{"support": true}
	}
	out := map[string]any{"workspace": workspace, "window": window}
	if caps.CodeLens {
		out["textDocument"] = map[string]any{"codeLens": map[string]any{}}
	}
	return out
}

// Initialize runs initialize and initialized.
func (c *Client) Initialize(ctx context.Context, root string, caps Capabilities, initOptions any) (json.RawMessage, error) {
	params := map[string]any{
		"processId":             nil,
		"rootUri":               protocol.DocumentURI("file://" + root),
		"capabilities":          caps.ClientCapabilities(),
		"initializationOptions": initOptions,
	}
	var result json.RawMessage
	if err := c.Call(ctx, "initialize", params, &result); err != nil {
		return nil, err
	}
	return result, c.Notify(ctx, "initialized", map[string]any{})
}
