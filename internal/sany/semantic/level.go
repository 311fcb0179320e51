package semantic

// Level is SANY's level of an expression: what it may depend on.
type Level int

const (
	// ConstantLevel expressions depend on constants only.
	ConstantLevel Level = iota
	// StateLevel expressions may mention variables unprimed.
	StateLevel
	// ActionLevel expressions may mention primed variables.
	ActionLevel
	// TemporalLevel expressions are temporal formulas ([]P, WF_v(A), ...).
	TemporalLevel
)

func maxLevel(a, b Level) Level {
	if a > b {
		return a
	}
	return b
}

// levelRank orders level errors as SANY's ModuleNode.levelCheck finds
// them: it checks the RECURSIVE sections first, then the inner modules,
// the operator definitions, the bodies of named theorems and assumptions,
// and last the top-level ASSUME, THEOREM and INSTANCE nodes (the checks
// of assumptions, proofs and substitutions). Within a pass errors come
// in source order.
type levelRank int

const (
	rankRecursive levelRank = iota
	rankInnerModule
	rankDefinition
	rankNamedStatement
	rankTopLevel
)
