package mcp

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// rawSession talks to a server in raw JSON-RPC lines, for what the SDK's
// client never sends: batches, bad JSON, unknown methods, old protocol
// revisions.
type rawSession struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *bufio.Reader
	done chan error
}

func rawConnect(t *testing.T, opts Options) *rawSession {
	t.Helper()
	toServer, fromClient := io.Pipe()
	toClient, fromServer := io.Pipe()
	s := &rawSession{t: t, in: fromClient, out: bufio.NewReader(toClient), done: make(chan error, 1)}
	go func() {
		s.done <- NewServer(opts).Serve(context.Background(), toServer, fromServer)
		fromServer.Close()
	}()
	t.Cleanup(func() {
		fromClient.Close()
		select {
		case err := <-s.done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(time.Minute):
			t.Error("the server did not end when its input did")
		}
	})
	return s
}

// send writes one line and, unless wantNothing, reads one line back.
func (s *rawSession) send(line string) string {
	s.t.Helper()
	if _, err := io.WriteString(s.in, line+"\n"); err != nil {
		s.t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		l, _ := s.out.ReadString('\n')
		got <- l
	}()
	select {
	case l := <-got:
		return strings.TrimSpace(l)
	case <-time.After(time.Minute):
		s.t.Fatalf("no answer to %s", line)
		return ""
	}
}

func TestProtocolAnswersAsJSONRPCAndMCPSay(t *testing.T) {
	s := rawConnect(t, Options{LookupEnv: noEnv, Version: "1.2.3"})
	for _, tc := range []struct{ send, want string }{
		// An older revision is spoken when asked for; an unknown one is
		// answered with the newest.
		{`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2024-11-05","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`,
			`"protocolVersion":"2024-11-05"`},
		{`{"jsonrpc":"2.0","id":"a","method":"initialize","params":{"protocolVersion":"1999-01-01"}}`,
			`"protocolVersion":"` + protocolVersions[0] + `"`},
		{`{"jsonrpc":"2.0","id":2,"method":"ping"}`, `{"jsonrpc":"2.0","id":2,"result":{}}`},
		{`{"jsonrpc":"2.0","id":3,"method":"no/such/method"}`, `"code":-32601`},
		{`{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"tla_nothing"}}`, `"code":-32602`},
		{`{"jsonrpc":"2.0","id":5,"method":"resources/read","params":{"uri":"tla-gen://stdlib/Nope"}}`, `"code":-32002`},
		{`{not json`, `"code":-32700`},
		{`{"jsonrpc":"1.0","id":6,"method":"ping"}`, `"code":-32600`},
		// A tool's own failure is a result marked isError.
		{`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"tla_check","arguments":{"bogus":1}}}`,
			`"isError":true`},
	} {
		if got := s.send(tc.send); !strings.Contains(got, tc.want) {
			t.Errorf("%s\n  answered %s\n  want it to contain %s", tc.send, got, tc.want)
		}
	}
	// Notifications get no answer: the next line answers the ping after them.
	got := s.send(`{"jsonrpc":"2.0","method":"notifications/initialized"}` + "\n" +
		`{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":99}}` + "\n" +
		`{"jsonrpc":"2.0","id":8,"method":"ping"}`)
	if got != `{"jsonrpc":"2.0","id":8,"result":{}}` {
		t.Errorf("after notifications: %s", got)
	}
	// A batch is answered with one array.
	got = s.send(`[{"jsonrpc":"2.0","id":10,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":11,"method":"tools/list"}]`)
	var batch []struct {
		ID     int             `json:"id"`
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal([]byte(got), &batch); err != nil || len(batch) != 2 {
		t.Fatalf("batch answer %.300s: %v", got, err)
	}
	ids := []int{batch[0].ID, batch[1].ID}
	slices.Sort(ids)
	if !reflect.DeepEqual(ids, []int{10, 11}) {
		t.Errorf("batch answered ids %v", ids)
	}
}

func TestSchemasFollowTheJSONEncoding(t *testing.T) {
	out := schemaFor(reflect.TypeFor[ModelCheckOutput](), modelCheckSchemas)
	// tlc.Result is embedded: its fields are promoted, as encoding/json
	// writes them, beside ModelCheckOutput's own.
	for _, name := range []string{"result", "distinctStates", "trace", "violation", "output"} {
		if out.Properties[name] == nil {
			t.Errorf("ModelCheckOutput's schema has no %q: %v", name, keys(out.Properties))
		}
	}
	if out.Properties["Result"] != nil {
		t.Error("the embedded struct is a property of its own")
	}
	trace := out.Properties["trace"]
	if trace == nil || trace.Items == nil || trace.Items.Properties["state"] == nil || trace.Items.Properties["state"].Type != "object" {
		t.Fatalf("trace schema %+v", trace)
	}
	in := inputSchemaFor(reflect.TypeFor[GenerateSpecInput]())
	if !reflect.DeepEqual(in.Required, []string{"source"}) || in.AdditionalProperties != false {
		t.Errorf("GenerateSpecInput: required %v, additionalProperties %v", in.Required, in.AdditionalProperties)
	}
	if d := in.Properties["force"].Description; !strings.Contains(d, "backed up") {
		t.Errorf("force's description %q", d)
	}
	// Arguments take one type each; answers say where they may be null.
	if typ := in.Properties["maxRepairRounds"].Type; typ != "integer" {
		t.Errorf("an optional argument's type %v", typ)
	}
	if typ := inputSchemaFor(reflect.TypeFor[CheckInput]()).Properties["files"].Type; typ != "array" {
		t.Errorf("a list argument's type %v", typ)
	}
	if typ := out.Properties["violation"].Type; !reflect.DeepEqual(typ, []string{"null", "object"}) {
		t.Errorf("a pointer answer's type %v", typ)
	}
	// A recursive type ends.
	type node struct {
		Kids []node `json:"kids"`
	}
	if s := schemaFor(reflect.TypeFor[node](), nil); s.Properties["kids"].Items.Type != "object" {
		t.Errorf("recursive type: %+v", s.Properties["kids"].Items)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
