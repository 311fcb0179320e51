package tlc

import (
	"strings"
	"testing"
)

// TestInvariantErrorPlacedAtInvariant: an error a value raises in an
// invariant names no place of its own; the violation points at the
// invariant (for the editor and the JSON) while the text keeps TLC's
// words, and on an initial state, as TLC, shows no state (a standard
// module's error).
func TestInvariantErrorPlacedAtInvariant(t *testing.T) {
	module := "---- MODULE Fuzz ----\nEXTENDS Naturals\nVARIABLE pc\nInit == pc = \"idle\"\nNext == pc' = pc\n\nTypeOK == pc \\in Nat\n====\n"
	res := checkText(t, module, "INIT Init\nNEXT Next\nINVARIANT TypeOK\n")
	if res == nil || res.Result != Error || res.Violation == nil {
		t.Fatalf("got %+v, want an evaluation error", res)
	}
	if v := res.Violation; v.Line != 7 || v.Column != 1 {
		t.Errorf("violation at %d:%d, want TypeOK's definition at 7:1", v.Line, v.Column)
	}
	if len(res.Trace) != 0 {
		t.Errorf("trace of %d states; TLC prints none for a module's error on an initial state", len(res.Trace))
	}
	text := ReportText(res)
	if want := "Error: Attempted to check if the value:\n\"idle\"\nis an element of Nat.\n1 states generated"; !strings.HasPrefix(text, want) {
		t.Errorf("report:\n%s\nwant it to start:\n%s", text, want)
	}
}
