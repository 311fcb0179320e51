package scanner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

func kinds(toks []Token) []Kind {
	var ks []Kind
	for _, t := range toks {
		ks = append(ks, t.Kind)
	}
	return ks
}

func TestScanSkipsTextOutsideModule(t *testing.T) {
	src := "junk ` ; text\n---- MODULE M ----\nx == 1\n====\n```more ; junk"
	toks, err := Scan(token.NewFile("M.tla", []byte(src)))
	if err != nil {
		t.Fatalf("unexpected error %v", err)
	}
	want := []Kind{BeginModule, Ident, Separator, Ident, DefEq, Number, EndModule, EOF}
	got := kinds(toks)
	if len(got) != len(want) {
		t.Fatalf("kinds = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("kinds = %v, want %v", got, want)
		}
	}
}

func TestScanOperatorsAndUnicode(t *testing.T) {
	src := "---- MODULE M ----\na ≜ x ∧ y /\\ z \\in S ⟨1⟩ \\o17 \\intersect WF_v SF_x [] <1>2. <*> x' \\* c\n(* a (* nested *) *) ===="
	toks, err := Scan(token.NewFile("M.tla", []byte(src)))
	if err != nil {
		t.Fatalf("unexpected error %v", err)
	}
	var names []string
	for _, tk := range toks {
		if tk.Kind == Op {
			names = append(names, tk.Name())
		}
	}
	want := []string{"\\land", "\\land", "\\in", "\\intersect", "[]", "'"}
	if len(names) != len(want) {
		t.Fatalf("ops = %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("ops = %q, want %q", names, want)
		}
	}
	if !toks[6].Bullet || toks[6].Col != 7 {
		t.Errorf("∧ token = %+v, want a bullet at column 7", toks[6])
	}
}

func TestScanLexicalErrorPositions(t *testing.T) {
	cases := []struct {
		src       string
		line, col int
		noCol     bool
	}{
		{"---- MODULE M ----\n```tla\n====", 2, 1, false},
		{"---- MODULE M ----\nx == 1;\n====", 2, 7, false},
		{"---- MODULE M ----\nx == \"abc\n====", 2, 10, false},
		{"---- MODULE M ----\n(* open\n(* closed *)\nx == 1\n====\n", 3, 0, true},
		// A prefix of an operator that is no token: the next character.
		{"---- MODULE M ----\nx == a ?b\n====", 2, 9, false},
		{"---- MODULE M ----\nx == a ?", 2, 9, false},
		// End of file inside a token: the column after the last character,
		// or column 0 of the next line after a line end.
		{"---- MODULE M ----\nx == 1 \\* c", 2, 12, false},
		{"---- MODULE M ----\nx == \"ab", 2, 9, false},
		{"---- MODULE M ----\nx == \"ab\\", 2, 10, false},
		{"---- MODULE M ----\nx == 1 (* c\n", 3, 0, false},
	}
	for _, c := range cases {
		f := token.NewFile("M.tla", []byte(c.src))
		_, err := Scan(f)
		if err == nil {
			t.Errorf("%q: no error", c.src)
			continue
		}
		p := f.SANYPosition(err.Pos)
		if err.ColumnZero {
			p.Column = 0
		}
		if p.Line != c.line || err.NoColumn != c.noCol || (!c.noCol && p.Column != c.col) {
			t.Errorf("%q: error at %d:%d (noCol %v), want %d:%d (noCol %v): %s", c.src, p.Line, p.Column, err.NoColumn, c.line, c.col, c.noCol, err.Msg)
		}
	}
}

// TestScanColumnsMatchPositionMapper checks the scanner's incremental
// column cache against the one position mapper, token by token, on the
// parser's test files and a tricky hand-written text (TABs, multi-line
// comments, characters outside the BMP, CRLF).
func TestScanColumnsMatchPositionMapper(t *testing.T) {
	srcs := map[string][]byte{
		"tricky": []byte("---- MODULE M ----\r\n\tx ==\t1 (* a\n b *) + 2\n(* 𝔸 *) y == \"𝔸\" /\\ ⟨1⟩\n\t\t\\* c\n  z == x\n===="),
	}
	paths, _ := filepath.Glob(filepath.Join("..", "parser", "testdata", "*.tla"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			srcs[p] = b
		}
	}
	if len(srcs) < 2 {
		t.Fatal("no parser testdata found")
	}
	for name, src := range srcs {
		f := token.NewFile(name, src)
		toks, _ := Scan(f)
		for _, tk := range toks {
			if tk.Kind == EOF {
				continue
			}
			if want := f.SANYPosition(tk.Pos).Column; int(tk.Col) != want {
				t.Errorf("%s: token %q at offset %d has column %d, mapper says %d", name, tk.Text(string(src)), tk.Pos, tk.Col, want)
			}
		}
	}
}

