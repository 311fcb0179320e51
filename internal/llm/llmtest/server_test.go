package llmtest

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, url, body string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, string(data)
}

func TestServerSpeaksTheWireFormat(t *testing.T) {
	s := NewServer(t, Text("hello"), Reply{Text: "héllo wörld", ChunkSize: 4})
	if !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
		t.Fatalf("URL %q is not on 127.0.0.1", s.URL)
	}
	base := strings.TrimSuffix(s.URL, "/v1")

	resp, body := post(t, base+"/chat/completions", `{"model":"m","messages":[{"role":"user","content":"hi"}]}`)
	var c struct {
		Object  string `json:"object"`
		Choices []struct {
			Message      struct{ Role, Content string } `json:"message"`
			FinishReason string                         `json:"finish_reason"`
		} `json:"choices"`
	}
	if err := json.Unmarshal([]byte(body), &c); err != nil || resp.StatusCode != 200 {
		t.Fatalf("status %d body %q: %v", resp.StatusCode, body, err)
	}
	if c.Object != "chat.completion" || c.Choices[0].Message.Content != "hello" || c.Choices[0].FinishReason != "stop" {
		t.Fatalf("completion = %+v", c)
	}

	resp, body = post(t, s.URL+"/chat/completions", `{"model":"m","stream":true,"messages":[]}`)
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type = %q", ct)
	}
	var text strings.Builder
	var finish string
	sawDone := false
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			t.Fatalf("line %q is not an SSE data line", line)
		}
		if data == "[DONE]" {
			sawDone = true
			continue
		}
		var chunk struct {
			Choices []struct {
				Delta        struct{ Content string } `json:"delta"`
				FinishReason *string                  `json:"finish_reason"`
			} `json:"choices"`
		}
		if err := json.Unmarshal([]byte(data), &chunk); err != nil {
			t.Fatalf("chunk %q: %v", data, err)
		}
		text.WriteString(chunk.Choices[0].Delta.Content)
		if chunk.Choices[0].FinishReason != nil {
			finish = *chunk.Choices[0].FinishReason
		}
	}
	if text.String() != "héllo wörld" || finish != "stop" || !sawDone {
		t.Fatalf("stream gave %q finish %q done %t", text.String(), finish, sawDone)
	}

	reqs := s.Requests()
	if len(reqs) != 2 || reqs[0].Path != "/chat/completions" || reqs[1].Path != "/v1/chat/completions" || !reqs[1].Stream || reqs[0].Messages[0].Content != "hi" {
		t.Fatalf("recorded %+v", reqs)
	}
}

func TestServerStatusAndExhaustedScript(t *testing.T) {
	s := NewServer(t, Reply{Status: 429, RetryAfter: "3"})
	resp, body := post(t, s.URL+"/chat/completions", `{"model":"m"}`)
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "3" || !strings.Contains(body, `"error"`) {
		t.Fatalf("status %d Retry-After %q body %q", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	resp, body = post(t, s.URL+"/chat/completions", `{"model":"m"}`)
	if resp.StatusCode != 500 || !strings.Contains(body, "no scripted reply left") {
		t.Fatalf("exhausted script: status %d body %q", resp.StatusCode, body)
	}
	s.SetFallback(Text("again"))
	for i := 0; i < 2; i++ {
		if _, body := post(t, s.URL+"/chat/completions", `{"model":"m"}`); !strings.Contains(body, "again") {
			t.Fatalf("fallback answer %d: %q", i, body)
		}
	}
}

func TestCloseEndsDelayedReplies(t *testing.T) {
	s := New(Reply{Text: "late", Delay: time.Hour})
	errc := make(chan error, 1)
	go func() {
		resp, err := http.Post(s.URL+"/chat/completions", "application/json", strings.NewReader(`{}`))
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	for len(s.Requests()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	s.Close()
	<-errc
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("Close took %s with a delayed reply pending", d)
	}
}

func TestReadReplyFile(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "answer.txt")
	os.WriteFile(txt, []byte("---- MODULE A ----\n===="), 0o644)
	replies, err := ReadReplyFile(txt)
	if err != nil || len(replies) != 1 || replies[0].Text != "---- MODULE A ----\n====" {
		t.Fatalf("text file: %+v, %v", replies, err)
	}
	js := filepath.Join(dir, "script.json")
	os.WriteFile(js, []byte(`[{"status":429,"retryAfter":"1"},{"text":"ok","chunkSize":2}]`), 0o644)
	replies, err = ReadReplyFile(js)
	if err != nil || len(replies) != 2 || replies[0].Status != 429 || replies[1].ChunkSize != 2 {
		t.Fatalf("json file: %+v, %v", replies, err)
	}
	os.WriteFile(js, []byte(`{"text":1}`), 0o644)
	if _, err := ReadReplyFile(js); err == nil {
		t.Fatal("a JSON object was accepted as a script")
	}
}
