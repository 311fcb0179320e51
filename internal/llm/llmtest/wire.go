package llmtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// The wire types below follow OpenAI's chat-completions format closely
// enough for any OpenAI client library to decode them.

type wireMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type wireChoice struct {
	Index        int         `json:"index"`
	Message      wireMessage `json:"message"`
	FinishReason string      `json:"finish_reason"`
}

type wireUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

type wireCompletion struct {
	ID      string       `json:"id"`
	Object  string       `json:"object"`
	Created int64        `json:"created"`
	Model   string       `json:"model"`
	Choices []wireChoice `json:"choices"`
	Usage   wireUsage    `json:"usage"`
}

type wireDelta struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content,omitempty"`
}

type wireChunkChoice struct {
	Index        int       `json:"index"`
	Delta        wireDelta `json:"delta"`
	FinishReason *string   `json:"finish_reason"`
}

type wireChunk struct {
	ID      string            `json:"id"`
	Object  string            `json:"object"`
	Created int64             `json:"created"`
	Model   string            `json:"model"`
	Choices []wireChunkChoice `json:"choices"`
}

// fixedCreated is the "created" timestamp of every answer: tests must not
// depend on the clock.
const fixedCreated = 1700000000

func finishReason(r Reply) string {
	if r.FinishReason == "" {
		return "stop"
	}
	return r.FinishReason
}

// writeCompletion answers a non-streaming request.
func writeCompletion(w http.ResponseWriter, model string, reply Reply) {
	c := wireCompletion{
		ID: "chatcmpl-llmtest", Object: "chat.completion", Created: fixedCreated, Model: model,
		Choices: []wireChoice{{Message: wireMessage{Role: "assistant", Content: reply.Text}, FinishReason: finishReason(reply)}},
		Usage:   wireUsage{CompletionTokens: len(reply.Text) / 4, TotalTokens: len(reply.Text) / 4},
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(c)
}

// streamBody builds the server-sent events of a streaming answer: a role
// chunk, content chunks, a finish chunk and "data: [DONE]" (the last two
// left out with EndWithoutFinish).
func streamBody(model string, reply Reply) []byte {
	var buf bytes.Buffer
	event := func(delta wireDelta, finish *string) {
		b, _ := json.Marshal(wireChunk{
			ID: "chatcmpl-llmtest", Object: "chat.completion.chunk", Created: fixedCreated, Model: model,
			Choices: []wireChunkChoice{{Delta: delta, FinishReason: finish}},
		})
		fmt.Fprintf(&buf, "data: %s\n\n", b)
	}
	event(wireDelta{Role: "assistant"}, nil)
	size := reply.ChunkSize
	if size <= 0 {
		size = 16
	}
	runes := []rune(reply.Text)
	for i := 0; i < len(runes); i += size {
		end := min(i+size, len(runes))
		event(wireDelta{Content: string(runes[i:end])}, nil)
	}
	if reply.EndWithoutFinish {
		return buf.Bytes()
	}
	reason := finishReason(reply)
	event(wireDelta{}, &reason)
	buf.WriteString("data: [DONE]\n\n")
	return buf.Bytes()
}

// writeStream answers a streaming request, event by event, flushing each.
func (s *Server) writeStream(w http.ResponseWriter, model string, reply Reply) {
	body := streamBody(model, reply)
	if reply.CutAfter > 0 && reply.CutAfter < len(body) {
		writeCutStream(w, body[:reply.CutAfter])
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	for _, ev := range bytes.SplitAfter(body, []byte("\n\n")) {
		if len(ev) == 0 {
			continue
		}
		if _, err := w.Write(ev); err != nil {
			return
		}
		if flusher != nil {
			flusher.Flush()
		}
	}
}

// writeCutStream sends part of a chunked event stream and drops the
// connection without the terminating chunk, so the client reads an
// unexpected EOF as it would after a connection reset.
func writeCutStream(w http.ResponseWriter, partial []byte) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return
	}
	conn, rw, err := hj.Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	writeRawChunked(rw.Writer, partial)
	rw.Flush()
}

func writeRawChunked(w *bufio.Writer, partial []byte) {
	w.WriteString("HTTP/1.1 200 OK\r\n")
	w.WriteString("Content-Type: text/event-stream\r\n")
	w.WriteString("Cache-Control: no-cache\r\n")
	w.WriteString("Transfer-Encoding: chunked\r\n")
	w.WriteString("Connection: close\r\n\r\n")
	fmt.Fprintf(w, "%x\r\n", len(partial))
	w.Write(partial)
	w.WriteString("\r\n")
}
