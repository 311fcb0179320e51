package ast

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// AssumeProve is ASSUME a, NEW x \in S, ... PROVE goal, the body of a
// THEOREM, a SUFFICES or a step, or itself an assumption. Each assumption
// is an Expr, a *NewDecl, an *AssumeProve or a definition unit (*OpDef,
// *FuncDef, *ModuleDef, *Instance). A named assumption h :: e is a *Label.
//
// A nested ASSUME/PROVE may carry a label, "lab:: ASSUME ... PROVE ...";
// Label is then its name and Colons the "::".
type AssumeProve struct {
	Label   *Ident // nil without a label
	Colons  token.Pos
	Assume  token.Pos
	Assumps []Node
	Prove   token.Pos
	Goal    Expr
}

// NewKind says what a NEW declaration declares.
type NewKind int

const (
	NewConstant NewKind = iota // NEW x or NEW CONSTANT x
	NewVariable                // NEW VARIABLE x
	NewState                   // NEW STATE x
	NewAction                  // NEW ACTION x
	NewTemporal                // NEW TEMPORAL x
)

// NewDecl is NEW [CONSTANT|VARIABLE|STATE|ACTION|TEMPORAL] x [\in S] or
// NEW F(_, _) inside ASSUME. The NEW keyword may be omitted before
// CONSTANT, VARIABLE, STATE, ACTION or TEMPORAL.
type NewDecl struct {
	KwPos token.Pos
	Kind  NewKind
	Param *Param
	Set   Expr // nil without "\in S"
}

func (x *NewDecl) Pos() token.Pos { return x.KwPos }
func (x *NewDecl) End() token.Pos {
	if x.Set != nil {
		return x.Set.End()
	}
	return x.Param.End()
}

func (x *AssumeProve) Pos() token.Pos {
	if x.Label != nil {
		return x.Label.Pos()
	}
	return x.Assume
}
func (x *AssumeProve) End() token.Pos { return x.Goal.End() }

// TerminalKind is the kind of a one-line proof.
type TerminalKind int

const (
	ProofBy      TerminalKind = iota // BY [ONLY] facts [DEF defs]
	ProofObvious                     // OBVIOUS
	ProofOmitted                     // OMITTED
)

// TerminalProof is an optional PROOF keyword followed by BY, OBVIOUS or
// OMITTED.
type TerminalProof struct {
	ProofPos token.Pos // "PROOF", or token.NoPos
	KwPos    token.Pos // "BY", "OBVIOUS" or "OMITTED"
	Kind     TerminalKind
	Only     bool
	Facts    []Expr
	Defs     []Expr
	EndPos   token.Pos
}

func (x *TerminalProof) Pos() token.Pos {
	if x.ProofPos.IsValid() {
		return x.ProofPos
	}
	return x.KwPos
}
func (x *TerminalProof) End() token.Pos { return x.EndPos }

// StepsProof is an optional PROOF keyword followed by numbered steps, the
// last of which is normally a QED step.
type StepsProof struct {
	ProofPos token.Pos
	Steps    []*Step
}

func (x *StepsProof) Pos() token.Pos {
	if x.ProofPos.IsValid() {
		return x.ProofPos
	}
	return x.Steps[0].Pos()
}
func (x *StepsProof) End() token.Pos { return x.Steps[len(x.Steps)-1].End() }

func (*TerminalProof) proofNode() {}
func (*StepsProof) proofNode()    {}

// StepKind says which statement a proof step makes.
type StepKind int

const (
	StepAssert    StepKind = iota // an expression or ASSUME/PROVE to prove (Body)
	StepSuffices                  // SUFFICES Body
	StepCase                      // CASE Body
	StepPick                      // PICK Bounds : Body
	StepHave                      // HAVE Body
	StepTake                      // TAKE Bounds
	StepWitness                   // WITNESS Exprs
	StepQED                       // QED
	StepDefine                    // [DEFINE] definitions (Defs)
	StepUseOrHide                 // USE/HIDE (UseHide)
	StepInstance                  // INSTANCE (Defs holds the *Instance)
)

// Step is one proof step: <1>2. statement proof. Label is the step's
// name as written ("<1>2", "<2>a", "<*>", "<+>" or "<3>"), Level its
// number (-1 for <*> and <+>, whose level the checker infers), and Name
// the part after the level ("2", "a"; "" for unnamed steps).
type Step struct {
	StepPos  token.Pos
	LabelEnd token.Pos
	Label    string
	Level    int
	Name     string
	Kind     StepKind
	KwPos    token.Pos // keyword (SUFFICES, CASE, ...); token.NoPos for StepAssert
	Body     Node      // Expr or *AssumeProve; nil if the kind has none
	Bounds   []*Bound  // PICK, TAKE
	Exprs    []Expr    // WITNESS
	Defs     []Unit    // DEFINE, INSTANCE, and definitions written as steps
	UseHide  *UseOrHide
	Proof    Proof // nil if the step has no proof
	EndPos   token.Pos
}

func (x *Step) Pos() token.Pos { return x.StepPos }
func (x *Step) End() token.Pos { return x.EndPos }
