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
