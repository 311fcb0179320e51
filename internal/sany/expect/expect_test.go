package expect

import "testing"

func TestParse(t *testing.T) {
	src := []byte("---- MODULE M ---- (* WARNING@MODULE \"no action\" *)\nFoo (* INFO \"modelled by\" *) ==\n  a(*ERROR RECORD_CONSTRUCTOR_FIELD_REDEFINITION \"Non-unique\"*)(*ERROR X \"second\"*) |-> 2\nx == (* ERROR \"found \\\"+\\\"\" *) +\n")
	got, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d expectations: %v", len(got), got)
	}
	if !got[0].Module || got[0].Kind != "WARNING" || got[0].Text != "no action" {
		t.Errorf("0: %+v", got[0])
	}
	if foo := got[1]; foo.Before != 55 || src[foo.Before-1] != 'o' || foo.Line != 2 {
		t.Errorf("1: Before %d (%q), line %d", foo.Before, src[:foo.Before], foo.Line)
	}
	a, second := got[2], got[3]
	if a.Code != "RECORD_CONSTRUCTOR_FIELD_REDEFINITION" || a.Before != second.Before || src[a.Before-1] != 'a' || a.After != second.After || src[a.After] != '|' {
		t.Errorf("comments in a row: %+v %+v", a, second)
	}
	plus := got[4]
	if plus.Text != `found "+"` || src[plus.After] != '+' || !plus.At(plus.After, plus.After+1) || plus.At(0, 1) {
		t.Errorf("4: %+v", plus)
	}
	if !a.Matches("ERROR", "RECORD_CONSTRUCTOR_FIELD_REDEFINITION", "Non-unique fields") || a.Matches("ERROR", "OTHER", "Non-unique") || a.Matches("WARNING", "", "Non-unique") {
		t.Error("Matches")
	}
	if _, err := Parse([]byte(`(* ERROR "bad \q escape" *)`)); err == nil {
		t.Error("an unquotable text was accepted")
	}
}
