// Command fakeopenai runs the llmtest scripted OpenAI-compatible server on
// a loopback address, for end-to-end tests of editors and the CLI:
//
//	fakeopenai -addr 127.0.0.1:0 -reply-file answer.txt
//
// It prints its base URL (ending in /v1) on the first line of stdout, then
// serves until interrupted. A .json reply file holds a JSON array of
// llmtest.Reply objects used in order, the last one repeating; any other
// file is one answer given to every request. Each request is logged to
// stderr (model, stream flag, message count: never the headers, which may
// hold a key).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fakeopenai", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on")
	replyFile := fs.String("reply-file", "", "answer text, or a .json array of replies")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *replyFile == "" {
		fmt.Fprintln(stderr, "fakeopenai: -reply-file is required")
		return 2
	}
	replies, err := llmtest.ReadReplyFile(*replyFile)
	if err != nil {
		fmt.Fprintf(stderr, "fakeopenai: %v\n", err)
		return 2
	}
	if err := checkLoopback(*addr); err != nil {
		fmt.Fprintf(stderr, "fakeopenai: %v\n", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "fakeopenai: %v\n", err)
		return 2
	}
	srv := llmtest.Serve(ln, replies...)
	defer srv.Close()
	srv.SetFallback(replies[len(replies)-1])
	srv.OnRequest(func(r llmtest.Request) {
		fmt.Fprintf(stderr, "fakeopenai: %s model=%q stream=%t messages=%d\n", r.Path, r.Model, r.Stream, len(r.Messages))
	})
	fmt.Fprintln(stdout, srv.URL)
	<-ctx.Done()
	return 0
}

// checkLoopback refuses to serve anywhere but the local machine.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad -addr %q: %v", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-addr %q is not a loopback address (use 127.0.0.1:PORT)", addr)
	}
	return nil
}
