package cfg

// The keywords of a .cfg file, as TLC's ModelConfig spells them. A token
// whose text is one of them ends the section before it, wherever it
// appears (TLC checks every token of a list against this table).
const (
	kwConstant          = "CONSTANT"
	kwConstants         = "CONSTANTS"
	kwConstraint        = "CONSTRAINT"
	kwConstraints       = "CONSTRAINTS"
	kwActionConstraint  = "ACTION_CONSTRAINT"
	kwActionConstraints = "ACTION_CONSTRAINTS"
	kwInvariant         = "INVARIANT"
	kwInvariants        = "INVARIANTS"
	kwInit              = "INIT"
	kwNext              = "NEXT"
	kwView              = "VIEW"
	kwSymmetry          = "SYMMETRY"
	kwSpecification     = "SPECIFICATION"
	kwProperty          = "PROPERTY"
	kwProperties        = "PROPERTIES"
	kwAlias             = "ALIAS"
	kwPostcondition     = "POSTCONDITION"
	kwPostconditions    = "POSTCONDITIONS"
	kwPeriodic          = "_PERIODIC"
	kwRLReward          = "_RL_REWARD"
	kwPossible          = "_POSSIBLE"
	kwCheckDeadlock     = "CHECK_DEADLOCK"
)

var keywords = map[string]bool{
	kwConstant: true, kwConstants: true, kwConstraint: true, kwConstraints: true,
	kwActionConstraint: true, kwActionConstraints: true, kwInvariant: true, kwInvariants: true,
	kwInit: true, kwNext: true, kwView: true, kwSymmetry: true, kwSpecification: true,
	kwProperty: true, kwProperties: true, kwAlias: true, kwPostcondition: true, kwPostconditions: true,
	kwPeriodic: true, kwRLReward: true, kwPossible: true, kwCheckDeadlock: true,
}

// IsKeyword reports whether word is a keyword of the .cfg language (so it
// cannot name a constant, an operator or a model value there).
func IsKeyword(word string) bool { return keywords[word] }

func isKeyword(t token) bool { return t.kind == tokWord && keywords[t.text] }
