package cfg

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// errorComment is an expected error in a testdata file: the error must be
// at the start of the token (or lexical error) right before the comment,
// and its message must contain the quoted text.
var errorComment = regexp.MustCompile(`\(\*ERROR ("(?:[^"\\]|\\.)*")\*\)`)

type expectedError struct {
	pos Pos
	msg string
}

// expectedErrors reads the ERROR comments of src.
func expectedErrors(t *testing.T, src []byte) []expectedError {
	t.Helper()
	var anchors []Pos
	var lexErrs ErrorList
	lx := newLexer(src, &lexErrs)
	for tok := lx.next(); tok.kind != tokEOF; tok = lx.next() {
		anchors = append(anchors, tok.pos)
	}
	for _, e := range lexErrs {
		anchors = append(anchors, e.Pos)
	}
	var want []expectedError
	for _, m := range errorComment.FindAllSubmatchIndex(src, -1) {
		msg, err := strconv.Unquote(string(src[m[2]:m[3]]))
		if err != nil {
			t.Fatalf("bad ERROR comment %s: %v", src[m[0]:m[1]], err)
		}
		at := posOf(src, m[0])
		var best Pos
		for _, a := range anchors {
			if before(a, at) && before(best, a) {
				best = a
			}
		}
		if best.Line == 0 {
			t.Fatalf("ERROR comment at %v follows no token", at)
		}
		want = append(want, expectedError{pos: best, msg: msg})
	}
	return want
}

func before(a, b Pos) bool { return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column }

// posOf converts a byte offset to a 1-based line and UTF-16 column.
func posOf(src []byte, off int) Pos {
	line := 1 + strings.Count(string(src[:off]), "\n")
	start := strings.LastIndexByte(string(src[:off]), '\n') + 1
	return Pos{Line: line, Column: 1 + len(utf16.Encode([]rune(string(src[start:off]))))}
}

// TestTestdata checks that each testdata file yields exactly the errors
// its ERROR comments announce, at their positions.
func TestTestdata(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.cfg")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := expectedErrors(t, src)
			_, err = Parse(file, src)
			var got ErrorList
			if err != nil {
				got = err.(ErrorList)
			}
			matched := make([]bool, len(got))
			for _, w := range want {
				found := false
				for i, g := range got {
					if !matched[i] && g.Pos == w.pos && strings.Contains(g.Msg, w.msg) {
						matched[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("%d:%d: missing error %q", w.pos.Line, w.pos.Column, w.msg)
				}
			}
			for i, g := range got {
				if !matched[i] {
					t.Errorf("%d:%d: unexpected error %q", g.Pos.Line, g.Pos.Column, g.Msg)
				}
			}
		})
	}
}

// dump prints a Config compactly, one entry per line, for comparisons.
func dump(c *Config) string {
	var b strings.Builder
	name := func(kw string, n *Name) {
		if n != nil {
			fmt.Fprintf(&b, "%s %s@%d:%d\n", kw, n.Name, n.Pos.Line, n.Pos.Column)
		}
	}
	names := func(kw string, ns []Name) {
		for _, n := range ns {
			name(kw, &n)
		}
	}
	name("SPECIFICATION", c.Specification)
	name("INIT", c.Init)
	name("NEXT", c.Next)
	for _, k := range c.Constants {
		fmt.Fprintf(&b, "CONSTANT %s@%d:%d", k.Name.Name, k.Name.Pos.Line, k.Name.Pos.Column)
		if k.Args != nil {
			fmt.Fprintf(&b, " args %s", values(k.Args))
		}
		if k.Module != "" {
			fmt.Fprintf(&b, " [%s]", k.Module)
		}
		if k.Value != nil {
			fmt.Fprintf(&b, " = %s", valueString(*k.Value))
		}
		if k.Subst != nil {
			fmt.Fprintf(&b, " <- %s", k.Subst.Name)
		}
		b.WriteString("\n")
	}
	names("INVARIANT", c.Invariants)
	names("PROPERTY", c.Properties)
	names("CONSTRAINT", c.Constraints)
	names("ACTION_CONSTRAINT", c.ActionConstraints)
	name("SYMMETRY", c.Symmetry)
	name("VIEW", c.View)
	name("ALIAS", c.Alias)
	names("POSTCONDITION", c.Postconditions)
	name("_PERIODIC", c.Periodic)
	name("_RL_REWARD", c.RLReward)
	names("_POSSIBLE", c.Possible)
	if c.CheckDeadlock != nil {
		fmt.Fprintf(&b, "CHECK_DEADLOCK %v\n", *c.CheckDeadlock)
	}
	return b.String()
}

