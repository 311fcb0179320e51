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
		if lsp.Line != c.lline || lsp.Column != c.lch {
			t.Errorf("LSPPosition(%d) = %d:%d, want %d:%d", c.off, lsp.Line, lsp.Column, c.lline, c.lch)
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