// TestScanQualifiedJunction checks SANY's BAND/BOR tokens: a word glued
// to "./\" or ".\/" is one token, except after S, W or WF, SF.
func TestScanQualifiedJunction(t *testing.T) {
	cases := map[string][]Kind{
		"x./\\":     {QualifiedJunction},
		"12.\\/":    {QualifiedJunction},
		"IF./\\":    {QualifiedJunction},
		"Sx./\\":    {QualifiedJunction},
		"S./\\":     {Ident, Dot, Op},
		"WF./\\":    {Ident, Dot, Op},
		"x_y./\\":   {Ident, Dot, Op},
		"x. /\\":    {Ident, Dot, Op},
		"x.y /\\ z": {Ident, Dot, Ident, Op, Ident},
	}
	for text, want := range cases {
		toks, err := Scan(token.NewFile("M.tla", []byte("---- MODULE M ----\n"+text+"\n====")))
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		got := kinds(toks[3 : len(toks)-2])
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: kinds %v, want %v", text, got, want)
		}
	}
}

// TestScanEOFAfterInnerCommentDelimiter checks that a nested "(*" or "*)"
// ending the text is no lexical error: SANY's lexer finishes that token
// and returns end of file, which the parser then reports.
func TestScanEOFAfterInnerCommentDelimiter(t *testing.T) {
	for _, src := range []string{"---- MODULE M ----\nx == 1 (* (*", "---- MODULE M ----\nx == 1 (* (* *)"} {
		toks, err := Scan(token.NewFile("M.tla", []byte(src)))
		if err != nil {
			t.Errorf("%q: lexical error %v", src, err)
			continue
		}
		if last := toks[len(toks)-1]; last.Kind != EOF || int(last.Pos) != len(src)-1 {
			t.Errorf("%q: last token %+v, want EOF on the last character", src, last)
		}
	}
}

// TestEveryOperatorSpellingScansAsItsOperator holds the scanner's lexicon
// to op.Table: each spelling, between spaces, is one Op token with the
// operator's canonical name, class and bullet flag.
func TestEveryOperatorSpellingScansAsItsOperator(t *testing.T) {
	for i := range op.Table {
		o := &op.Table[i]
		for _, s := range o.Spellings {
			src := "---- MODULE M ----\nx == a " + s + " b\n===="
			toks, err := Scan(token.NewFile("M.tla", []byte(src)))
			if err != nil {
				t.Errorf("%q: %v", s, err)
				continue
			}
			// BeginModule Ident Separator Ident DefEq Ident <op> Ident EndModule EOF
			if len(toks) != 10 {
				t.Errorf("%q: %d tokens, want 10", s, len(toks))
				continue
			}
			tok := toks[6]
			bullet := slices.Contains(o.Bullets, s)
			if tok.Kind != Op || tok.Name() != o.Name || tok.Class != o.Class || tok.Bullet != bullet || tok.Text(src) != s {
				t.Errorf("%q scans as kind %v name %q class %d bullet %v text %q; want operator %q class %d bullet %v",
					s, tok.Kind, tok.Name(), tok.Class, tok.Bullet, tok.Text(src), o.Name, o.Class, bullet)
			}
		}
	}
}

func TestQuantifierSpellingsShareNames(t *testing.T) {
	for s, want := range map[string]string{"\\A": "\\A", "\\forall": "\\A", "∀": "\\A", "\\E": "\\E", "\\exists": "\\E", "∃": "\\E", "≜": "≜", "⟨": "⟨"} {
		toks, err := Scan(token.NewFile("M.tla", []byte("---- MODULE M ----\n"+s+"\n====")))
		if err != nil || len(toks) < 4 || toks[3].Name() != want {
			t.Errorf("%q: tokens %v (error %v), want the name %q", s, toks, err, want)
		}
	}
}