func values(vs []Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = valueString(v)
	}
	return strings.Join(parts, ", ")
}

func valueString(v Value) string {
	switch v.Kind {
	case IntValue:
		return "int:" + v.Int.String()
	case StringValue:
		return "str:" + strconv.Quote(v.Str)
	case BoolValue:
		return fmt.Sprintf("bool:%v", v.Bool)
	case ModelValue:
		return "mv:" + v.Str
	case SetValue:
		return "{" + values(v.Elems) + "}"
	}
	return "?"
}

// TestSections checks what Parse reads from a file using every section.
func TestSections(t *testing.T) {
	src, err := os.ReadFile("testdata/sections.cfg")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("sections.cfg", src)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := `INIT Init@22:6
NEXT Next@23:6
CONSTANT N@5:5 = int:3
CONSTANT Zero@6:5 = int:0
CONSTANT Big@7:5 = int:2147483647
CONSTANT Name@8:5 = str:"alice"
CONSTANT Esc@9:5 = str:"a\\\"b\\\\c"
CONSTANT Flag@10:5 = bool:true
CONSTANT Off@11:5 = bool:false
CONSTANT p1@12:5 = mv:p1
CONSTANT Procs@13:5 = {mv:p1, mv:p2, mv:p3}
CONSTANT Empty@14:5 = {}
CONSTANT Nested@15:5 = {{mv:a, mv:b}, {}, {int:1, str:"x", bool:true}}
CONSTANT Max@16:5 <- MaxImpl
CONSTANT Inner!K@17:5 = int:4
CONSTANT Other@18:5 [Mod] = int:7
CONSTANT Sub@19:5 [Mod] <- SubImpl
CONSTANT F@20:5 args int:1, mv:a = int:2
CONSTANT Extra@21:10 = int:1
INVARIANT TypeOK@24:11
INVARIANT Safe@25:12
INVARIANT Bounded@26:5
PROPERTY Live@27:10
PROPERTY Term@28:12
PROPERTY Fair@28:17
CONSTRAINT Bound@29:12
CONSTRAINT Bound2@30:13
ACTION_CONSTRAINT AC@31:19
ACTION_CONSTRAINT AC2@32:20
SYMMETRY Perms@33:10
VIEW View@34:6
ALIAS Alias@35:7
POSTCONDITION Post@36:15
POSTCONDITION Post2@37:16
CHECK_DEADLOCK false
`
	if got := dump(c); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if c.Postcondition == nil || c.Postcondition.Name != "Post" {
		t.Errorf("Postcondition = %v, want the first of the list", c.Postcondition)
	}
}

