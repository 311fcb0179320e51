package srcfuncs

// Python: "def" and "async def" at any depth, ended by the first later
// logical line indented no deeper than the "def". Decorators directly
// above belong to the definition; a method's Parent is its class.

var pythonLex = lexRules{lineComment: "#", quotes: `"'`, tripleQuotes: true}

// logicalLine is one Python logical line: physical lines joined by open
// brackets, backslashes or multi-line strings.
type logicalLine struct {
	start, end int // first and just past the last non-blank byte
	indent     int // columns before start, TAB to the next multiple of 8
}

// pyBlock is a def or class whose body is still open.
type pyBlock struct {
	indent  int
	isClass bool
	name    string
	fn      int // index in funcs, or -1 for classes
}

func findPython(src []byte) []Func {
	m := mask(pythonLex, src)
	lines := pythonLogicalLines(m.text)
	var funcs []Func
	var stack []pyBlock
	closeBlocks := func(indent, end int) {
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			b := stack[len(stack)-1]
			if b.fn >= 0 {
				funcs[b.fn].End = max(end, funcs[b.fn].NameEnd)
			}
			stack = stack[:len(stack)-1]
		}
	}
	decorators := -1 // start of the decorators above the current line
	prevEnd := 0
	for _, ln := range lines {
		closeBlocks(ln.indent, prevEnd)
		prevEnd = ln.end
		text := m.text[ln.start:ln.end]
		if text[0] == '@' {
			if decorators < 0 {
				decorators = ln.start
			}
			continue
		}
		defStart := ln.start
		if decorators >= 0 {
			defStart = decorators
		}
		decorators = -1
		word, rest := firstWord(text)
		if word == "async" {
			word, rest = firstWord(rest)
		}
		if word != "def" && word != "class" {
			continue
		}
		name, _ := firstWord(rest)
		if name == "" || !isIdentByte(name[0]) || isDigit(name[0]) {
			continue
		}
		nameStart := ln.start + (len(text) - len(rest)) + (len(rest) - len(trimLeftSpace(rest)))
		block := pyBlock{indent: ln.indent, isClass: word == "class", name: name, fn: -1}
		if !block.isClass {
			parent := ""
			if len(stack) > 0 && stack[len(stack)-1].isClass {
				parent = stack[len(stack)-1].name
			}
			block.fn = len(funcs)
			funcs = append(funcs, Func{
				Name:      string(src[nameStart : nameStart+len(name)]),
				Parent:    parent,
				Start:     attachComments(src, m, defStart),
				End:       ln.end,
				NameStart: nameStart,
				NameEnd:   nameStart + len(name),
			})
		}
		stack = append(stack, block)
	}
	closeBlocks(-1, prevEnd)
	return funcs
}

// pythonLogicalLines splits masked Python text into its non-blank logical
// lines.
func pythonLogicalLines(m []byte) []logicalLine {
	var lines []logicalLine
	depth := 0
	cur := logicalLine{start: -1}
	col := 0
	for i := 0; i < len(m); i++ {
		c := m[i]
		if c == '\n' {
			if depth == 0 && !(cur.start >= 0 && cur.end > 0 && m[cur.end-1] == '\\') {
				if cur.start >= 0 {
					lines = append(lines, cur)
				}
				cur = logicalLine{start: -1}
			}
			col = 0
			continue
		}
		if isSpace(c) {
			if cur.start < 0 {
				if c == '\t' {
					col = (col/8 + 1) * 8
				} else {
					col++
				}
			}
			continue
		}
		if cur.start < 0 {
			cur.start, cur.indent = i, col
		}
		cur.end = i + 1
		switch c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	if cur.start >= 0 {
		lines = append(lines, cur)
	}
	return lines
}

// firstWord splits off the leading identifier of text (after spaces).
func firstWord(text []byte) (string, []byte) {
	text = trimLeftSpace(text)
	j := 0
	for j < len(text) && isIdentByte(text[j]) {
		j++
	}
	return string(text[:j]), text[j:]
}

func trimLeftSpace(text []byte) []byte {
	for len(text) > 0 && isSpace(text[0]) {
		text = text[1:]
	}
	return text
}
