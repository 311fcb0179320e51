package parser

// opInfo is an operator's precedence range and associativity from SANY's
// tla2sany.parser.Operators table. An operator binds tighter than another
// when its whole range is above the other's; overlapping ranges conflict.
type opInfo struct {
	lo, hi int16
	left   bool // left-associative
}

// opTable is keyed by canonical name. Read-only.
var opTable = map[string]opInfo{
	"[": {160, 160, true}, "'": {150, 150, false}, "^": {140, 140, false},
	"/": {130, 130, false}, "*": {130, 130, true}, "-": {110, 110, true},
	"-.": {120, 120, false}, "+": {100, 100, true}, "=": {50, 50, false},
	"\\lnot": {40, 40, true}, "\\land": {30, 30, true}, "\\lor": {30, 30, true},
	"~>": {20, 20, false}, "=>": {10, 10, false}, "[]": {40, 150, false},
	"<>": {40, 150, false}, "ENABLED": {40, 150, false},
	"UNCHANGED": {40, 150, false}, "SUBSET": {100, 130, false},
	"UNION": {100, 130, false}, "DOMAIN": {100, 130, false},
	"^+": {150, 150, false}, "^*": {150, 150, false}, "^#": {150, 150, false},
	"\\cdot": {50, 140, true}, "\\equiv": {20, 20, false},
	"-+->": {20, 20, false}, "/=": {50, 50, false}, "\\subseteq": {50, 50, false},
	"\\in": {50, 50, false}, "\\notin": {50, 50, false}, "<": {50, 50, false},
	"\\leq": {50, 50, false}, ">": {50, 50, false}, "\\geq": {50, 50, false},
	"\\times": {100, 130, true}, "\\": {80, 80, false},
	"\\intersect": {80, 80, true}, "\\union": {80, 80, true},
	"...": {90, 90, false}, "..": {90, 90, false}, "|": {100, 110, true},
	"||": {100, 110, true}, "&&": {130, 130, true}, "&": {130, 130, true},
	"$$": {90, 130, true}, "$": {90, 130, true}, "??": {90, 130, true},
	"%%": {100, 110, true}, "%": {100, 110, false}, "##": {90, 130, true},
	"++": {100, 100, true}, "--": {110, 110, true}, "**": {130, 130, true},
	"//": {130, 130, false}, "^^": {140, 140, false}, "@@": {60, 60, true},
	"!!": {90, 130, false}, "|-": {50, 50, false}, "|=": {50, 50, false},
	"-|": {50, 50, false}, "=|": {50, 50, false}, "<:": {70, 70, false},
	":>": {70, 70, false}, ":=": {50, 50, false}, "::=": {50, 50, false},
	"\\oplus": {100, 100, true}, "\\ominus": {110, 110, true},
	"\\odot": {130, 130, true}, "\\oslash": {130, 130, false},
	"\\otimes": {130, 130, true}, "\\uplus": {90, 130, true},
	"\\sqcap": {90, 130, true}, "\\sqcup": {90, 130, true},
	"\\div": {130, 130, false}, "\\wr": {90, 140, false},
	"\\star": {130, 130, true}, "\\o": {130, 130, true},
	"\\bigcirc": {130, 130, true}, "\\bullet": {130, 130, true},
	"\\prec": {50, 50, false}, "\\succ": {50, 50, false},
	"\\preceq": {50, 50, false}, "\\succeq": {50, 50, false},
	"\\sim": {50, 50, false}, "\\simeq": {50, 50, false},
	"\\ll": {50, 50, false}, "\\gg": {50, 50, false},
	"\\asymp": {50, 50, false}, "\\subset": {50, 50, false},
	"\\supset": {50, 50, false}, "\\supseteq": {50, 50, false},
	"\\approx": {50, 50, false}, "\\cong": {50, 50, false},
	"\\sqsubset": {50, 50, false}, "\\sqsubseteq": {50, 50, false},
	"\\sqsupset": {50, 50, false}, "\\sqsupseteq": {50, 50, false},
	"\\doteq": {50, 50, false}, "\\propto": {50, 50, false},
}

// binds reports SANY's succ: left binds tighter than right.
func binds(left, right opInfo) bool { return left.lo > right.hi }

// yields reports SANY's prec: right binds tighter than left.
func yields(left, right opInfo) bool { return left.hi < right.lo }
