package token

import (
	"sort"
	"unicode/utf8"
)

// Pos is a byte offset into a File's text. NoPos marks a missing position.
type Pos int

// NoPos is the zero-information position, used for errors SANY reports
// without a location (a missing module file, a module/file name mismatch).
const NoPos Pos = -1

// IsValid reports whether p refers to a place in a file.
func (p Pos) IsValid() bool { return p >= 0 }

// File is an immutable view of one source text with its line table.
// It is safe for concurrent use.
type File struct {
	name  string
	text  []byte
	lines []int // byte offset of the start of each line
}

// NewFile records text under name (a file path, or a pseudo path such as
// "<stdlib>/Naturals.tla"). The caller must not modify text afterwards.
func NewFile(name string, text []byte) *File {
	lines := []int{0}
	for i, b := range text {
		if b == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &File{name: name, text: text, lines: lines}
}

// Name returns the name the file was created with.
func (f *File) Name() string { return f.name }

// Text returns the file's contents. Callers must not modify it.
func (f *File) Text() []byte { return f.text }

// Size returns the length of the text in bytes.
func (f *File) Size() int { return len(f.text) }

// LineCount returns the number of lines (a final line without newline counts).
func (f *File) LineCount() int { return len(f.lines) }

// clamp keeps p inside [0, len(text)] so that a bad position from a bug
// elsewhere degrades to a wrong location rather than a panic.
func (f *File) clamp(p Pos) int {
	if p < 0 {
		return 0
	}
	if int(p) > len(f.text) {
		return len(f.text)
	}
	return int(p)
}

// lineOf returns the 0-based line index holding offset off.
func (f *File) lineOf(off int) int {
	return sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
}

// LineStart returns the offset of the first byte of the 1-based line.
func (f *File) LineStart(line int) Pos {
	if line < 1 {
		return 0
	}
	if line > len(f.lines) {
		return Pos(len(f.text))
	}
	return Pos(f.lines[line-1])
}

// Position is SANY's location of a character, as SANY prints it and users
// read it: a 1-based line and a 1-based column counting UTF-16 code units,
// a TAB moving it to the next multiple of 8 plus one (see SANYPosition).
type Position struct {
	Line   int
	Column int
}

// LSPPosition is the Language Server Protocol's location of a character:
// a 0-based line and a 0-based offset in UTF-16 code units, no TAB rule
// (see File.LSPPosition). It is a type of its own, as go/token.Position is
// not the protocol's Position, so that one cannot be passed for the other:
// a mix-up of the two conventions does not compile.
type LSPPosition struct {
	Line      int
	Character int
}

// SANYPosition returns SANY's 1-based line and column of p: the column counts
// UTF-16 code units and a TAB moves it to the next multiple of 8 plus one.
func (f *File) SANYPosition(p Pos) Position {
	off := f.clamp(p)
	line := f.lineOf(off)
	col := 0
	for i := f.lines[line]; i < off; {
		r, size := utf8.DecodeRune(f.text[i:])
		switch {
		case r == '\t':
			col = (col/8 + 1) * 8
		case r >= 0x10000:
			col += 2
		default:
			col++
		}
		i += size
	}
	return Position{Line: line + 1, Column: col + 1}
}

// SANYLastPosition returns SANY's position of the last character of the
// half-open range [pos, end): SANY prints inclusive range ends. An empty
// range gives the position of pos.
func (f *File) SANYLastPosition(pos, end Pos) Position {
	if end <= pos {
		return f.SANYPosition(pos)
	}
	i := f.clamp(end) - 1
	for i > 0 && f.text[i]&0xC0 == 0x80 {
		i--
	}
	return f.SANYPosition(Pos(max(i, 0)))
}

// LSPPosition returns LSP's 0-based line and UTF-16 character offset of p.
func (f *File) LSPPosition(p Pos) LSPPosition {
	off := f.clamp(p)
	line := f.lineOf(off)
	col := 0
	for i := f.lines[line]; i < off; {
		r, size := utf8.DecodeRune(f.text[i:])
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
		i += size
	}
	return LSPPosition{Line: line, Character: col}
}

// OffsetOfLSP converts an LSP position back to a byte offset, clamping
// positions past the end of a line or of the file.
func (f *File) OffsetOfLSP(pos LSPPosition) Pos {
	if pos.Line < 0 {
		return 0
	}
	if pos.Line >= len(f.lines) {
		return Pos(len(f.text))
	}
	i := f.lines[pos.Line]
	for col := 0; col < pos.Character && i < len(f.text) && f.text[i] != '\n'; {
		r, size := utf8.DecodeRune(f.text[i:])
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
		i += size
	}
	return Pos(i)
}

// OffsetOfSANY converts SANY's 1-based line and column (UTF-16 code units,
// a TAB moving to the next multiple of 8 plus one) back to the byte offset
// of the character there; it is the inverse of SANYPosition. A column
// inside a TAB's expansion or inside a surrogate pair gives the offset of
// that TAB or character; positions past the end of a line or of the file
// are clamped to its end.
func (f *File) OffsetOfSANY(pos Position) Pos {
	if pos.Line < 1 {
		return 0
	}
	if pos.Line > len(f.lines) {
		return Pos(len(f.text))
	}
	want := pos.Column - 1 // 0-based column of the character sought
	i := f.lines[pos.Line-1]
	for col := 0; col < want && i < len(f.text) && f.text[i] != '\n'; {
		r, size := utf8.DecodeRune(f.text[i:])
		next := col + 1
		switch {
		case r == '\t':
			next = (col/8 + 1) * 8
		case r >= 0x10000:
			next = col + 2
		}
		if next > want {
			break // want falls inside this character's columns
		}
		col = next
		i += size
	}
	return Pos(i)
}
