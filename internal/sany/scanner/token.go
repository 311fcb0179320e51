package scanner

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// Kind classifies a token.
type Kind int16

// Token kinds. Operator symbols share the kind Op and are told apart by
// Token.Name and Token.Class.
const (
	EOF     Kind = iota
	Illegal      // text that is no token: see ScanTokens
	// QualifiedJunction is SANY's BAND/BOR token, a word glued to a
	// junction: x./\\ or 1.\\/. No rule of the grammar accepts it.
	QualifiedJunction
	BeginModule // ---- MODULE
	Separator   // ----
	EndModule   // ====
	Ident
	Number
	String
	Op

	Comma
	Colon
	ColonColon // :: or ∷
	Dot
	Underscore
	DefEq // == or ≜
	LParen
	RParen
	LBrack
	RBrackSub // ]_
	RBrack
	LBrace
	RBrace
	LAngle    // << or ⟨
	RAngleSub // >>_ or ⟩_
	RAngle    // >> or ⟩
	Bang
	Arrow  // -> or →
	LArrow // <- or ←
	MapsTo // |-> or ↦

	// Step tokens of proofs (SANY's ProofStepLexeme and friends).
	StepNamed    // <1>2, <2>a
	StepImplicit // <*>a, <+>a
	StepDot      // <1>2.
	StepBare     // <1>, <*>, <+>
	StepUnnamed  // <1>*. <1>- <1>.

	keywordBegin
	ACTION
	ASSUME
	BOXASSUME  // []ASSUME
	ASSUMPTION // ASSUMPTION, AXIOM
	BY
	CASE
	CHOOSE
	CONSTANT
	DEF // DEF, DEFS
	DEFINE
	ELSE
	EXCEPT
	EXISTS // \E \exists ∃
	EXTENDS
	FORALL // \A \forall ∀
	HAVE
	HIDE
	IF
	IN // the IN of LET
	INSTANCE
	LAMBDA
	LET
	LOCAL
	MODULE
	NEW
	OBVIOUS
	OMITTED
	ONLY
	OTHER
	PICK
	PROOF
	PROPOSITION // PROPOSITION, LEMMA, COROLLARY
	PROVE
	BOXPROVE // []PROVE
	QED
	RECURSIVE
	SF // SF_
	STATE
	SUFFICES
	TAKE
	TEMPORAL
	TEXISTS // \EE
	TFORALL // \AA
	THEN
	THEOREM
	USE
	VARIABLE
	WF // WF_
	WITH
	WITNESS
	keywordEnd
)

// Token is one token, the source text [Pos, End) (see Text). For
// operators and quantifiers Name is SANY's canonical spelling. Tokens are
// kept small because a file's tokens are all held at once.
type Token struct {
	Kind   Kind
	Class  OpClass // Op only
	Bullet bool    // Op "/\\", "∧", "\\/", "∨": may start a junction list
	Col    int32   // SANY column (1-based, UTF-16, TAB to multiples of 8)
	Pos    token.Pos
	End    token.Pos
	name   uint16 // index in theLexicon().names of Name()
}

// Name returns SANY's canonical spelling of an operator or other symbol
// token ("\\land" for "/\\" and "∧"), or "" for other tokens. Tokens hold
// an index rather than the string so that a token slice holds no
// pointers, which the garbage collector need not scan.
func (t Token) Name() string {
	if t.name == 0 {
		return ""
	}
	return theLexicon().names[t.name]
}

// IsKeyword reports whether k is a reserved word.
func (k Kind) IsKeyword() bool { return k > keywordBegin && k < keywordEnd }

// kindNames are the spellings of kinds other than keywords, for messages.
var kindNames = [...]string{
	EOF: "end of file", Illegal: "illegal text", QualifiedJunction: "qualified junction", BeginModule: "---- MODULE", Separator: "----",
	EndModule: "====", Ident: "identifier", Number: "number", String: "string",
	Op: "operator", Comma: ",", Colon: ":", ColonColon: "::", Dot: ".",
	Underscore: "_", DefEq: "==", LParen: "(", RParen: ")", LBrack: "[",
	RBrackSub: "]_", RBrack: "]", LBrace: "{", RBrace: "}", LAngle: "<<",
	RAngleSub: ">>_", RAngle: ">>", Bang: "!", Arrow: "->", LArrow: "<-",
	MapsTo: "|->", StepNamed: "step name", StepImplicit: "step name",
	StepDot: "step name", StepBare: "step level", StepUnnamed: "step level",
}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	for _, w := range keywordList {
		if w.kind == k {
			return w.word
		}
	}
	return "token"
}

// keywordList lists the reserved words with their kinds; the scanner
// looks them up in theLexicon().keywords.
var keywordList = []struct {
	word string
	kind Kind
}{
	{"ACTION", ACTION}, {"ACTIONS", ACTION}, {"ASSUME", ASSUME},
	{"ASSUMPTION", ASSUMPTION}, {"AXIOM", ASSUMPTION}, {"BY", BY}, {"CASE", CASE},
	{"CHOOSE", CHOOSE}, {"CONSTANT", CONSTANT}, {"CONSTANTS", CONSTANT},
	{"DEF", DEF}, {"DEFS", DEF}, {"DEFINE", DEFINE}, {"ELSE", ELSE},
	{"EXCEPT", EXCEPT}, {"EXTENDS", EXTENDS}, {"HAVE", HAVE}, {"HIDE", HIDE},
	{"IF", IF}, {"IN", IN}, {"INSTANCE", INSTANCE}, {"LAMBDA", LAMBDA}, {"LET", LET},
	{"LOCAL", LOCAL}, {"MODULE", MODULE}, {"NEW", NEW}, {"OBVIOUS", OBVIOUS},
	{"OMITTED", OMITTED}, {"ONLY", ONLY}, {"OTHER", OTHER}, {"PICK", PICK},
	{"PROOF", PROOF}, {"PROPOSITION", PROPOSITION}, {"LEMMA", PROPOSITION},
	{"COROLLARY", PROPOSITION}, {"PROVE", PROVE}, {"QED", QED},
	{"RECURSIVE", RECURSIVE}, {"STATE", STATE}, {"SUFFICES", SUFFICES},
	{"TAKE", TAKE}, {"TEMPORAL", TEMPORAL}, {"TEMPORALS", TEMPORAL}, {"THEN", THEN},
	{"THEOREM", THEOREM}, {"USE", USE}, {"VARIABLE", VARIABLE},
	{"VARIABLES", VARIABLE}, {"WITH", WITH}, {"WITNESS", WITNESS},
}

// Text returns the token's spelling in src, the text it was scanned from.
func (t Token) Text(src string) string { return src[t.Pos:t.End] }
