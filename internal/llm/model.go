package llm

import "context"

// Role of a chat message.
type Role string

const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// Message is one chat message.
type Message struct {
	Role    Role
	Content string
}

// Request is one chat completion to run.
type Request struct {
	Messages    []Message
	Temperature float64
	MaxTokens   int // 0: the server's default
}

// Progress reports a streaming answer as it grows.
type Progress struct {
	Chars int // characters received so far
	// Note, when set, tells the user about a pause (a rate-limit wait)
	// rather than about the answer's growth.
	Note string
}

// Model answers chat requests. Complete must return promptly when ctx is
// cancelled, and may call progress (if non-nil) any number of times from
// the calling goroutine.
type Model interface {
	Complete(ctx context.Context, req Request, progress func(Progress)) (string, error)
	// Name identifies the model in messages and logs (never the API key).
	Name() string
}
