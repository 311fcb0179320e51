package mcp

import (
	"context"
	"strings"
	"sync"
	"time"
)

// progressReporter sends notifications/progress for a call whose client
// asked for them (a progress token in the request), each with a larger
// progress value than the last as the protocol requires. A streamed
// answer's growing size ("Receiving the spec: 812 characters") is sent at
// most every half second, so that it does not flood the client.
type progressReporter struct {
	ctx   context.Context
	conn  *conn
	token any

	mu        sync.Mutex
	step      float64
	lastPhase string
	lastSent  time.Time
}

// newProgressReporter returns a reporter for req; its send does nothing
// when the client gave no progress token.
func newProgressReporter(ctx context.Context, req *request) *progressReporter {
	p := &progressReporter{ctx: ctx}
	if req != nil {
		p.conn, p.token = req.conn, req.progressToken
	}
	return p
}

// send reports message; total is 0 when the amount of work is unknown.
func (p *progressReporter) send(message string, progress, total float64) {
	if p.token == nil || p.conn == nil || p.ctx.Err() != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	phase := message
	if i := strings.LastIndex(phase, ": "); i >= 0 && strings.HasSuffix(phase, " characters") {
		phase = phase[:i]
		if phase == p.lastPhase && time.Since(p.lastSent) < 500*time.Millisecond {
			return
		}
	}
	if progress <= p.step {
		progress = p.step + 1
		total = 0
	}
	p.step, p.lastPhase, p.lastSent = progress, phase, time.Now()
	params := progressParams{ProgressToken: p.token, Message: message, Progress: progress}
	if total > progress {
		params.Total = total
	}
	// A client gone away is seen by the call's context; a failed
	// notification is not worth failing the call for.
	_ = p.conn.notify("notifications/progress", params)
}
