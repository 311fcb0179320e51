package llm

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

// exchange records what go-openai does not expose about one HTTP exchange:
// the response headers (for Retry-After) and whether a stream ended with
// "data: [DONE]".
type exchange struct {
	mu       sync.Mutex
	header   http.Header
	status   int
	sawDone  bool
	tail     []byte // last bytes read, to find "[DONE]" across reads
	bodyRead int
	// errorBody is the start of an error status's body: go-openai keeps
	// only the message, and the limit a context-too-long refusal states
	// may be in another field (llama.cpp's n_ctx).
	errorBody []byte
}

type exchangeKey struct{}

func withExchange(ctx context.Context, x *exchange) context.Context {
	return context.WithValue(ctx, exchangeKey{}, x)
}

// recordingDoer wraps the HTTP client so that each request's exchange,
// found in its context, is filled in.
type recordingDoer struct{ client *http.Client }

var _ openai.HTTPDoer = recordingDoer{}

func (d recordingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.client.Do(req)
	if err != nil {
		return resp, err
	}
	x, _ := req.Context().Value(exchangeKey{}).(*exchange)
	if x == nil {
		return resp, nil
	}
	var errorBody []byte
	if resp.StatusCode >= 400 {
		errorBody, _ = io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(errorBody))
	}
	x.mu.Lock()
	x.header = resp.Header.Clone()
	x.status = resp.StatusCode
	x.errorBody = errorBody
	x.mu.Unlock()
	resp.Body = &watchedBody{ReadCloser: resp.Body, x: x}
	return resp, nil
}

// watchedBody notes "data: [DONE]" as the stream passes by.
type watchedBody struct {
	io.ReadCloser
	x *exchange
}

var doneMarker = []byte("data: [DONE]")

func (b *watchedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if n > 0 {
		b.x.mu.Lock()
		b.x.bodyRead += n
		buf := append(b.x.tail, p[:n]...)
		if bytes.Contains(buf, doneMarker) {
			b.x.sawDone = true
		}
		if keep := len(doneMarker) - 1; len(buf) > keep {
			buf = buf[len(buf)-keep:]
		}
		b.x.tail = append([]byte(nil), buf...)
		b.x.mu.Unlock()
	}
	return n, err
}

// errorText is the body of an error status, "" if none.
func (x *exchange) errorText() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return string(x.errorBody)
}

func (x *exchange) snapshot() (http.Header, int, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.header, x.status, x.sawDone
}
