package llm_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

// fakeKey is recognisable so that a leak is easy to spot in any output.
const fakeKey = "sk-test-FAKEKEY-0123456789abcdef"

// sleepRecorder replaces real waits between retries.
type sleepRecorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *sleepRecorder) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleepRecorder) recorded() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

func newModel(t *testing.T, srv *llmtest.Server, stream bool, tweak ...func(*llm.OpenAIOptions)) (*llm.OpenAI, *sleepRecorder) {
	t.Helper()
	rec := &sleepRecorder{}
	opts := llm.OpenAIOptions{
		BaseURL: srv.URL, Model: "test-model", APIKey: config.Secret(fakeKey), Stream: stream,
		Timeout: 10 * time.Second, Sleep: rec.sleep,
	}
	for _, f := range tweak {
		f(&opts)
	}
	m, err := llm.NewOpenAI(opts)
	if err != nil {
		t.Fatal(err)
	}
	return m, rec
}

func ask(m llm.Model, progress func(llm.Progress)) (string, error) {
	return m.Complete(context.Background(), llm.Request{
		Messages:    []llm.Message{{Role: llm.RoleSystem, Content: "be brief"}, {Role: llm.RoleUser, Content: "write a spec"}},
		Temperature: 0.2, MaxTokens: 500,
	}, progress)
}

func assertNoKey(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if strings.Contains(s, fakeKey) {
			t.Fatalf("API key leaked in %q", s)
		}
	}
}

func TestCompleteStreamingReportsGrowingProgress(t *testing.T) {
	answer := strings.Repeat("---- MODULE M ----\n====\n", 5)
	srv := llmtest.NewServer(t, llmtest.Reply{Text: answer, ChunkSize: 7})
	m, _ := newModel(t, srv, true)
	var seen []int
	got, err := ask(m, func(p llm.Progress) { seen = append(seen, p.Chars) })
	if err != nil {
		t.Fatal(err)
	}
	if got != answer {
		t.Fatalf("answer = %q, want %q", got, answer)
	}
	if len(seen) < 5 || seen[len(seen)-1] != len(answer) {
		t.Fatalf("progress = %v, want several reports ending at %d", seen, len(answer))
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] <= seen[i-1] {
			t.Fatalf("progress not increasing: %v", seen)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if !r.Stream || r.Model != "test-model" || r.Path != "/v1/chat/completions" || r.MaxTokens != 500 {
		t.Fatalf("request = stream %t model %q path %q maxTokens %d", r.Stream, r.Model, r.Path, r.MaxTokens)
	}
	if len(r.Messages) != 2 || r.Messages[0].Role != "system" || r.Messages[1].Content != "write a spec" {
		t.Fatalf("messages = %+v", r.Messages)
	}
	if got := r.Header.Get("Authorization"); got != "Bearer "+fakeKey {
		t.Fatalf("Authorization = %q, want the bearer key", got)
	}
}

func TestCompleteNonStreaming(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Text("hello"))
	m, _ := newModel(t, srv, false)
	var last llm.Progress
	got, err := ask(m, func(p llm.Progress) { last = p })
	if err != nil || got != "hello" {
		t.Fatalf("got %q, %v", got, err)
	}
	if last.Chars != 5 {
		t.Fatalf("progress = %+v, want 5 chars", last)
	}
	if srv.Requests()[0].Stream {
		t.Fatal("request asked for a stream")
	}
}

func TestCompleteWithoutKeySendsNoAuthorization(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Text("ok"))
	m, _ := newModel(t, srv, true, func(o *llm.OpenAIOptions) { o.APIKey = "" })
	if _, err := ask(m, nil); err != nil {
		t.Fatal(err)
	}
	if h := srv.Requests()[0].Header.Get("Authorization"); h != "" {
		t.Fatalf("Authorization = %q, want none for a keyless local server", h)
	}
}

