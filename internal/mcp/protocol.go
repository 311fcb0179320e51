package mcp

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
)

// The Model Context Protocol's messages this server speaks
// (https://modelcontextprotocol.io/specification): initialize, ping, the
// tools and resources methods, progress and cancellation. Only what a
// server offering tools and resources needs; the official SDK's client
// drives it in the tests.

// protocolVersions are the revisions of the protocol this server speaks,
// newest first. A client asking for another one is answered with the
// newest, as the specification says; the client then decides.
var protocolVersions = []string{"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"}

// implementation names a client or server.
type implementation struct {
	Name    string `json:"name"`
	Title   string `json:"title,omitempty"`
	Version string `json:"version"`
}

// toolAnnotations are hints about what a tool does.
type toolAnnotations struct {
	ReadOnlyHint    bool  `json:"readOnlyHint,omitempty"`
	DestructiveHint *bool `json:"destructiveHint,omitempty"`
	OpenWorldHint   *bool `json:"openWorldHint,omitempty"`
}

// toolInfo is a tool as tools/list describes it.
type toolInfo struct {
	Name         string           `json:"name"`
	Title        string           `json:"title,omitempty"`
	Description  string           `json:"description,omitempty"`
	InputSchema  *schema          `json:"inputSchema"`
	OutputSchema *schema          `json:"outputSchema,omitempty"`
	Annotations  *toolAnnotations `json:"annotations,omitempty"`
}

// resourceInfo is a resource as resources/list describes it.
type resourceInfo struct {
	URI         string `json:"uri"`
	Name        string `json:"name"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	MIMEType    string `json:"mimeType,omitempty"`
}

// resourceTemplate is a family of resources by URI template.
type resourceTemplate struct {
	URITemplate string `json:"uriTemplate"`
	Name        string `json:"name"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	MIMEType    string `json:"mimeType,omitempty"`
}

// resourceContents is what resources/read answers for one resource.
type resourceContents struct {
	URI      string `json:"uri"`
	MIMEType string `json:"mimeType,omitempty"`
	Text     string `json:"text"`
}

// textContent is a tool result's text.
type textContent struct {
	Type string `json:"type"` // "text"
	Text string `json:"text"`
}

// callToolResult is tools/call's answer.
type callToolResult struct {
	Content           []textContent `json:"content"`
	StructuredContent any           `json:"structuredContent,omitempty"`
	IsError           bool          `json:"isError,omitempty"`
}

// progressParams are notifications/progress's.
type progressParams struct {
	ProgressToken any     `json:"progressToken"`
	Progress      float64 `json:"progress"`
	Total         float64 `json:"total,omitempty"`
	Message       string  `json:"message,omitempty"`
}

// request is what a tool handler knows of the call besides its arguments.
type request struct {
	conn          *conn
	progressToken any // nil: the client asked for no progress
}

// methods is the server's method table.
func (s *Server) methods() map[string]handlerFunc {
	return map[string]handlerFunc{
		"initialize":               s.initialize,
		"ping":                     func(context.Context, *conn, json.RawMessage) (any, error) { return struct{}{}, nil },
		"tools/list":               s.listTools,
		"tools/call":               s.callTool,
		"resources/list":           s.listResources,
		"resources/templates/list": s.listResourceTemplates,
		"resources/read":           s.readResource,
	}
}

func (s *Server) initialize(_ context.Context, _ *conn, params json.RawMessage) (any, error) {
	var p struct {
		ProtocolVersion string `json:"protocolVersion"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: "initialize: " + err.Error()}
	}
	version := protocolVersions[0]
	if slices.Contains(protocolVersions, p.ProtocolVersion) {
		version = p.ProtocolVersion
	}
	return map[string]any{
		"protocolVersion": version,
		"capabilities": map[string]any{
			"tools":     map[string]any{"listChanged": false},
			"resources": map[string]any{"listChanged": false},
		},
		"serverInfo":   s.info,
		"instructions": instructions,
	}, nil
}

func (s *Server) listTools(context.Context, *conn, json.RawMessage) (any, error) {
	tools := make([]toolInfo, 0, len(s.tools))
	for _, name := range s.toolNames() {
		tools = append(tools, s.tools[name].info)
	}
	return map[string]any{"tools": tools}, nil
}

func (s *Server) toolNames() []string {
	names := make([]string, 0, len(s.tools))
	for name := range s.tools {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (s *Server) callTool(ctx context.Context, c *conn, params json.RawMessage) (any, error) {
	var p struct {
		Name      string          `json:"name"`
		Arguments json.RawMessage `json:"arguments"`
		Meta      struct {
			ProgressToken any `json:"progressToken"`
		} `json:"_meta"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: "tools/call: " + err.Error()}
	}
	t, ok := s.tools[p.Name]
	if !ok {
		return nil, &rpcError{Code: codeInvalidParams, Message: "unknown tool " + p.Name}
	}
	out, err := t.call(ctx, &request{conn: c, progressToken: p.Meta.ProgressToken}, p.Arguments)
	if err != nil {
		// A tool's failure is a result the model can read, not a protocol error.
		return &callToolResult{Content: []textContent{{Type: "text", Text: err.Error()}}, IsError: true}, nil
	}
	text, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return &callToolResult{Content: []textContent{{Type: "text", Text: string(text)}}, StructuredContent: json.RawMessage(text)}, nil
}

func (s *Server) listResources(context.Context, *conn, json.RawMessage) (any, error) {
	return map[string]any{"resources": s.resources}, nil
}

func (s *Server) listResourceTemplates(context.Context, *conn, json.RawMessage) (any, error) {
	return map[string]any{"resourceTemplates": s.templates}, nil
}

func (s *Server) readResource(_ context.Context, _ *conn, params json.RawMessage) (any, error) {
	var p struct {
		URI string `json:"uri"`
	}
	if err := json.Unmarshal(params, &p); err != nil || p.URI == "" {
		return nil, &rpcError{Code: codeInvalidParams, Message: `resources/read needs a "uri"`}
	}
	contents, err := s.read(p.URI)
	if err != nil {
		return nil, err
	}
	return map[string]any{"contents": []resourceContents{contents}}, nil
}
