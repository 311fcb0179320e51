package tlc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// TestBindingsJSONKeepsDeclarationOrder checks that a state survives a
// JSON round trip with its variables in declaration order, not sorted.
func TestBindingsJSONKeepsDeclarationOrder(t *testing.T) {
	in := Bindings{{"z", "1"}, {"a", `"s"`}, {"m", "<<1, 2>>"}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(in); err != nil {
		t.Fatal(err)
	}
	data := bytes.TrimSpace(buf.Bytes())
	if want := `{"z":"1","a":"\"s\"","m":"<<1, 2>>"}`; string(data) != want {
		t.Fatalf("Marshal = %s, want %s", data, want)
	}
	var out Bindings
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip = %v, want %v", out, in)
	}
	if err := json.Unmarshal([]byte(`[1]`), &out); err == nil {
		t.Fatal("an array was accepted as a state")
	}
}
