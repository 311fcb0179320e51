package value

import (
	"strconv"
	"strings"
)

// Print returns v as TLC prints it: {1, 2}, <<1, "a">>, [a |-> 1],
// (1 :> "a" @@ 2 :> "b"), model values by name, 1..3, TRUE.
func Print(v Value) string {
	var b strings.Builder
	write(&b, v)
	return b.String()
}

// Printer is implemented by values defined outside this package (the
// evaluator's operator closures) so that Print can show them.
type Printer interface {
	PrintTLA() string
}

func write(b *strings.Builder, v Value) {
	if printsEnumerated(v) {
		write(b, ToSet(v))
		return
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("<nil>")
	case Bool:
		if x {
			b.WriteString("TRUE")
		} else {
			b.WriteString("FALSE")
		}
	case Int:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case *Str:
		b.WriteByte('"')
		b.WriteString(escape(x.S))
		b.WriteByte('"')
	case *ModelVal:
		b.WriteString(x.Name)
	case *Set:
		b.WriteByte('{')
		for i, e := range x.Elems {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, e)
		}
		b.WriteByte('}')
	case *Func:
		writeFunc(b, x)
	case *Interval:
		if x.Hi < x.Lo {
			b.WriteString("{}")
			return
		}
		b.WriteString(strconv.FormatInt(x.Lo, 10))
		b.WriteString("..")
		b.WriteString(strconv.FormatInt(x.Hi, 10))
	case *Subset:
		b.WriteString("SUBSET ")
		if _, ok := x.Base.(*Interval); ok {
			// SubsetValue's toString: SUBSET 1..7 would read (SUBSET 1)..7.
			b.WriteByte('(')
			write(b, x.Base)
			b.WriteByte(')')
			return
		}
		write(b, x.Base)
	case *FuncSet:
		b.WriteByte('[')
		write(b, x.Dom)
		b.WriteString(" -> ")
		write(b, x.Rng)
		b.WriteByte(']')
	case *Product:
		b.WriteByte('(')
		for i, f := range x.Factors {
			if i > 0 {
				b.WriteString(" \\X ")
			}
			write(b, f)
		}
		b.WriteByte(')')
	case *RecordSet:
		b.WriteByte('[')
		for i, n := range x.Names {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n.S)
			b.WriteString(": ")
			write(b, x.Sets[i])
		}
		b.WriteByte(']')
	case *Infinite:
		b.WriteString(x.Name)
	case *SeqSet:
		b.WriteString("Seq(")
		write(b, x.Base)
		b.WriteByte(')')
	case *Filtered:
		if IsFinite(x.Base) {
			write(b, ToSet(x))
			return
		}
		b.WriteString(x.text())
	case *Union:
		for i, f := range x.Sets {
			if i > 0 {
				b.WriteString(" \\cup ")
			}
			write(b, f)
		}
	case Printer:
		b.WriteString(x.PrintTLA())
	default:
		b.WriteString("<value>")
	}
}

func writeFunc(b *strings.Builder, f *Func) {
	n := len(f.Vals)
	switch {
	case n == 0:
		b.WriteString("<<>>")
	case f.Dom == nil:
		b.WriteString("<<")
		for i, e := range f.Vals {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, e)
		}
		b.WriteString(">>")
	case isRecord(f):
		b.WriteByte('[')
		for i, e := range f.Vals {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.Dom[i].(*Str).S)
			b.WriteString(" |-> ")
			write(b, e)
		}
		b.WriteByte(']')
	default:
		b.WriteByte('(')
		for i, e := range f.Vals {
			if i > 0 {
				b.WriteString(" @@ ")
			}
			write(b, f.Dom[i])
			b.WriteString(" :> ")
			write(b, e)
		}
		b.WriteByte(')')
	}
}

// isRecord says f's domain is a set of strings that are TLA+ names.
func isRecord(f *Func) bool {
	for _, d := range f.Dom {
		s, ok := d.(*Str)
		if !ok || !isName(s.S) {
			return false
		}
	}
	return true
}