// TestParseCases covers what needs no file: positions across encodings,
// comments, the end of input and the partial result kept after errors.
func TestParseCases(t *testing.T) {
	tests := []struct {
		name, src, want, err string
		errPos               Pos
	}{
		{name: "empty", src: "", want: ""},
		{name: "only comments", src: "\\* x\n(* (* *) *)", want: ""},
		{name: "unterminated comment", src: "INIT Init\n  (* (* *) open", want: "INIT Init@1:6\n",
			err: "Unterminated comment", errPos: Pos{2, 3}},
		{name: "crlf and cr lines", src: "INIT\r\n  I\rNEXT N", want: "INIT I@2:3\nNEXT N@3:6\n"},
		{name: "utf16 columns", src: "(* 𝔸 *) INIT I", want: "INIT I@1:15\n"},
		{name: "no space needed", src: "CONSTANTS N=3 S={a,b}", want: "CONSTANT N@1:11 = int:3\nCONSTANT S@1:15 = {mv:a, mv:b}\n"},
		{name: "leading zeros", src: "CONSTANT N = 007", want: "CONSTANT N@1:10 = int:7\n"},
		{name: "keyword names a list end", src: "INVARIANT A B\nPROPERTY C", want: "INVARIANT A@1:11\nINVARIANT B@1:13\nPROPERTY C@2:10\n"},
		{name: "sections accumulate", src: "INVARIANT A\nINVARIANTS B", want: "INVARIANT A@1:11\nINVARIANT B@2:12\n"},
		{name: "experimental keywords", src: "_PERIODIC P _RL_REWARD R _POSSIBLE X Y", want: "_PERIODIC P@1:11\n_RL_REWARD R@1:24\n_POSSIBLE X@1:36\n_POSSIBLE Y@1:38\n"},
		{name: "empty sections", src: "CONSTANTS\nINVARIANTS\nPROPERTIES", want: ""},
		{name: "error keeps the rest", src: "CONSTANTS\n N = -1\n M = 2\nINIT I", want: "INIT I@4:6\nCONSTANT N@2:2 = int:-1\nCONSTANT M@3:2 = int:2\n",
			err: "negative integers", errPos: Pos{2, 6}},
		{name: "deep sets", src: "CONSTANT S = " + strings.Repeat("{", 300) + strings.Repeat("}", 300),
			err: "nested too deeply", errPos: Pos{1, 14 + maxValueDepth}},
		{name: "unterminated string", src: "CONSTANT S = \"open\nINIT I", want: "INIT I@2:6\nCONSTANT S@1:10 = str:\"open\"\n",
			err: "Unterminated string.", errPos: Pos{1, 14}},
		{name: "separator line", src: "---- MODULE M ----\nINIT I", want: "INIT I@2:6\n",
			err: "expecting a keyword", errPos: Pos{1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("x.cfg", []byte(tc.src))
			if c == nil {
				t.Fatal("Parse returned no Config")
			}
			if tc.err == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tc.err != "" {
				list, ok := err.(ErrorList)
				if !ok || len(list) == 0 {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				if !strings.Contains(list[0].Msg, tc.err) || list[0].Pos != tc.errPos {
					t.Fatalf("first error %v %q, want %v %q", list[0].Pos, list[0].Msg, tc.errPos, tc.err)
				}
			}
			if tc.want != "" || tc.err == "" {
				if got := dump(c); got != tc.want {
					t.Errorf("got\n%s\nwant\n%s", got, tc.want)
				}
			}
		})
	}
}

// TestErrorCap checks that a file of garbage yields a bounded list whose
// last entry says the rest was not checked.
func TestErrorCap(t *testing.T) {
	_, err := Parse("bin.cfg", []byte(strings.Repeat("§ ", 500)))
	list, _ := err.(ErrorList)
	if len(list) != maxErrors {
		t.Fatalf("%d errors, want %d", len(list), maxErrors)
	}
	if !strings.Contains(list[len(list)-1].Msg, "Too many errors") {
		t.Errorf("last error %q", list[len(list)-1].Msg)
	}
}

// TestFormatSections formats the file using every section and parses the
// result back to the same configuration.
func TestFormatSections(t *testing.T) {
	src, err := os.ReadFile("testdata/sections.cfg")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("sections.cfg", src)
	if err != nil {
		t.Fatal(err)
	}
	text := Format(c)
	again, err := Parse("formatted.cfg", []byte(text))
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	strip := func(s string) string { return regexp.MustCompile(`@\d+:\d+`).ReplaceAllString(s, "") }
	if strip(dump(again)) != strip(dump(c)) {
		t.Errorf("formatted\n%s\nreads as\n%s\nnot\n%s", text, dump(again), dump(c))
	}
}