func TestBareHostGetsV1Path(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Text("ok"))
	bare := strings.TrimSuffix(srv.URL, "/v1")
	m, _ := newModel(t, srv, false, func(o *llm.OpenAIOptions) { o.BaseURL = bare })
	if _, err := ask(m, nil); err != nil {
		t.Fatal(err)
	}
	if p := srv.Requests()[0].Path; p != "/v1/chat/completions" {
		t.Fatalf("path = %q", p)
	}
}

func TestServerErrorShowsStatusAndScrubbedExcerpt(t *testing.T) {
	for _, stream := range []bool{true, false} {
		srv := llmtest.NewServer(t, llmtest.Reply{Status: 500, Body: "upstream exploded while using key " + fakeKey})
		m, _ := newModel(t, srv, stream)
		_, err := ask(m, nil)
		if llm.KindOf(err) != llm.ErrServer {
			t.Fatalf("stream=%t: kind %v, err %v", stream, llm.KindOf(err), err)
		}
		msg := err.Error()
		if !strings.Contains(msg, "HTTP 500") || !strings.Contains(msg, "upstream exploded") {
			t.Fatalf("message %q lacks the status or the body excerpt", msg)
		}
		assertNoKey(t, msg)
		if len(srv.Requests()) != 1 {
			t.Fatalf("a 500 was retried: %d requests", len(srv.Requests()))
		}
	}
}

func TestRateLimitHonoursRetryAfter(t *testing.T) {
	srv := llmtest.NewServer(t,
		llmtest.Reply{Status: 429, RetryAfter: "2"},
		llmtest.Reply{Status: 429, RetryAfter: "7"},
		llmtest.Text("finally"))
	m, rec := newModel(t, srv, true)
	var notes []string
	got, err := ask(m, func(p llm.Progress) {
		if p.Note != "" {
			notes = append(notes, p.Note)
		}
	})
	if err != nil || got != "finally" {
		t.Fatalf("got %q, %v", got, err)
	}
	want := []time.Duration{2 * time.Second, 7 * time.Second}
	if w := rec.recorded(); len(w) != 2 || w[0] != want[0] || w[1] != want[1] {
		t.Fatalf("waits = %v, want %v", w, want)
	}
	if len(srv.Requests()) != 3 || len(notes) != 2 {
		t.Fatalf("%d requests and notes %q, want 3 requests and 2 notes", len(srv.Requests()), notes)
	}
}

func TestRateLimitBacksOffThenGivesUp(t *testing.T) {
	srv := llmtest.NewServer(t)
	srv.SetFallback(llmtest.Reply{Status: 429})
	m, rec := newModel(t, srv, false, func(o *llm.OpenAIOptions) {
		o.Retry = llm.RetryPolicy{MaxRetries: 4, BaseDelay: time.Second, MaxDelay: 5 * time.Second, MaxRetryAfter: time.Minute}
	})
	_, err := ask(m, nil)
	if llm.KindOf(err) != llm.ErrRateLimited {
		t.Fatalf("err = %v", err)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second}
	got := rec.recorded()
	if len(got) != len(want) {
		t.Fatalf("waits = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("waits = %v, want %v (capped exponential backoff)", got, want)
		}
	}
	if n := len(srv.Requests()); n != 5 {
		t.Fatalf("%d requests, want 1 + 4 retries", n)
	}
	if !strings.Contains(err.Error(), "after 4 retries") {
		t.Fatalf("message %q does not say how many retries were made", err)
	}
}

func TestRateLimitTooLongRetryAfterFailsAtOnce(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Status: 429, RetryAfter: "3600"})
	m, rec := newModel(t, srv, true)
	_, err := ask(m, nil)
	if llm.KindOf(err) != llm.ErrRateLimited || !strings.Contains(err.Error(), "1h0m0s") {
		t.Fatalf("err = %v", err)
	}
	if len(rec.recorded()) != 0 || len(srv.Requests()) != 1 {
		t.Fatalf("waited %v over %d requests; want no wait", rec.recorded(), len(srv.Requests()))
	}
}

