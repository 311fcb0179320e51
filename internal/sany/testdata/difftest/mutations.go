package main

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
)

// mutation is one kind of mistake typical of LLM-written TLA+ (or a
// legal variation an LLM produces that a checker must accept). apply
// returns the mutated text and a description, or ok=false when the module
// offers no place for it.
type mutation struct {
	kind  string
	apply func(m *module, r *rand.Rand) (text, desc string, ok bool)
}

func pick(r *rand.Rand, ss []span) span { return ss[r.Intn(len(ss))] }

// swap is a mutation replacing submatch group 1 of re by repl.
func swap(kind, pattern, repl, desc string) mutation {
	re := regexp.MustCompile(pattern)
	return mutation{kind, func(m *module, r *rand.Rand) (string, string, bool) {
		ss := m.matches(re, 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		return m.replace(s, repl), fmt.Sprintf("%s (%q at byte %d)", desc, m.src[s.start:s.end], s.start), true
	}}
}

// appendBeforeEnd adds text on its own line before the closing ==== line.
func appendBeforeEnd(m *module, text string) (string, bool) {
	if m.end < 0 {
		return "", false
	}
	return m.src[:m.end] + text + "\n" + m.src[m.end:], true
}

var ident = `[A-Za-z_][A-Za-z0-9_]*`

var mutations = []mutation{
	swap("quant_in_no_backslash", `\\[AE]\s+`+ident+`(?:\s*,\s*`+ident+`)*\s+(\\in)\b`, "in",
		`bounded quantifier written \E x in S (no backslash on \in)`),
	swap("record_mapsto_as_eq", `\[\s*`+ident+`\s*(\|->)`, "=", "record field `|->` written `=`"),
	swap("record_mapsto_as_eqeq", `\[\s*`+ident+`\s*(\|->)`, "==", "record field `|->` written `==`"),
	{"record_mapsto_as_colon", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`\[\s*` + ident + `\s*\|->`)
		ss := m.matches(re, 0)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		close := m.matchBracket(s.start)
		if close < 0 {
			return "", "", false
		}
		// replace |-> at depth 1 of this bracket
		out := []byte(m.src)
		depth := 0
		for i := s.start; i <= close; i++ {
			switch m.mask[i] {
			case '[', '(', '{':
				depth++
			case ']', ')', '}':
				depth--
			}
			if depth == 1 && strings.HasPrefix(m.mask[i:], "|->") {
				copy(out[i:], ":  ")
			}
		}
		return string(out), fmt.Sprintf("record constructor at byte %d written with `:` (a set of records)", s.start), true
	}},
	swap("circ_for_concat", `(\\o)\b`, `\circ`, `sequence concatenation \o written \circ`),
	swap("concat_as_plusplus", `(\\o)\b`, `++`, `sequence concatenation \o written ++`),
	{"choose_unbounded", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`CHOOSE\s+` + ident + `(\s*\\in\s[^:\n]*):`)
		ss := m.matches(re, 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		return m.replace(s, " "), "CHOOSE x \\in S : P written CHOOSE x : P", true
	}},
	{"unchanged_primed_element", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`UNCHANGED\s*<<\s*(` + ident + `)`)
		ss := m.matches(re, 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		return m.replace(span{s.end, s.end}, "'"), "first element of UNCHANGED <<...>> primed", true
	}},
	swap("unchanged_without_tuple", `UNCHANGED\s*(<<)`+ident+`\s*,`, "", "UNCHANGED <<a, b>> written UNCHANGED a, b>> (opening << dropped)"),
	{"fairness_in_init", func(m *module, r *rand.Rand) (string, string, bool) {
		if !m.defs["Init"] || !m.defs["Next"] || !m.defs["vars"] {
			return "", "", false
		}
		ss := m.matches(regexp.MustCompile(`(?m)^Init\s*(==)`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		return m.replace(ss[0], "== WF_vars(Next) /\\ "), "WF_vars(Next) conjoined to Init", true
	}},
	{"temporal_in_assume", func(m *module, r *rand.Rand) (string, string, bool) {
		what := "[](TRUE)"
		if m.defs["Spec"] {
			what = "Spec"
		}
		t, ok := appendBeforeEnd(m, "ASSUME "+what)
		return t, "ASSUME " + what + " added", ok
	}},
	{"action_in_assume", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.variables) == 0 {
			return "", "", false
		}
		v := m.variables[r.Intn(len(m.variables))]
		t, ok := appendBeforeEnd(m, "ASSUME "+v+"' = "+v)
		return t, "ASSUME v' = v added", ok
	}},
	{"duplicate_variable", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`(?m)^\s*VARIABLES?\s+(` + ident + `)((?:\s*,\s*` + ident + `)*)`)
		x := re.FindStringSubmatchIndex(m.mask)
		if x == nil {
			return "", "", false
		}
		first := m.src[x[2]:x[3]]
		return m.replace(span{x[5], x[5]}, ", "+first), "first VARIABLE declared twice", true
	}},
	{"constant_redefined", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.constants) == 0 {
			return "", "", false
		}
		c := m.constants[r.Intn(len(m.constants))]
		t, ok := appendBeforeEnd(m, c+" == 3")
		return t, "declared CONSTANT " + c + " also defined", ok
	}},
	{"variable_redefined", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.variables) == 0 {
			return "", "", false
		}
		v := m.variables[r.Intn(len(m.variables))]
		t, ok := appendBeforeEnd(m, v+" == 0")
		return t, "declared VARIABLE " + v + " also defined", ok
	}},
	{"box_in_next", func(m *module, r *rand.Rand) (string, string, bool) {
		ss := m.matches(regexp.MustCompile(`(?m)^Next\s*(==)`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		return m.replace(ss[0], "== [](TRUE) /\\ "), "[]TRUE conjoined to Next", true
	}},
	{"prime_in_invariant_theorem", func(m *module, r *rand.Rand) (string, string, bool) {
		if !m.defs["Spec"] || len(m.variables) == 0 {
			return "", "", false
		}
		inv := ""
		for _, n := range []string{"TypeOK", "TypeInvariant", "TypeOk", "Inv", "Invariant", "Safety", "TypeInv"} {
			if m.defs[n] {
				inv = n
				break
			}
		}
		if inv == "" {
			return "", "", false
		}
		ss := m.matches(regexp.MustCompile(`(?m)^`+inv+`\s*(==)`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		v := m.variables[0]
		t := m.src[:ss[0].start] + "== " + v + "' = " + v + " /\\ " + m.src[ss[0].end:]
		m2 := newModule(m.name, t)
		t, ok := appendBeforeEnd(m2, "THEOREM Spec => []"+inv)
		return t, "primed variable in " + inv + "; THEOREM Spec => []" + inv + " added", ok
	}},
	{"pluscal_label", func(m *module, r *rand.Rand) (string, string, bool) {
		ss := m.matches(regexp.MustCompile(`(?m)^`+ident+`\s*==(\s*)\S`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		return m.replace(s, " lbl: "), "PlusCal-style label `lbl:` before a definition body", true
	}},
	{"pluscal_algorithm_untranslated", func(m *module, r *rand.Rand) (string, string, bool) {
		x := regexp.MustCompile(`(?m)^(EXTENDS[^\n]*\n)`).FindStringSubmatchIndex(m.mask)
		if x == nil {
			return "", "", false
		}
		alg := "--algorithm Main\nvariables flag = FALSE;\nbegin\n  A: flag := TRUE;\nend algorithm\n"
		return m.replace(span{x[3], x[3]}, alg), "untranslated PlusCal algorithm outside a comment", true
	}},
	{"pluscal_c_syntax_untranslated", func(m *module, r *rand.Rand) (string, string, bool) {
		x := regexp.MustCompile(`(?m)^(EXTENDS[^\n]*\n)`).FindStringSubmatchIndex(m.mask)
		if x == nil {
			return "", "", false
		}
		alg := "--fair algorithm Main {\n  variables flag = FALSE;\n  { A: flag := TRUE; }\n}\n"
		return m.replace(span{x[3], x[3]}, alg), "untranslated C-syntax PlusCal algorithm outside a comment", true
	}},
	swap("unicode_in", `\s(\\in)\s`, "∈", `one \in written ∈`),
	swap("unicode_and", `\s(/\\)\s`, "∧", `one /\ written ∧`),
	swap("unicode_defeq", `(?m)^`+ident+`(?:\([^)]*\))?\s*(==)`, "≜", `one == written ≜`),
	swap("unicode_funcset_arrow", `\[[^\[\]\n]*\s(->)\s`, "→", `-> in a function set written →`),
	swap("unicode_mapsto", `\s(\|->)\s`, "↦", `|-> written ↦`),
	swap("unicode_times", `\s(\\X|\\times)\s`, "×", `\X written ×`),
	swap("unicode_leq_bad", `\s(=<|<=|\\leq)\s`, "⩽", `=< written with the slanted ⩽ (not TLA+)`),
	swap("unicode_neq", `\s(#|/=)\s`, "≠", `# written ≠`),
	swap("unicode_notin_bad", `\s(\\notin)\s`, "∌", `\notin written ∌ (wrong symbol)`),
	swap("else_if_chain", `\s(ELSE)\s`, "ELSE IF FALSE THEN FALSE ELSE", "ELSE e written ELSE IF FALSE THEN FALSE ELSE e"),
	swap("case_other_as_else", `\[\]\s*(OTHER)\b`, "ELSE", "CASE ... [] OTHER written [] ELSE"),
	swap("case_other_as_true", `\[\]\s*(OTHER)\b`, "TRUE", "CASE ... [] OTHER written [] TRUE"),
	{"junction_misaligned", func(m *module, r *rand.Rand) (string, string, bool) {
		// a line starting with /\ directly below another one at the same column
		re := regexp.MustCompile(`(?m)^( *)(/\\|\\/)[^\n]*\n( *)(/\\|\\/)`)
		var cands []span
		for _, x := range re.FindAllStringSubmatchIndex(m.mask, -1) {
			if x[3]-x[2] == x[7]-x[6] && x[3]-x[2] > 1 && m.mask[x[4]:x[5]] == m.mask[x[8]:x[9]] {
				cands = append(cands, span{x[6], x[7]})
			}
		}
		if len(cands) == 0 {
			return "", "", false
		}
		s := pick(r, cands)
		if r.Intn(2) == 0 {
			return m.replace(span{s.end - 1, s.end}, ""), "second item of a junction list indented one column less", true
		}
		return m.replace(span{s.end, s.end}, " "), "second item of a junction list indented one column more", true
	}},
	{"extends_nonexistent", func(m *module, r *rand.Rand) (string, string, bool) {
		x := regexp.MustCompile(`(?m)^EXTENDS[^\n]*?(\s*)\n`).FindStringSubmatchIndex(m.mask)
		if x == nil {
			return "", "", false
		}
		extra := []string{"Maps", "Functions", "SequencesExt", "Utils", "Arithmetic"}[r.Intn(5)]
		return m.replace(span{x[2], x[2]}, ", "+extra), "nonexistent module " + extra + " added to EXTENDS", true
	}},
	swap("len_as_length", `\b(Len)\(`, "Length", "Len written Length"),
	swap("seq_as_sequence", `\b(Seq)\(`, "Sequence", "Seq written Sequence"),
	swap("true_lowercase", `\b(TRUE)\b`, "true", "TRUE written true"),
	swap("false_lowercase", `\b(FALSE)\b`, "false", "FALSE written false"),
	swap("set_filter_pipe", `\{\s*`+ident+`\s*\\in\s[^{}:\n]*(:)`, "|", "set filter {x \\in S : P} written {x \\in S | P}"),
	swap("funcset_double_arrow", `\[[^\[\]\n|]*\s(->)\s`, "=>", "function set [S -> T] written [S => T]"),
	swap("funccons_single_arrow", `\[\s*`+ident+`\s*\\in\s[^\[\]\n]*(\|->)`, "->", "function constructor [x \\in S |-> e] written [x \\in S -> e]"),
	{"self_reference_without_recursive", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`(?m)^(` + ident + `)\s*==[^\n]*\S([ \t]*)$`)
		var cands [][]int
		for _, x := range re.FindAllStringSubmatchIndex(m.mask, -1) {
			name := m.src[x[2]:x[3]]
			if name != "Spec" && name != "vars" {
				cands = append(cands, x)
			}
		}
		if len(cands) == 0 {
			return "", "", false
		}
		x := cands[r.Intn(len(cands))]
		name := m.src[x[2]:x[3]]
		return m.replace(span{x[4], x[4]}, " /\\ "+name), name + " used in its own one-line definition without RECURSIVE", true
	}},
	{"bound_shadows_variable", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.variables) == 0 {
			return "", "", false
		}
		ss := m.matches(regexp.MustCompile(`\\[AE]\s+(`+ident+`)\s*\\in`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		v := m.variables[r.Intn(len(m.variables))]
		return m.replace(s, v), "bound identifier renamed to the variable " + v + " (binder only)", true
	}},
	{"bound_shadows_variable_consistently", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.variables) == 0 {
			return "", "", false
		}
		// \E x \in S : body-on-the-same-line; rename x everywhere on that line
		re := regexp.MustCompile(`\\[AE]\s+(` + ident + `)\s*\\in[^\n]*`)
		xs := re.FindAllStringSubmatchIndex(m.mask, -1)
		if len(xs) == 0 {
			return "", "", false
		}
		x := xs[r.Intn(len(xs))]
		old := m.src[x[2]:x[3]]
		v := m.variables[r.Intn(len(m.variables))]
		line := regexp.MustCompile(`\b`+regexp.QuoteMeta(old)+`\b`).ReplaceAllString(m.src[x[0]:x[1]], v)
		return m.src[:x[0]] + line + m.src[x[1]:], "bound identifier " + old + " renamed to the variable " + v + " on its line", true
	}},
	{"param_shadows_constant", func(m *module, r *rand.Rand) (string, string, bool) {
		if len(m.constants) == 0 {
			return "", "", false
		}
		ss := m.matches(regexp.MustCompile(`(?m)^`+ident+`\((`+ident+`)[,)]`), 1)
		if len(ss) == 0 {
			return "", "", false
		}
		s := pick(r, ss)
		c := m.constants[r.Intn(len(m.constants))]
		return m.replace(s, c), "first operator parameter renamed to the constant " + c + " (declaration only)", true
	}},
	{"let_redefines_top", func(m *module, r *rand.Rand) (string, string, bool) {
		ss := m.matches(regexp.MustCompile(`(?m)^Next\s*(==)`), 1)
		if len(ss) == 0 || !m.defs["Init"] {
			return "", "", false
		}
		return m.replace(ss[0], "== LET Init == TRUE IN "), "LET in Next redefines Init", true
	}},
	{"missing_vars_def", func(m *module, r *rand.Rand) (string, string, bool) {
		x := regexp.MustCompile(`(?m)^vars\s*==\s*<<[^\n]*>>[ \t]*\n`).FindStringIndex(m.mask)
		if x == nil {
			return "", "", false
		}
		return m.replace(span{x[0], x[1]}, ""), "one-line definition of vars removed", true
	}},
	swap("wf_without_subscript", `\b(WF_)`+ident+`\(`, "WF(", "WF_vars(A) written WF(A) (subscript dropped)"),
	swap("temporal_in_action", `\[\]\[(`+ident+`)\]_`, "Next /\\ <>TRUE", "[][Next]_v written [][Next /\\ <>TRUE]_v"),
	swap("setminus_as_minus", `\s(\\)\s*\{`, "-", "set difference S \\ {x} written S - {x}"),
	swap("and_as_word", `\s(/\\)\s`, "AND", `one /\ written AND`),
	swap("or_as_word", `\s(\\/)\s`, "OR", `one \/ written OR`),
	swap("implies_as_arrow", `\s(=>)\s`, "->", `=> written ->`),
	{"tuple_bound", func(m *module, r *rand.Rand) (string, string, bool) {
		re := regexp.MustCompile(`\\([AE])\s+(` + ident + `)\s+\\in\s+(` + ident + `)\s*:`)
		xs := re.FindAllStringSubmatchIndex(m.mask, -1)
		if len(xs) == 0 {
			return "", "", false
		}
		x := xs[r.Intn(len(xs))]
		q, v, s := m.src[x[2]:x[3]], m.src[x[4]:x[5]], m.src[x[6]:x[7]]
		repl := fmt.Sprintf(`\%s <<%s, %s_2>> \in %s \X %s :`, q, v, v, s, s)
		return m.src[:x[0]] + repl + m.src[x[1]:], "bound identifier made a tuple <<x, x_2>> over S \\X S", true
	}},
	swap("exists_in_set_builder", `\{\s*`+ident+`\s*(\\in)\s[^{}:\n]*:`, ":", "set filter {x \\in S : P} written {x : S : P}"),
	swap("domain_call", `\b(DOMAIN)\s+`+ident, "DOMAIN()", "DOMAIN f written DOMAIN() f"),
	swap("prime_on_constant_op", `\b(Cardinality)\(`, "Cardinality'(", "Cardinality(S) written Cardinality'(S)"),
	swap("subseteq_as_subset", `\s(\\subseteq)\s`, `\subset`, `\subseteq written \subset`),
	swap("enabled_lowercase_fn", `\b(ENABLED)\b`, "Enabled", "ENABLED written Enabled"),
	swap("exists_unique", `(\\E)\s+`+ident+`\s*\\in`, `\E!`, `\E written \E!`),
}
