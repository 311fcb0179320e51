package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer lets the test read what run writes from another goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServesTheReplyFileAndPrintsItsURL(t *testing.T) {
	reply := filepath.Join(t.TempDir(), "answer.txt")
	os.WriteFile(reply, []byte("---- MODULE A ----\n====\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"-reply-file", reply}, &stdout, &stderr) }()
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		url, _, _ = strings.Cut(stdout.String(), "\n")
		if !strings.HasSuffix(stdout.String(), "\n") {
			url = ""
		}
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/v1") {
		t.Fatalf("printed URL %q", url)
	}
	for i := 0; i < 2; i++ { // the single answer repeats
		resp, err := http.Post(url+"/chat/completions", "application/json", strings.NewReader(`{"model":"m","messages":[]}`))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(body), "MODULE A") {
			t.Fatalf("answer %d: %s", i, body)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), `model="m"`) {
		t.Fatalf("requests not logged: %s", stderr.String())
	}
}

func TestRefusesNonLoopbackAddresses(t *testing.T) {
	reply := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(reply, []byte("x"), 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-addr", "0.0.0.0:0", "-reply-file", reply}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2 for 0.0.0.0", code)
	}
	if code := run(context.Background(), []string{}, &out, &errb); code != 2 {
		t.Fatalf("exit %d without -reply-file", code)
	}
}