func TestRetryWaitIsCancellable(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Status: 429, RetryAfter: "60"})
	m, err := llm.NewOpenAI(llm.OpenAIOptions{BaseURL: srv.URL, Model: "m"}) // the real sleep
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err = m.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "x"}}}, nil)
	if llm.KindOf(err) != llm.ErrCancelled {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("cancelled wait took %s", d)
	}
}

func TestTimeout(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Text: "late", Delay: time.Minute})
	m, _ := newModel(t, srv, true, func(o *llm.OpenAIOptions) { o.Timeout = 100 * time.Millisecond })
	_, err := ask(m, nil)
	if llm.KindOf(err) != llm.ErrTimeout {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "did not answer within 100ms") {
		t.Fatalf("message %q", err)
	}
}

func TestCancellationStopsAtOnce(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Text: "late", Delay: time.Minute})
	m, _ := newModel(t, srv, true)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := m.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "x"}}}, nil)
	if llm.KindOf(err) != llm.ErrCancelled {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("cancellation took %s", d)
	}
}

func TestCutStreams(t *testing.T) {
	text := strings.Repeat("abcdefgh", 40)
	cases := []struct {
		name  string
		reply llmtest.Reply
		want  string
	}{
		{"connection dropped", llmtest.Reply{Text: text, CutAfter: 700}, "cut off after"},
		{"clean close without finish", llmtest.Reply{Text: text, EndWithoutFinish: true}, "without a finish_reason"},
		{"token limit", llmtest.Reply{Text: text, FinishReason: "length"}, "token limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := llmtest.NewServer(t, c.reply)
			m, _ := newModel(t, srv, true)
			got, err := ask(m, nil)
			if llm.KindOf(err) != llm.ErrCutStream || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "after 0 ") {
				t.Fatalf("got %q, err %v; want a cut-stream error saying %q", got, err, c.want)
			}
		})
	}
}

func TestEmptyAnswer(t *testing.T) {
	for _, stream := range []bool{true, false} {
		srv := llmtest.NewServer(t, llmtest.Text("  \n "))
		m, _ := newModel(t, srv, stream)
		_, err := ask(m, nil)
		if llm.KindOf(err) != llm.ErrEmptyAnswer || !strings.Contains(err.Error(), "empty answer") {
			t.Fatalf("stream=%t: err = %v", stream, err)
		}
	}
}

func TestRejectedKeyIsScrubbed(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Status(http.StatusUnauthorized, "Incorrect API key provided: "+fakeKey))
	m, _ := newModel(t, srv, true)
	_, err := ask(m, nil)
	if llm.KindOf(err) != llm.ErrRejected || !strings.Contains(err.Error(), "HTTP 401") {
		t.Fatalf("err = %v", err)
	}
	assertNoKey(t, err.Error())
	var e *llm.Error
	if errors.As(err, &e) && e.Unwrap() != nil {
		assertNoKey(t, e.Unwrap().Error())
	}
}

func TestUnreachableServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	m, err := llm.NewOpenAI(llm.OpenAIOptions{BaseURL: "http://" + addr + "/v1", Model: "m", APIKey: fakeKey})
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Complete(context.Background(), llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "x"}}}, nil)
	if llm.KindOf(err) != llm.ErrConnection || !strings.Contains(err.Error(), "cannot reach") {
		t.Fatalf("err = %v", err)
	}
	assertNoKey(t, err.Error())
}

func TestNewOpenAIRejectsBadSettings(t *testing.T) {
	if _, err := llm.NewOpenAI(llm.OpenAIOptions{}); err == nil {
		t.Fatal("no model name accepted")
	}
	_, err := llm.NewOpenAI(llm.OpenAIOptions{Model: "m", BaseURL: "ftp://user:" + fakeKey + "@example/"})
	if err == nil {
		t.Fatal("ftp URL accepted")
	}
	assertNoKey(t, err.Error())
}
