package cfg

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: Parse never panics or hangs, always returns a Config, and
// every error lies inside the input.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.cfg")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("CONSTANT S = {{{a}}, \"x\", -1} F(1) = [M] 2 x!y <- [N] z"))
	f.Add([]byte("(* (* \\* *)"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("f.cfg", src)
		if c == nil {
			t.Fatal("nil Config")
		}
		if err == nil {
			return
		}
		list, ok := err.(ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("error %T %v is not a non-empty ErrorList", err, err)
		}
		lines := 1
		for _, b := range src {
			if b == '\n' || b == '\r' {
				lines++
			}
		}
		for _, e := range list {
			if e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Column < 1 || e.Msg == "" {
				t.Fatalf("error outside the input (%d lines): %+v", lines, e)
			}
		}
	})
}

// FuzzFormatRoundTrip: whatever Parse reads without error, Format writes
// back as text that Parse reads as the same configuration.
func FuzzFormatRoundTrip(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.cfg")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("a.cfg", src)
		if err != nil {
			return
		}
		text := Format(c)
		again, err := Parse("b.cfg", []byte(text))
		if err != nil {
			t.Fatalf("Format wrote text Parse rejects: %v\n%s", err, text)
		}
		if Format(again) != text {
			t.Fatalf("round trip changed the configuration:\n%s\n---\n%s", text, Format(again))
		}
	})
}
