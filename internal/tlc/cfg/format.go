package cfg

import (
	"fmt"
	"strings"
)

// Format writes c back as .cfg text that Parse reads as the same
// configuration (comments and layout are not kept). Tools that change a
// configuration (drop an invariant, turn the deadlock check off) edit the
// Config and format it.
func Format(c *Config) string {
	var b strings.Builder
	single := func(kw string, n *Name) {
		if n != nil {
			fmt.Fprintf(&b, "%s %s\n", kw, n.Name)
		}
	}
	list := func(kw string, ns []Name) {
		if len(ns) == 0 {
			return
		}
		b.WriteString(kw)
		for _, n := range ns {
			b.WriteString("\n    " + n.Name)
		}
		b.WriteString("\n")
	}
	single(kwSpecification, c.Specification)
	single(kwInit, c.Init)
	single(kwNext, c.Next)
	if len(c.Constants) > 0 {
		b.WriteString(kwConstants)
		for _, k := range c.Constants {
			b.WriteString("\n    " + FormatConstant(k))
		}
		b.WriteString("\n")
	}
	list(kwInvariants, c.Invariants)
	list(kwProperties, c.Properties)
	list(kwConstraints, c.Constraints)
	list(kwActionConstraints, c.ActionConstraints)
	single(kwSymmetry, c.Symmetry)
	single(kwView, c.View)
	single(kwAlias, c.Alias)
	list(kwPostconditions, c.Postconditions)
	single(kwPeriodic, c.Periodic)
	single(kwRLReward, c.RLReward)
	list(kwPossible, c.Possible)
	if c.CheckDeadlock != nil {
		fmt.Fprintf(&b, "%s %s\n", kwCheckDeadlock, boolText(*c.CheckDeadlock))
	}
	return b.String()
}

// FormatConstant writes one CONSTANT entry: `N = 3`, `F(1) = [M] v`,
// `C <- [M] Op`.
func FormatConstant(k Constant) string {
	var b strings.Builder
	b.WriteString(k.Name.Name)
	if k.Subst != nil {
		b.WriteString(" <- ")
		if k.Module != "" {
			b.WriteString("[" + k.Module + "] ")
		}
		b.WriteString(k.Subst.Name)
		return b.String()
	}
	if k.Args != nil {
		b.WriteString("(")
		for i, a := range k.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(FormatValue(a))
		}
		b.WriteString(")")
	}
	b.WriteString(" = ")
	if k.Module != "" {
		b.WriteString("[" + k.Module + "] ")
	}
	if k.Value != nil {
		b.WriteString(FormatValue(*k.Value))
	}
	return b.String()
}

// FormatValue writes a value as the .cfg spells it.
func FormatValue(v Value) string {
	switch v.Kind {
	case IntValue:
		if v.Int == nil {
			return "0"
		}
		return v.Int.String()
	case StringValue:
		return `"` + v.Str + `"`
	case BoolValue:
		return boolText(v.Bool)
	case SetValue, TupleValue:
		open, close := "{", "}"
		if v.Kind == TupleValue {
			open, close = "<<", ">>"
		}
		parts := make([]string, len(v.Elems))
		for i, e := range v.Elems {
			parts[i] = FormatValue(e)
		}
		return open + strings.Join(parts, ", ") + close
	}
	return v.Str
}

func boolText(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}
