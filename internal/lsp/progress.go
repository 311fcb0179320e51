package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
)

// progressReporter reports one piece of work with $/progress. When the
// client did not advertise window.workDoneProgress (or refused the token)
// it does nothing: the server sends no request the client cannot handle.
type progressReporter struct {
	s     *Server
	token progressToken // "" when inactive
	mu    sync.Mutex
	last  string
	ended bool
	// percent is the highest percentage sent. The progress begins with
	// one, which makes it bounded, and clients may then ignore reports
	// without a percentage (vscode-languageclient does): every report
	// carries one, and it never goes back.
	percent int
}

// workDoneBegin, workDoneReport and workDoneEnd are $/progress values.
// protocol's versions omit a zero percentage, which is meaningful at the
// start, and its token type does not marshal by value (see golspdev.go).
type workDoneBegin struct {
	Kind        string `json:"kind"`
	Title       string `json:"title"`
	Cancellable bool   `json:"cancellable"`
	Message     string `json:"message,omitempty"`
	Percentage  *int   `json:"percentage,omitempty"`
}

type workDoneReport struct {
	Kind       string `json:"kind"`
	Message    string `json:"message,omitempty"`
	Percentage *int   `json:"percentage,omitempty"`
}

type workDoneEnd struct {
	Kind    string `json:"kind"`
	Message string `json:"message,omitempty"`
}

// beginProgress creates a token and starts reporting. cancel is called if
// the user cancels the progress in the editor.
func (s *Server) beginProgress(ctx context.Context, title string, cancel context.CancelFunc) *progressReporter {
	p := &progressReporter{s: s}
	if !s.capabilities().workDoneProgress {
		return p
	}
	token := fmt.Sprintf("tla-gen-lsp/%d", s.nextToken())
	if err := s.client.call(ctx, "window/workDoneProgress/create", &workDoneProgressCreateParams{Token: token}, nil); err != nil {
		s.logf("window/workDoneProgress/create: %v", err)
		return p
	}
	p.token = token
	s.progress.add(token, cancel)
	zero := 0
	s.client.notify("$/progress", &progressParams{Token: token, Value: workDoneBegin{
		Kind: "begin", Title: title, Cancellable: true, Percentage: &zero,
	}})
	return p
}

// report sends a step; repeated identical messages are dropped. A step
// without a percentage of its own (percentage < 0), or with a lower one
// than already sent (a repair round writes the spec again), repeats the
// highest percentage sent.
func (p *progressReporter) report(message string, percentage int) {
	if p.token == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	percent := max(p.percent, min(percentage, 100))
	key := fmt.Sprintf("%d|%s", percent, message)
	if p.ended || key == p.last {
		return
	}
	p.last = key
	p.percent = percent
	v := workDoneReport{Kind: "report", Message: p.s.redact(message), Percentage: &percent}
	p.s.client.notify("$/progress", &progressParams{Token: p.token, Value: v})
}

// end finishes the report; later calls do nothing.
func (p *progressReporter) end(message string) {
	if p.token == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return
	}
	p.ended = true
	p.s.progress.remove(p.token)
	p.s.client.notify("$/progress", &progressParams{Token: p.token, Value: workDoneEnd{Kind: "end", Message: p.s.redact(message)}})
}

// handleWorkDoneProgressCancel stops the work behind a progress the user
// cancelled in the editor.
func handleWorkDoneProgressCancel(_ context.Context, s *Server, params json.RawMessage) {
	var p workDoneProgressCancelParams
	if err := decodeParams("window/workDoneProgress/cancel", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	var token string
	if json.Unmarshal(p.Token, &token) != nil {
		return // we only create string tokens
	}
	s.progress.cancel(token)
}
