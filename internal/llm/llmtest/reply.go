package llmtest

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

// Reply is one scripted answer to one chat-completions request.
//
// The zero Reply is an empty answer ending with finish_reason "stop".
type Reply struct {
	// Text is the assistant message's content.
	Text string `json:"text,omitempty"`
	// FinishReason ends the answer; "" means "stop".
	FinishReason string `json:"finishReason,omitempty"`

	// Status, if non-zero and not 200, answers with this HTTP status and
	// Body instead of a completion. An empty Body becomes an OpenAI-style
	// error object.
	Status int    `json:"status,omitempty"`
	Body   string `json:"body,omitempty"`
	// RetryAfter is sent as the Retry-After header when non-empty (with an
	// error status, usually 429).
	RetryAfter string `json:"retryAfter,omitempty"`

	// Delay is waited before answering; the wait ends early if the client
	// goes away or the server is closed.
	Delay time.Duration `json:"delay,omitempty"`

	// CutAfter, if positive, makes a streaming answer stop after this many
	// bytes of the event stream: the connection is dropped in the middle of
	// the chunked body, as a reset connection looks to the client.
	CutAfter int `json:"cutAfter,omitempty"`
	// EndWithoutFinish streams the whole text, then closes the stream
	// cleanly without a finish_reason and without "data: [DONE]", as a
	// proxy that gives up looks to the client.
	EndWithoutFinish bool `json:"endWithoutFinish,omitempty"`
	// ChunkSize is the number of characters per streamed delta; 0 means 16.
	ChunkSize int `json:"chunkSize,omitempty"`
}

// Text returns a reply that answers with text.
func Text(text string) Reply { return Reply{Text: text} }

// Status returns a reply that fails with an HTTP status and an
// OpenAI-style error message.
func Status(code int, message string) Reply {
	return Reply{Status: code, Body: errorBody(code, message)}
}

// errorBody is the JSON error object OpenAI sends with a failure status.
func errorBody(code int, message string) string {
	if message == "" {
		message = fmt.Sprintf("llmtest: scripted status %d", code)
	}
	b, _ := json.Marshal(map[string]any{
		"error": map[string]any{"message": message, "type": "llmtest_error", "code": code},
	})
	return string(b)
}

// ReadReplyFile reads a script for the fakeopenai command: a file ending in
// .json holds a JSON array of Reply objects (Delay in nanoseconds); any other
// file is one answer, its whole content.
func ReadReplyFile(path string) ([]Reply, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(strings.ToLower(path), ".json") {
		return []Reply{Text(string(data))}, nil
	}
	var replies []Reply
	if err := json.Unmarshal(data, &replies); err != nil {
		return nil, fmt.Errorf("%s: not a JSON array of replies: %w", path, err)
	}
	if len(replies) == 0 {
		return nil, fmt.Errorf("%s: the script has no replies", path)
	}
	return replies, nil
}
