package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"
)

// Message is one chat message as the client sent it.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is what the server recorded of one chat-completions call.
type Request struct {
	Path        string
	Query       url.Values // e.g. api-version for Azure
	Header      http.Header
	Model       string
	Stream      bool
	Messages    []Message
	Temperature float64
	MaxTokens   int // max_tokens or max_completion_tokens, whichever was sent
	Body        []byte
}

// Server is a scripted OpenAI-compatible server on 127.0.0.1.
// It is safe for concurrent use.
type Server struct {
	// URL is the base URL to give a client, ending in "/v1"
	// (e.g. "http://127.0.0.1:40123/v1").
	URL string
	// Root is the server's address without a path
	// (e.g. "http://127.0.0.1:40123"), the base URL Azure clients take.
	Root string

	http *httptest.Server
	done chan struct{} // closed by Close so that delayed replies stop waiting

	mu       sync.Mutex
	script   []Reply
	fallback *Reply // answers when the script is used up; nil: HTTP 500
	requests []Request
	routes   map[string]Route // scripted answers of other endpoints, by "METHOD /path"
	probes   []Probe
	observe  func(Request)
	closed   bool
}

// New starts a server that answers with replies in order. When the script
// is used up it answers HTTP 500 unless SetFallback was called. The caller
// must Close it.
func New(replies ...Reply) *Server {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		// Tests cannot run without a loopback socket; say why clearly.
		panic(fmt.Sprintf("llmtest: cannot listen on 127.0.0.1: %v", err))
	}
	return Serve(ln, replies...)
}

// NewServer starts a server for one test and closes it when the test ends.
func NewServer(tb testing.TB, replies ...Reply) *Server {
	tb.Helper()
	s := New(replies...)
	tb.Cleanup(s.Close)
	return s
}

// Serve starts a server on ln, which the server then owns. The fakeopenai
// command uses it to listen on a chosen loopback address.
func Serve(ln net.Listener, replies ...Reply) *Server {
	s := &Server{script: append([]Reply(nil), replies...), done: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.handleChat)
	mux.HandleFunc("POST /chat/completions", s.handleChat)
	mux.HandleFunc("POST /openai/deployments/{deployment}/chat/completions", s.handleChat)
	mux.HandleFunc("/", s.handleRoute)
	s.http = &httptest.Server{Listener: ln, Config: &http.Server{Handler: mux}}
	s.http.Start()
	s.URL = s.http.URL + "/v1"
	s.Root = s.http.URL
	return s
}

// Close stops the server, ending any delayed reply at once.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.done)
	s.mu.Unlock()
	s.http.CloseClientConnections()
	s.http.Close()
}

// Push appends replies to the script.
func (s *Server) Push(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// SetFallback makes the server answer r whenever the script is used up.
func (s *Server) SetFallback(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = &r
}

// OnRequest calls f with each request as it arrives (from the server's
// goroutine; f must be safe for that).
func (s *Server) OnRequest(f func(Request)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.observe = f
}

// Requests returns a copy of the chat-completions requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Remaining returns the number of scripted replies not yet used.
func (s *Server) Remaining() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.script)
}

// next records req and takes the next reply from the script.
func (s *Server) next(req Request) (Reply, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, req)
	if s.observe != nil {
		s.observe(req)
	}
	if len(s.script) > 0 {
		r := s.script[0]
		s.script = s.script[1:]
		return r, true
	}
	if s.fallback != nil {
		return *s.fallback, true
	}
	return Reply{}, false
}

// wireRequest is the part of the OpenAI request body the server reads.
type wireRequest struct {
	Model               string    `json:"model"`
	Stream              bool      `json:"stream"`
	Messages            []Message `json:"messages"`
	Temperature         float64   `json:"temperature"`
	MaxTokens           int       `json:"max_tokens"`
	MaxCompletionTokens int       `json:"max_completion_tokens"`
}

func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, errorBody(http.StatusBadRequest, "cannot read body"), http.StatusBadRequest)
		return
	}
	var wr wireRequest
	if err := json.Unmarshal(body, &wr); err != nil {
		writeStatus(w, Status(http.StatusBadRequest, "body is not JSON: "+err.Error()))
		return
	}
	req := Request{
		Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Model: wr.Model, Stream: wr.Stream,
		Messages: wr.Messages, Temperature: wr.Temperature, MaxTokens: wr.MaxTokens, Body: body,
	}
	if wr.MaxCompletionTokens > 0 {
		req.MaxTokens = wr.MaxCompletionTokens
	}
	reply, ok := s.next(req)
	if !ok {
		writeStatus(w, Status(http.StatusInternalServerError, "llmtest: no scripted reply left"))
		return
	}
	if reply.Delay > 0 && !s.wait(r, reply) {
		return
	}
	switch {
	case reply.Status != 0 && reply.Status != http.StatusOK:
		writeStatus(w, reply)
	case wr.Stream:
		s.writeStream(w, wr.Model, reply)
	default:
		writeCompletion(w, wr.Model, reply)
	}
}

// wait sleeps for reply.Delay and reports whether to go on answering.
func (s *Server) wait(r *http.Request, reply Reply) bool {
	t := time.NewTimer(reply.Delay)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	case <-s.done:
		return false
	}
}

// writeStatus answers with an error status, body and Retry-After.
func writeStatus(w http.ResponseWriter, reply Reply) {
	body := reply.Body
	if body == "" {
		body = errorBody(reply.Status, "")
	}
	if reply.RetryAfter != "" {
		w.Header().Set("Retry-After", reply.RetryAfter)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(reply.Status)
	io.WriteString(w, body)
}
