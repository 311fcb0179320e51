package tlc

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// jsonSpec serialises a record and a sequence with the Json module, reads
// them back, and keeps an operator this checker does not evaluate
// (TLCExt's Trace) behind a disjunct that is never reached.
const jsonSpec = `---- MODULE JsonOut ----
EXTENDS Json, Naturals, Sequences, TLCExt
CONSTANTS Out, NdOut, M
VARIABLE x
Val == [fa |-> 1, fb |-> <<"q\"t\n", TRUE>>, fc |-> {3, 1, 2}, fd |-> [n \in 0..1 |-> n], fe |-> <<>>, ff |-> M]
Init == /\ x = 0
        /\ JsonSerialize(Out, Val)
        /\ ndJsonSerialize(NdOut, <<1, "two", [fa |-> {}]>>)
Next == UNCHANGED x
RoundTrip == /\ JsonDeserialize(Out).fa = 1
             /\ JsonDeserialize(Out).fc = <<1, 2, 3>>
             /\ JsonDeserialize(Out).ff = "M"
             /\ ndJsonDeserialize(NdOut) = <<1, "two", [fa |-> <<>>]>>
             /\ ToJson(<<[fa |-> 2], {}>>) = "[{\"fa\":2},[]]"
Lazy == x = 0 \/ Trace = <<>>
Bad == JsonSerialize(Out, {1})
====
`

// TestJsonSerialize checks the Json module's native operators against the
// text TLC's Java override (CommunityModules' tlc2.overrides.Json, Gson's
// compact form) writes: records as objects in TLC's field order,
// functions on other domains as objects keyed by the printed argument,
// sequences and sets as arrays, model values as strings; folders made
// as needed.
func TestJsonSerialize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out", "a.json")
	ndOut := filepath.Join(dir, "out", "b.ndjson")
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	spec := write("JsonOut.tla", jsonSpec)
	consts := "CONSTANTS Out = \"" + out + "\"\nNdOut = \"" + ndOut + "\"\nM = M\nINIT Init\nNEXT Next\n"
	res, err := Check(context.Background(), Options{SpecPath: spec, ConfigPath: write("ok.cfg", consts+"INVARIANT RoundTrip\nINVARIANT Lazy\n"), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != Success || res.DistinctStates != 1 {
		t.Fatalf("result %s with %d states, want success with 1 (violation %+v)", res.Result, res.DistinctStates, res.Violation)
	}
	for path, want := range map[string]string{
		out:   `{"fa":1,"fb":["q\"t\n",true],"fc":[1,2,3],"fd":{"0":0,"1":1},"fe":[],"ff":"M"}`,
		ndOut: "1\n\"two\"\n{\"fa\":[]}\n",
	} {
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s:\n got %s\nwant %s", filepath.Base(path), got, want)
		}
	}
	res, err = Check(context.Background(), Options{SpecPath: spec, ConfigPath: write("bad.cfg", consts+"INVARIANT Bad\n"), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != Error || res.Violation == nil || res.Violation.Message != "The second argument of JsonSerialize should be a sequence or record, but instead it is:\n{1}" {
		t.Fatalf("JsonSerialize of a set: %s %+v, want TLC's argument error", res.Result, res.Violation)
	}
}
