package draft

// Draft is what a draft analysis says about a program.
type Draft struct {
	// ModuleName is the suggested TLA+ module name as written ("" if none).
	ModuleName     string
	Core           []Function // functions to model as actions, in order
	Helper         []Function // functions to fold into the actions
	Infrastructure []Function // functions to leave out
	Variables      []Variable // essential state variables
	Properties     []Property // invariants and other properties
}

// Function is one classified function.
type Function struct {
	Name        string // as the draft spells it, without receiver or "()"
	Description string
}

// Variable is one essential state variable.
type Variable struct {
	Name        string
	Type        string // e.g. "BOOLEAN" or "[Procs -> Nat]", if the draft gives one
	Description string
}

// Property is one invariant or temporal property. Name is "" when the
// draft states the property only in words.
type Property struct {
	Name        string
	Description string
}

// section is the part of a draft a line belongs to.
type section int

const (
	sectionNone section = iota
	sectionModuleName
	sectionCore
	sectionCoreAnalysis // "Detailed core function analysis": sub-headings name core functions
	sectionHelper
	sectionInfrastructure
	sectionVariables
	sectionProperties
)
