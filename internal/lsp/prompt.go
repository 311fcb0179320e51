package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// messageActionItem is one button of window/showMessageRequest.
type messageActionItem struct {
	Title string `json:"title"`
}

// showMessageRequestParams is window/showMessageRequest's params.
type showMessageRequestParams struct {
	Type    protocol.MessageType `json:"type"`
	Message string               `json:"message"`
	Actions []messageActionItem  `json:"actions"`
}

// ask shows message with one button per choice (window/showMessageRequest,
// which every LSP client implements) and returns the title the user
// picked. It returns "" when the user dismissed the message, when the
// client failed, and when nobody answered within Options.PromptTimeout:
// a question left open must not hold a generation forever.
func (s *Server) ask(ctx context.Context, kind protocol.MessageType, message string, choices ...string) string {
	params := &showMessageRequestParams{Type: kind, Message: s.redact(message)}
	for _, c := range choices {
		params.Actions = append(params.Actions, messageActionItem{Title: c})
	}
	var picked *messageActionItem
	if err := s.client.callWithin(ctx, s.opts.PromptTimeout, "window/showMessageRequest", params, &picked); err != nil {
		s.logf("window/showMessageRequest: %v", err)
		return ""
	}
	if picked == nil {
		return ""
	}
	for _, c := range choices {
		if picked.Title == c {
			return c
		}
	}
	s.logf("window/showMessageRequest: the client answered %q, which was not offered", picked.Title)
	return ""
}
