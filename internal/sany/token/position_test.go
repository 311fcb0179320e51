package token

import "testing"

func TestSANYPositionExpandsTabsAndCountsUTF16(t *testing.T) {
	f := NewFile("t.tla", []byte("a\n\tx\n∧ y\n😀z\n"))
	cases := []struct {
		off        int
		line, col  int
		lline, lch int
	}{
		{0, 1, 1, 0, 0},
		{3, 2, 9, 1, 1},  // after a TAB: column 9 for SANY, character 1 for LSP
		{9, 3, 3, 2, 2},  // 'y' after "∧ " (3 bytes + space)
		{15, 4, 3, 3, 2}, // 'z' after an astral-plane emoji (2 UTF-16 units)
	}
	for _, c := range cases {
		got := f.SANYPosition(Pos(c.off))
		if got.Line != c.line || got.Column != c.col {
			t.Errorf("SANYPosition(%d) = %d:%d, want %d:%d", c.off, got.Line, got.Column, c.line, c.col)
		}
		lsp := f.LSPPosition(Pos(c.off))
		if lsp.Line != c.lline || lsp.Character != c.lch {
			t.Errorf("LSPPosition(%d) = %d:%d, want %d:%d", c.off, lsp.Line, lsp.Character, c.lline, c.lch)
		}
		if back := f.OffsetOfLSP(lsp); int(back) != c.off {
			t.Errorf("OffsetOfLSP(%v) = %d, want %d", lsp, back, c.off)
		}
	}
}

func TestPositionsClampOutOfRange(t *testing.T) {
	f := NewFile("t.tla", []byte("ab\ncd"))
	if got := f.SANYPosition(100); got.Line != 2 || got.Column != 3 {
		t.Errorf("SANYPosition past end = %v", got)
	}
	if got := f.SANYPosition(-5); got.Line != 1 || got.Column != 1 {
		t.Errorf("SANYPosition(-5) = %v", got)
	}
}

// TestOffsetOfSANYRoundTrips converts every character start to SANY's
// line and column and back.
func TestOffsetOfSANYRoundTrips(t *testing.T) {
	text := "---- MODULE M ----\n\tx\t== 1\r\n∧ y ≜ ⟨1⟩\n😀z\t😀\tw\n\n  \t \tend"
	f := NewFile("t.tla", []byte(text))
	for off := 0; off <= len(text); off++ {
		if off < len(text) && text[off]&0xC0 == 0x80 {
			continue // not the start of a character
		}
		p := f.SANYPosition(Pos(off))
		if back := f.OffsetOfSANY(p); int(back) != off {
			t.Errorf("OffsetOfSANY(SANYPosition(%d) = %v) = %d", off, p, back)
		}
	}
}

func TestOffsetOfSANYInsideTabsAndPairsAndPastEnds(t *testing.T) {
	f := NewFile("t.tla", []byte("a\tb\n😀c\nlast"))
	cases := []struct {
		line, col, want int
	}{
		{1, 2, 1},   // the TAB itself
		{1, 5, 1},   // inside the TAB's expansion: the TAB
		{1, 9, 2},   // 'b' after the TAB
		{1, 40, 3},  // past the end of the line: its end
		{2, 2, 4},   // second UTF-16 unit of the emoji: the emoji
		{2, 3, 8},   // 'c'
		{3, 1, 10},  // start of the last line
		{9, 1, 14},  // past the last line: end of file
		{0, 5, 0},   // before the first line
		{3, 99, 14}, // past the end of a line without newline
	}
	for _, c := range cases {
		if got := f.OffsetOfSANY(Position{Line: c.line, Column: c.col}); int(got) != c.want {
			t.Errorf("OffsetOfSANY(%d:%d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

func TestSANYLastPositionIsInclusiveEnd(t *testing.T) {
	f := NewFile("t.tla", []byte("ab ∧c\n"))
	cases := []struct {
		pos, end Pos
		col      int
	}{
		{0, 2, 2}, // "ab": last character b at column 2
		{3, 6, 4}, // "∧" (3 bytes): its own column
		{3, 7, 5}, // "∧c": c at column 5
		{2, 2, 3}, // empty range: the start
	}
	for _, c := range cases {
		if got := f.SANYLastPosition(c.pos, c.end); got.Line != 1 || got.Column != c.col {
			t.Errorf("SANYLastPosition(%d, %d) = %v, want 1:%d", c.pos, c.end, got, c.col)
		}
	}
}
