package pluscal

import (
	"strings"
	"unicode/utf8"
)

// splitLines splits text into lines as Java's BufferedReader.readLine
// does, which SANY uses to read the module: "\n", "\r" and "\r\n" end a
// line and are dropped, and a final empty line is not counted. Invalid
// UTF-8 becomes U+FFFD, as SANY's UTF-8 decoder makes it, so that the
// checksums are computed on the same bytes.
func splitLines(text []byte) []string {
	s := string(text)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var lines []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	return lines
}

// detab replaces each tab by the spaces that bring the next character to
// a column that is a multiple of 8 (columns counted in UTF-16 units, as
// Java's String.length does), and appends one space to the line, as the
// PlusCal translator prepares the lines it searches.
func detab(line string) string {
	if !strings.Contains(line, "\t") {
		return line + " "
	}
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col += utf16Len(r)
	}
	b.WriteByte(' ')
	return b.String()
}

func utf16Len(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}

// findTokenPair returns the index of the first line at or after from in
// which the first occurrence of first is followed, after one or more
// spaces, by the first occurrence of second ("BEGIN TRANSLATION"), or -1.
// Like the translator, it looks only at first occurrences: "BEGIN x BEGIN
// TRANSLATION" does not count.
func findTokenPair(lines []string, from int, first, second string) int {
	for i := max(from, 0); i < len(lines); i++ {
		line := lines[i]
		col := strings.Index(line, first)
		if col < 0 {
			continue
		}
		next := col + len(first)
		for next < len(line) && line[next] == ' ' {
			next++
		}
		if next < len(line) && next == strings.Index(line, second) {
			return i
		}
	}
	return -1
}
