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
		b.WriteString(x.Text())
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
