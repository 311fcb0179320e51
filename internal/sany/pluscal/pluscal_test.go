package pluscal

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitLinesEndsLinesAsJavaReadLine(t *testing.T) {
	got := splitLines([]byte("a\r\nb\rc\n\nd\n"))
	want := []string{"a", "b", "c", "", "d"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := splitLines([]byte("x\xffy")); !reflect.DeepEqual(got, []string{"x\uFFFDy"}) {
		t.Errorf("invalid UTF-8: got %q", got)
	}
}

func TestDetabPadsToMultiplesOfEightAndAppendsASpace(t *testing.T) {
	for in, want := range map[string]string{
		"":           " ",
		"\tx":        "        x ",
		"ab\tc":      "ab      c ",
		"∧\t∨":       "∧       ∨ ",
		"12345678\t": "12345678         ",
	} {
		if got := detab(in); got != want {
			t.Errorf("detab(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindTokenPairLooksAtFirstOccurrences(t *testing.T) {
	lines := []string{"BEGIN x BEGIN TRANSLATION ", "\\* BEGIN   TRANSLATION ", "END TRANSLATION "}
	if got := findTokenPair(lines, 0, "BEGIN", "TRANSLATION"); got != 1 {
		t.Errorf("BEGIN TRANSLATION at %d, want 1", got)
	}
	if got := findTokenPair(lines, 2, "BEGIN", "TRANSLATION"); got != -1 {
		t.Errorf("BEGIN TRANSLATION from 2 at %d, want -1", got)
	}
	if got := findTokenPair(lines, 0, "END", "TRANSLATION"); got != 2 {
		t.Errorf("END TRANSLATION at %d, want 2", got)
	}
}

func TestChecksumIsUnpaddedLowerCaseCRC32(t *testing.T) {
	// 7c28162a is what the real translator records for --fair algorithms.
	if fairChecksum() != "7c28162a" {
		t.Errorf("checksum(fair) = %s", fairChecksum())
	}
	if got := checksum([]string{"a", "b"}); got != checksum([]string{"ab"}) {
		t.Errorf("lines are not joined without separators: %s", got)
	}
	if got := checksum(nil); got != "0" {
		t.Errorf("checksum of nothing = %q, want 0 (no padding)", got)
	}
}

func TestParseChecksums(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		line string
		ok   bool
		want recordedChecksums
	}{
		{`\* BEGIN TRANSLATION (chksum(pcal) = "2c1c12ce" /\ chksum(tla) = "fdbd17b1") `, true,
			recordedChecksums{str("2c1c12ce"), str("fdbd17b1")}},
		{`\* BEGIN TRANSLATION (ChecKsum(PlusCal)="AB" /\ CHKSUM(TLA+) \in STRING) `, true,
			recordedChecksums{str("AB"), nil}},
		{`\* BEGIN TRANSLATION (chksum(pcal) \in STRING /\ chksum(tla) \in STRING) `, true, recordedChecksums{}},
		{`\* BEGIN TRANSLATION (chksum(pcal) = "" /\ chksum(tla) = "1")`, true, recordedChecksums{str(""), str("1")}},
		{`\* BEGIN TRANSLATION `, false, recordedChecksums{}},
		{`\*  BEGIN TRANSLATION (chksum(pcal) = "1" /\ chksum(tla) = "1")`, false, recordedChecksums{}},
		{`\* BEGIN TRANSLATION (chksum(pcal) = "xyz" /\ chksum(tla) = "1")`, false, recordedChecksums{}},
	}
	for _, tt := range tests {
		got, ok := parseChecksums(tt.line)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseChecksums(%q) = %v %v, want %v %v", tt.line, show(got), ok, show(tt.want), tt.ok)
		}
	}
}

func show(r recordedChecksums) string {
	s := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	return s(r.algorithm) + "/" + s(r.translation)
}

// spec builds a module with a --fair algorithm, its translation and the
// given recorded checksums.
func spec(pcal, tla string, translation ...string) string {
	return strings.Join(append(append([]string{
		"---- MODULE M ----",
		"(* --fair algorithm M begin skip; end algorithm; *)",
		`\* BEGIN TRANSLATION (chksum(pcal) = "` + pcal + `" /\ chksum(tla) = "` + tla + `")`,
	}, translation...), `\* END TRANSLATION`, "===="), "\n") + "\n"
}

func TestValidate(t *testing.T) {
	body := []string{"VARIABLE x", "Init == x = 0"}
	good := checksum(body)
	tests := []struct {
		name string
		text string
		want Report
	}{
		{"unchanged", spec(fairChecksum(), good, body...), Report{Compared: true, AlgorithmVerified: true}},
		{"translation", spec(fairChecksum(), good, "VARIABLE y", "Init == y = 0"),
			Report{Divergence: TranslationChanged, Compared: true, AlgorithmVerified: true}},
		{"algorithm", spec("1", good, body...), Report{Divergence: AlgorithmChanged, Compared: true, AlgorithmVerified: true}},
		{"both", spec("1", "2", body...), Report{Divergence: BothChanged, Compared: true, AlgorithmVerified: true}},
		{"upper-case checksum", spec(fairChecksum(), strings.ToUpper(good), body...),
			Report{Divergence: TranslationChanged, Compared: true, AlgorithmVerified: true}},
		{"plain algorithm", strings.Replace(spec("1", good, body...), "--fair algorithm", "--algorithm", 1),
			Report{Compared: true}},
		{"no algorithm", strings.Replace(spec("1", "2", body...), "--fair algorithm", "-- algorithm", 1), Report{}},
		{"no checksums", strings.Replace(spec("1", "2", body...), "(chksum", "chksum", 1), Report{}},
		{"no end", strings.Replace(spec(fairChecksum(), "2", body...), `\* END TRANSLATION`, "", 1), Report{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Validate([]byte(tt.text), 1, strings.Count(tt.text, "\n")); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestValidateLooksOnlyInsideTheModule(t *testing.T) {
	text := "(* --fair algorithm outside *)\n" + spec("1", "2", "x")
	if got := Validate([]byte(text), 2, strings.Count(text, "\n")); got.Divergence != BothChanged {
		t.Fatalf("inside: got %+v", got)
	}
	// The algorithm before the module header is not seen, so the module's
	// own algorithm line, cut off here, leaves nothing to compare.
	if got := Validate([]byte(text), 4, strings.Count(text, "\n")); got != (Report{}) {
		t.Errorf("algorithm outside the module: got %+v", got)
	}
}

func TestValidateNeverPanics(t *testing.T) {
	for _, text := range []string{"", "\n", "algorithm --algorithm", "x --fair BEGIN TRANSLATION", spec("", "")} {
		for _, r := range [][2]int{{1, 0}, {0, 100}, {5, 2}, {-3, -1}} {
			Validate([]byte(text), r[0], r[1])
		}
	}
}
