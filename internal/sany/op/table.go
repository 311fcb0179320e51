package op

// Level data shared by several built-ins (SANY's BuiltInOperators).
var (
	// Equality, membership and set operators take arguments up to action
	// level, and their level is their arguments'.
	actionArgs2 = Builtin{Arity: 2, ArgLevels: []Level{Action, Action}, Weights: []bool{true, true}}
	actionArg1  = Builtin{Arity: 1, ArgLevels: []Level{Action}, Weights: []bool{true}}
	// Boolean connectives take formulas of any level.
	boolean2 = Builtin{Arity: 2, ArgLevels: []Level{Temporal, Temporal}, Weights: []bool{true, true}}
	// Temporal operators are temporal whatever their arguments.
	temporal2 = Builtin{Arity: 2, Level: Temporal, ArgLevels: []Level{Temporal, Temporal}, Weights: []bool{false, false}}
	temporal1 = Builtin{Arity: 1, Level: Temporal, ArgLevels: []Level{Temporal}, Weights: []bool{false}}
)

// Table lists every operator symbol of TLA+, SANY's built-ins first, then
// those of the standard modules, then the rest (which only a user's
// module can define). Read-only.
var Table = []Operator{
	// Built-ins (tla2sany.semantic.BuiltInOperators).
	{Name: "=", Spellings: []string{"="}, Class: Infix, Prec: Prec{50, 50}, Builtin: &actionArgs2},
	{Name: "/=", Spellings: []string{"#", "/=", "≠"}, Class: Infix, Prec: Prec{50, 50}, Builtin: &actionArgs2},
	{Name: "'", Spellings: []string{"'"}, Class: Postfix, Prec: Prec{150, 150},
		Builtin: &Builtin{Arity: 1, Level: Action, ArgLevels: []Level{State}, Weights: []bool{false}}},
	{Name: "\\lnot", Spellings: []string{"~", "\\lnot", "\\neg", "¬"}, Unregistered: []string{"~", "¬"}, Class: Prefix, Prec: Prec{40, 40}, Left: true,
		Builtin: &Builtin{Arity: 1, ArgLevels: []Level{Temporal}, Weights: []bool{true}}},
	{Name: "\\land", Spellings: []string{"/\\", "\\land", "∧"}, Bullets: []string{"/\\", "∧"}, Class: Infix, Prec: Prec{30, 30}, Left: true, Builtin: &boolean2},
	{Name: "\\lor", Spellings: []string{"\\/", "\\lor", "∨"}, Bullets: []string{"\\/", "∨"}, Class: Infix, Prec: Prec{30, 30}, Left: true, Builtin: &boolean2},
	{Name: "\\equiv", Spellings: []string{"<=>", "\\equiv", "≡", "⇔"}, Class: Infix, Prec: Prec{20, 20}, Builtin: &boolean2},
	{Name: "=>", Spellings: []string{"=>", "⇒"}, Class: Infix, Prec: Prec{10, 10}, Builtin: &boolean2},
	{Name: "\\subseteq", Spellings: []string{"\\subseteq", "⊆"}, Class: Infix, Prec: Prec{50, 50}, Builtin: &actionArgs2},
	{Name: "\\in", Spellings: []string{"\\in", "∈"}, Class: Infix, Prec: Prec{50, 50}, Builtin: &actionArgs2},
	{Name: "\\notin", Spellings: []string{"\\notin", "∉"}, Class: Infix, Prec: Prec{50, 50}, Builtin: &actionArgs2},
	{Name: "\\", Spellings: []string{"\\"}, Class: Infix, Prec: Prec{80, 80}, Builtin: &actionArgs2},
	{Name: "\\intersect", Spellings: []string{"\\cap", "\\intersect", "∩"}, Class: Infix, Prec: Prec{80, 80}, Left: true, Builtin: &actionArgs2},
	{Name: "\\union", Spellings: []string{"\\cup", "\\union", "∪"}, Class: Infix, Prec: Prec{80, 80}, Left: true, Builtin: &actionArgs2},
	{Name: "\\times", Spellings: []string{"\\X", "\\times", "×"}, Class: Infix, Prec: Prec{100, 130}, Left: true,
		Builtin: &Builtin{Arity: -1, ArgLevels: []Level{Action}, Weights: []bool{true}}},
	{Name: "~>", Spellings: []string{"~>", "↝"}, Class: Infix, Prec: Prec{20, 20}, Builtin: &temporal2},
	{Name: "[]", Spellings: []string{"[]", "□"}, Unregistered: []string{"□"}, Class: Prefix, Prec: Prec{40, 150}, Builtin: &temporal1},
	{Name: "<>", Spellings: []string{"<>", "◇"}, Unregistered: []string{"◇"}, Class: Prefix, Prec: Prec{40, 150}, Builtin: &temporal1},
	{Name: "ENABLED", Spellings: []string{"ENABLED"}, Class: Prefix, Prec: Prec{40, 150},
		Builtin: &Builtin{Arity: 1, Level: State, ArgLevels: []Level{Action}, Weights: []bool{false}}},
	{Name: "UNCHANGED", Spellings: []string{"UNCHANGED"}, Class: Prefix, Prec: Prec{40, 150},
		Builtin: &Builtin{Arity: 1, Level: Action, ArgLevels: []Level{State}, Weights: []bool{false}}},
	{Name: "SUBSET", Spellings: []string{"SUBSET"}, Class: Prefix, Prec: Prec{100, 130}, Builtin: &actionArg1},
	{Name: "UNION", Spellings: []string{"UNION"}, Class: Prefix, Prec: Prec{100, 130}, Builtin: &actionArg1},
	{Name: "DOMAIN", Spellings: []string{"DOMAIN"}, Class: Prefix, Prec: Prec{100, 130}, Builtin: &actionArg1},
	{Name: "\\cdot", Spellings: []string{"\\cdot", "⋅"}, Class: Infix, Prec: Prec{50, 140}, Left: true,
		Builtin: &Builtin{Arity: 2, Level: Action, ArgLevels: []Level{Action, Action}, Weights: []bool{false, false}}},
	{Name: "-+->", Spellings: []string{"-+->", "⇸"}, Class: Infix, Prec: Prec{20, 20}, Builtin: &temporal2},

	// Naturals, Integers, Reals.
	{Name: "+", Spellings: []string{"+"}, Class: Infix, Prec: Prec{100, 100}, Left: true, Module: "Naturals"},
	{Name: "-", Spellings: []string{"-"}, Class: Infix, Prec: Prec{110, 110}, Left: true, Module: "Naturals"},
	{Name: "*", Spellings: []string{"*"}, Class: Infix, Prec: Prec{130, 130}, Left: true, Module: "Naturals"},
	{Name: "^", Spellings: []string{"^"}, Class: Infix, Prec: Prec{140, 140}, Module: "Naturals"},
	{Name: "<", Spellings: []string{"<"}, Class: Infix, Prec: Prec{50, 50}, Module: "Naturals"},
	{Name: ">", Spellings: []string{">"}, Class: Infix, Prec: Prec{50, 50}, Module: "Naturals"},
	{Name: "\\leq", Spellings: []string{"<=", "=<", "\\leq", "≤"}, Class: Infix, Prec: Prec{50, 50}, Module: "Naturals"},
	{Name: "\\geq", Spellings: []string{">=", "\\geq", "≥"}, Class: Infix, Prec: Prec{50, 50}, Module: "Naturals"},
	{Name: "%", Spellings: []string{"%"}, Class: Infix, Prec: Prec{100, 110}, Module: "Naturals"},
	{Name: "\\div", Spellings: []string{"\\div", "÷"}, Class: Infix, Prec: Prec{130, 130}, Module: "Naturals"},
	{Name: "..", Spellings: []string{"..", "‥"}, Class: Infix, Prec: Prec{90, 90}, Module: "Naturals"},
	{Name: "-.", Spellings: []string{"-."}, Class: NonExpPrefix, Prec: Prec{120, 120}, Module: "Integers"},
	{Name: "/", Spellings: []string{"/"}, Class: Infix, Prec: Prec{130, 130}, Module: "Reals"},
	// Sequences, TLC, Bags.
	{Name: "\\o", Spellings: []string{"\\o", "\\circ", "∘"}, Class: Infix, Prec: Prec{130, 130}, Left: true, Module: "Sequences"},
	{Name: ":>", Spellings: []string{":>"}, Class: Infix, Prec: Prec{70, 70}, Module: "TLC"},
	{Name: "@@", Spellings: []string{"@@"}, Class: Infix, Prec: Prec{60, 60}, Left: true, Module: "TLC"},
	{Name: "\\oplus", Spellings: []string{"(+)", "\\oplus", "⊕"}, Class: Infix, Prec: Prec{100, 100}, Left: true, Module: "Bags"},
	{Name: "\\ominus", Spellings: []string{"(-)", "\\ominus", "⊖"}, Class: Infix, Prec: Prec{110, 110}, Left: true, Module: "Bags"},
	{Name: "\\sqsubseteq", Spellings: []string{"\\sqsubseteq", "⊑"}, Class: Infix, Prec: Prec{50, 50}, Module: "Bags"},

	// Postfix operators no module defines.
	{Name: "^+", Spellings: []string{"^+", "⁺"}, Class: Postfix, Prec: Prec{150, 150}},
	{Name: "^*", Spellings: []string{"^*"}, Class: Postfix, Prec: Prec{150, 150}},
	{Name: "^#", Spellings: []string{"^#"}, Class: Postfix, Prec: Prec{150, 150}},
	// Infix operators no module defines, by precedence.
	{Name: "-|", Spellings: []string{"-|", "⊣"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "::=", Spellings: []string{"::=", "⩴"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: ":=", Spellings: []string{":=", "≔"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "=|", Spellings: []string{"=|", "⫤"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\approx", Spellings: []string{"\\approx", "≈"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\asymp", Spellings: []string{"\\asymp", "≍"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\cong", Spellings: []string{"\\cong", "≅"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\doteq", Spellings: []string{"\\doteq", "≐"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\gg", Spellings: []string{"\\gg", "≫"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\ll", Spellings: []string{"\\ll", "≪"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\prec", Spellings: []string{"\\prec", "≺"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\preceq", Spellings: []string{"\\preceq", "⪯"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\propto", Spellings: []string{"\\propto", "∝"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\sim", Spellings: []string{"\\sim", "∼"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\simeq", Spellings: []string{"\\simeq", "≃"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\sqsubset", Spellings: []string{"\\sqsubset", "⊏"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\sqsupset", Spellings: []string{"\\sqsupset", "⊐"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\sqsupseteq", Spellings: []string{"\\sqsupseteq", "⊒"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\subset", Spellings: []string{"\\subset", "⊂"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\succ", Spellings: []string{"\\succ", "≻"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\succeq", Spellings: []string{"\\succeq", "⪰"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\supset", Spellings: []string{"\\supset", "⊃"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "\\supseteq", Spellings: []string{"\\supseteq", "⊇"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "|-", Spellings: []string{"|-", "⊢"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "|=", Spellings: []string{"|=", "⊨"}, Class: Infix, Prec: Prec{50, 50}},
	{Name: "<:", Spellings: []string{"<:"}, Class: Infix, Prec: Prec{70, 70}},
	{Name: "...", Spellings: []string{"...", "…"}, Class: Infix, Prec: Prec{90, 90}},
	{Name: "!!", Spellings: []string{"!!", "‼"}, Class: Infix, Prec: Prec{90, 130}},
	{Name: "##", Spellings: []string{"##"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "$", Spellings: []string{"$"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "$$", Spellings: []string{"$$"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "??", Spellings: []string{"??", "⁇"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "\\sqcap", Spellings: []string{"\\sqcap", "⊓"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "\\sqcup", Spellings: []string{"\\sqcup", "⊔"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "\\uplus", Spellings: []string{"\\uplus", "⊎"}, Class: Infix, Prec: Prec{90, 130}, Left: true},
	{Name: "\\wr", Spellings: []string{"\\wr", "≀"}, Class: Infix, Prec: Prec{90, 140}},
	{Name: "%%", Spellings: []string{"%%"}, Class: Infix, Prec: Prec{100, 110}, Left: true},
	{Name: "++", Spellings: []string{"++"}, Class: Infix, Prec: Prec{100, 100}, Left: true},
	{Name: "|", Spellings: []string{"|"}, Class: Infix, Prec: Prec{100, 110}, Left: true},
	{Name: "||", Spellings: []string{"||", "‖"}, Class: Infix, Prec: Prec{100, 110}, Left: true},
	{Name: "--", Spellings: []string{"--"}, Class: Infix, Prec: Prec{110, 110}, Left: true},
	{Name: "&", Spellings: []string{"&"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "&&", Spellings: []string{"&&"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "**", Spellings: []string{"**"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "//", Spellings: []string{"//"}, Class: Infix, Prec: Prec{130, 130}},
	{Name: "\\bigcirc", Spellings: []string{"\\bigcirc", "◯"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "\\bullet", Spellings: []string{"\\bullet", "●"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "\\odot", Spellings: []string{"(.)", "\\odot", "⊙"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "\\oslash", Spellings: []string{"(/)", "\\oslash", "⊘"}, Class: Infix, Prec: Prec{130, 130}},
	{Name: "\\otimes", Spellings: []string{"(\\X)", "\\otimes", "⊗"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "\\star", Spellings: []string{"\\star", "⋆"}, Class: Infix, Prec: Prec{130, 130}, Left: true},
	{Name: "^^", Spellings: []string{"^^"}, Class: Infix, Prec: Prec{140, 140}},
}