func isName(s string) bool {
	letter := false
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9', c == '_':
		default:
			return false
		}
	}
	return letter
}

func escape(s string) string {
	if !strings.ContainsAny(s, "\"\\\t\n\f\r") {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// PrettyWidth is the line width TLC formats values to in traces
// (tlc2.value.Values.WIDTH).
const PrettyWidth = 80

// Pretty lays out a printed value (Print's output) over several lines
// as TLC does when it is longer than width: TLC's tlc2.pprint, which
// re-parses the printed text and breaks sets, sequences, records and
// functions after their separators, indenting the parts under their
// opening delimiter ("{ ", "<< ", "[ ", "( "). A value that fits, or that
// TLC's parser gives up on (e.g. a string with an escaped quote, a model
// value with an underscore), is returned as it is, as TLC does.
func Pretty(s string, width int) string {
	if s == "" {
		return s
	}
	p := &ppParser{s: s}
	n, ok := p.parse(0)
	if !ok || n.last < len(s)-1 {
		return s
	}
	return ppFormat(n, width, 0, "")
}

// ppNode is a node of tlc2.pprint's parse tree: a span [first, last] of
// the printed text and, for compound values, its parts (for records and
// functions, pairs whose two parts are the key and the value).
type ppNode struct {
	kind        ppKind
	first, last int
	parts       []*ppNode
	s           string
}

type ppKind int

const (
	ppConstant ppKind = iota
	ppSet
	ppSequence
	ppRecord
	ppPair
	ppFunction
	ppSubset
)

func (n *ppNode) text() string { return n.s[n.first : n.last+1] }

// length is the node's width as TLC measures it: in UTF-16 units (Java
// strings), not bytes.
func (n *ppNode) length() int {
	w := 0
	for _, r := range n.text() {
		w++
		if r >= 0x10000 {
			w++
		}
	}
	return w
}

// ppParser is tlc2.pprint.Parse: it reads back the text Print writes.
// Running off the end or an unexpected character is a failure (ok false).
type ppParser struct{ s string }

func (p *ppParser) at(i int) (byte, bool) {
	if i < 0 || i >= len(p.s) {
		return 0, false
	}
	return p.s[i], true
}

func (p *ppParser) skipSpace(i int) (int, bool) {
	for {
		c, ok := p.at(i)
		if !ok {
			return i, false
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
			return i, true
		}
		i++
	}
}

func (p *ppParser) parse(i int) (*ppNode, bool) {
	i, ok := p.skipSpace(i)
	if !ok {
		return nil, false
	}
	switch p.s[i] {
	case '{':
		return p.list(i, ppSet, 1, '}')
	case '<':
		return p.list(i, ppSequence, 2, '>')
	case '[':
		return p.pairs(i, ppRecord, "|->", "")
	case '(':
		return p.pairs(i, ppFunction, ":>", "@@")
	}
	if strings.HasPrefix(p.s[i:], "SUBSET") {
		n := &ppNode{kind: ppSubset, first: i, s: p.s}
		j, ok := p.skipSpace(i + 6)
		if !ok {
			return nil, false
		}
		e, ok := p.parse(j)
		if !ok {
			return nil, false
		}
		n.parts, n.last = []*ppNode{e}, e.last
		return n, true
	}
	return p.constant(i)
}

// list parses a set or a sequence: elements separated by commas up to
// the closing delimiter (a sequence's ">>" ends at its second '>').
func (p *ppParser) list(i int, kind ppKind, open int, closer byte) (*ppNode, bool) {
	n := &ppNode{kind: kind, first: i, s: p.s}
	j, ok := p.skipSpace(i + open)
	for ok {
		if p.s[j] == closer {
			if kind == ppSequence {
				j++
			}
			n.last = j
			return n, j < len(p.s)
		}
		e, ok2 := p.parse(j)
		if !ok2 {
			return nil, false
		}
		n.parts = append(n.parts, e)
		if j, ok = p.skipSpace(e.last + 1); !ok {
			break
		}
		if p.s[j] == ',' {
			j++
		}
		j, ok = p.skipSpace(j)
	}
	return nil, false
}

// pairs parses a record ("[a |-> 1, b |-> 2]") or a function
// ("(1 :> 2 @@ 3 :> 4)").
func (p *ppParser) pairs(i int, kind ppKind, div, sep string) (*ppNode, bool) {
	closer := byte(']')
	if kind == ppFunction {
		closer = ')'
	}
	n := &ppNode{kind: kind, first: i, s: p.s}
	j, ok := p.skipSpace(i + 1)
	for ok {
		if p.s[j] == closer {
			n.last = j
			return n, true
		}
		key, ok2 := p.parse(j)
		if !ok2 {
			return nil, false
		}
		k, ok2 := p.skipSpace(key.last + 1)
		if !ok2 || !strings.HasPrefix(p.s[k:], div) {
			return nil, false
		}
		k, ok2 = p.skipSpace(k + len(div))
		if !ok2 {
			return nil, false
		}
		val, ok2 := p.parse(k)
		if !ok2 {
			return nil, false
		}
		n.parts = append(n.parts, &ppNode{kind: ppPair, first: key.first, last: val.last, parts: []*ppNode{key, val}, s: p.s})
		if j, ok = p.skipSpace(val.last + 1); !ok {
			break
		}
		if sep == "" {
			if p.s[j] == ',' {
				j++
			}
		} else if strings.HasPrefix(p.s[j:], sep) {
			j += len(sep)
		}
		j, ok = p.skipSpace(j)
	}
	return nil, false
}

// constant parses a string (up to the next '"': TLC does not read
// escapes), an interval i..j, an integer, a boolean or a model value
// (letters and digits only).
func (p *ppParser) constant(i int) (*ppNode, bool) {
	first := i
	c := p.s[i]
	switch {
	case c == '"':
		k := strings.IndexByte(p.s[i+1:], '"')
		if k < 0 {
			return nil, false
		}
		return &ppNode{kind: ppConstant, first: first, last: i + 1 + k, s: p.s}, true
	case isDigit(c):
		if n, ok := p.interval(i); ok {
			return n, true
		}
	case c == '-':
		j := i + 1
		for j < len(p.s) && isDigit(p.s[j]) {
			j++
		}
		return &ppNode{kind: ppConstant, first: first, last: j - 1, s: p.s}, true
	}
	if !isLetterOrDigit(c) {
		return nil, false
	}
	j := i
	for j < len(p.s) && isLetterOrDigit(p.s[j]) {
		j++
	}
	return &ppNode{kind: ppConstant, first: first, last: j - 1, s: p.s}, true
}

func (p *ppParser) interval(i int) (*ppNode, bool) {
	j := i
	for j < len(p.s) && isDigit(p.s[j]) {
		j++
	}
	if !strings.HasPrefix(p.s[j:], "..") {
		return nil, false
	}
	j += 2
	if j >= len(p.s) || !isDigit(p.s[j]) {
		return nil, false
	}
	for j < len(p.s) && isDigit(p.s[j]) {
		j++
	}
	return &ppNode{kind: ppConstant, first: i, last: j - 1, s: p.s}, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetterOrDigit is Java's Character.isLetterOrDigit on the ASCII
// range; other bytes of a UTF-8 letter count as letters.
func isLetterOrDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// The delimiters tlc2.pprint.Format lays values out with.
type ppStyle struct{ open, close, pad, sep, div, divPad string }

var ppStyles = map[ppKind]ppStyle{
	ppSet:      {open: "{ ", close: " }", pad: "  ", sep: ","},
	ppSequence: {open: "<< ", close: " >>", pad: "   ", sep: ","},
	ppFunction: {open: "( ", close: " )", pad: "  ", sep: " @@", div: " :>", divPad: "    "},
	ppRecord:   {open: "[ ", close: " ]", pad: "  ", sep: ",", div: " |->", divPad: "    "},
	ppSubset:   {open: "SUBSET ", close: " ", pad: " ", sep: ","},
}

// ppFormat is tlc2.pprint.Format.format: the value as it is when it fits
// in width minus trailer, otherwise its parts one per line.
func ppFormat(n *ppNode, width, trailer int, leftpad string) string {
	if n.length() <= width-trailer || n.kind == ppConstant {
		return n.text()
	}
	st := ppStyles[n.kind]
	inner := width - max(len(st.open), len(st.pad))
	var b strings.Builder
	b.WriteString(st.open)
	if st.div == "" {
		for i, e := range n.parts {
			if i < len(n.parts)-1 {
				b.WriteString(ppFormat(e, inner, len(st.sep), leftpad+st.pad))
				b.WriteString(st.sep + "\n" + leftpad + st.pad)
			} else {
				b.WriteString(ppFormat(e, inner, trailer+len(st.close), leftpad+st.pad))
			}
		}
	} else {
		ppPairs(&b, n.parts, inner, trailer+len(st.close), leftpad+st.pad, st)
	}
	b.WriteString(st.close)
	return b.String()
}

// ppPairs is Format.formatPairs: key and value on one line if they fit,
// else the key and then the value on the next line under divPad.
func ppPairs(b *strings.Builder, pairs []*ppNode, width, trailer int, leftpad string, st ppStyle) {
	for i, pair := range pairs {
		key, val := pair.parts[0], pair.parts[1]
		last := i == len(pairs)-1
		tail, valTrailer := st.sep+"\n"+leftpad, len(st.sep)
		room := width - len(st.sep)
		if last {
			tail, valTrailer, room = "", trailer, width-trailer
		}
		switch {
		case key.length()+len(st.div)+1+val.length() <= room:
			b.WriteString(key.text() + st.div + " " + val.text())
		case key.length()+len(st.div) <= width:
			b.WriteString(key.text() + st.div + "\n" + leftpad + st.divPad)
			b.WriteString(ppFormat(val, width-len(st.divPad), valTrailer, leftpad+st.divPad))
		default:
			b.WriteString(ppFormat(key, width, trailer+len(st.div), leftpad) + st.div + "\n" + leftpad + st.divPad)
			b.WriteString(ppFormat(val, width-len(st.divPad), valTrailer, leftpad+st.divPad))
		}
		b.WriteString(tail)
	}
}

// enumBound is TLCGlobals.enumBound: a set of functions, records or
// tuples with fewer elements prints as its elements.
const enumBound = 2000

// printsEnumerated says whether TLC prints the lazy set v as its elements
// (the toString methods of SubsetValue, SetOfFcnsValue, SetOfRcdsValue,
// SetOfTuplesValue, SetCupValue and UnionValue with TLC's default
// TLCGlobals.expand): SUBSET S when S has fewer than 7 elements, a set of
// functions, records or tuples when it has fewer than enumBound, a union
// always; an infinite one never.
func printsEnumerated(v Value) bool {
	switch x := v.(type) {
	case *Subset:
		return IsFinite(x.Base) && Card(x.Base) < 7
	case *FuncSet:
		if !IsFinite(x.Dom) || !IsFinite(x.Rng) {
			return false
		}
		n, r := int64(1), Card(x.Rng)
		for i := Card(x.Dom); i > 0 && n < enumBound; i-- {
			n *= r
		}
		return n < enumBound
	case *Product:
		return finiteProductBelow(x.Factors)
	case *RecordSet:
		return finiteProductBelow(x.Sets)
	case *Union:
		return IsFinite(x)
	}
	return false
}

func finiteProductBelow(sets []Value) bool {
	n := int64(1)
	for _, s := range sets {
		if !IsFinite(s) {
			return false
		}
		if n < enumBound {
			n *= Card(s)
		}
	}
	return n < enumBound
}

// Ppr is v printed as TLC's error messages and Print print values
// (tlc2.value.Values.ppr): laid out over several lines when longer than
// PrettyWidth.
func Ppr(v Value) string { return Pretty(Print(v), PrettyWidth) }
