package tlc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// Outcome is a run's verdict, in the vocabulary of the tlaplus/Examples
// manifests plus the answers only a run can give (error, unsupported,
// incomplete).
type Outcome string

const (
	Success           Outcome = "success"
	AssumptionFailure Outcome = "assumption failure"
	DeadlockFailure   Outcome = "deadlock failure"
	SafetyFailure     Outcome = "safety failure"
	LivenessFailure   Outcome = "liveness failure"
	Error             Outcome = "error"       // an evaluation error in the spec (TLC's runtime errors)
	Unsupported       Outcome = "unsupported" // a construct this checker does not evaluate
	Incomplete        Outcome = "incomplete"  // stopped by MaxStates, Timeout or cancellation
)

// ViolationKind says what went wrong.
type ViolationKind string

const (
	KindInvariant  ViolationKind = "invariant"
	KindDeadlock   ViolationKind = "deadlock"
	KindAssert     ViolationKind = "assert"
	KindProperty   ViolationKind = "property"
	KindAssumption ViolationKind = "assumption"
	KindRuntime    ViolationKind = "runtime"
)

// Options says what to check and within which bounds.
type Options struct {
	// SpecPath is the root module's file.
	SpecPath string
	// ConfigPath is the model configuration; "" means SpecPath with the
	// extension .cfg.
	ConfigPath string
	// SearchPaths are module folders after the spec's own folder (the
	// CLI's -I, the setting libraryPaths).
	SearchPaths []string
	// Overlay holds unsaved editor buffers (.tla and .cfg) by clean
	// absolute path; they win over the files on disk.
	Overlay sany.Overlay
	// MaxStates stops the search (result Incomplete) once this many
	// distinct states are found; 0 means no bound.
	MaxStates int64
	// Timeout stops the search (result Incomplete); 0 means none.
	Timeout time.Duration
	// CheckDeadlock overrides the configuration's CHECK_DEADLOCK when set
	// (the CLI's -deadlock flag). TLC checks for deadlock by default.
	CheckDeadlock *bool
	// Workers is the number of search goroutines; < 1 means 1. Counts and
	// verdicts do not depend on it.
	Workers int
	// Progress, if set, is called about once a second during the search
	// and once at its end.
	Progress func(Progress)
	// Output receives what the spec prints (Print, PrintT); nil discards.
	Output io.Writer
	// batchSize is search.Options.BatchSize; tests make it small, so
	// that small specs go through the pipeline of several workers.
	batchSize int
}

// Progress is a snapshot of a running search.
type Progress struct {
	Distinct        int64
	Generated       int64
	Depth           int
	Queue           int64
	StatesPerSecond float64 // distinct states per second since the start
	Elapsed         time.Duration
}

// Result is what a run answers. Its JSON form is the CLI's
// `modelcheck -format json` object; fields tagged "-" are for in-process
// users (the language server) only.
type Result struct {
	File            string      `json:"file"`
	Module          string      `json:"module"`
	Config          string      `json:"config"`
	Result          Outcome     `json:"result"`
	DistinctStates  int64       `json:"distinctStates"`
	GeneratedStates int64       `json:"generatedStates"`
	Depth           int         `json:"depth"`
	Violation       *Violation  `json:"violation"`
	Trace           []TraceStep `json:"trace"`
	ElapsedMs       int64       `json:"elapsedMs"`

	// StatesLeft is TLC's "states left on queue" when the run ended:
	// states found and not yet expanded.
	StatesLeft int64 `json:"-"`
	// Coverage counts, per action of the next-state relation, the
	// successor states it produced over the whole search (TLC's coverage
	// statistics); an action with Generated == 0 was never enabled.
	Coverage []ActionCoverage `json:"-"`
	// ConstantVariables are the variables whose value is the same in
	// every reachable state.
	ConstantVariables []string `json:"-"`
	// PrintOrder lists the variables in the order TLC prints a state's
	// (see tlcVariableOrder); empty means the Bindings' own order.
	PrintOrder []string `json:"-"`
	// LoopBack is, for a liveness counterexample whose cycle has more
	// than one state, the step from the last state back to the cycle's
	// first (TLC's "Back to state N: <Action ...>").
	LoopBack *TraceStep `json:"-"`
	// Warnings are TLC's warnings on the model, in its words, printed
	// before the text output's report (WarningsText).
	Warnings []string `json:"-"`
	// PropertiesElapsed is the part of the run spent deciding the
	// PROPERTY entries once the search is over (their safety parts and
	// liveness), as TLC reports "Finished checking temporal properties".
	PropertiesElapsed time.Duration `json:"-"`
}

// Violation is the property that failed, or the error that stopped the run.
// Line and Column are 1-based, as SANY and TLC print them; Path is the file
// they are in (the spec, an imported module, or the .cfg).
type Violation struct {
	Kind ViolationKind `json:"kind"`
	Name string        `json:"name"`
	// Names, for a liveness counterexample, are all the temporal
	// properties it violates, as TLC names them (its post-hoc
	// attribution); Name is the first.
	Names   []string `json:"-"`
	Message string   `json:"message"`
	Line    int      `json:"line"`
	Column  int      `json:"column"`
	Path    string   `json:"-"`
	// Whole: Message is TLC's whole message, which names where when
	// TLC's does (printed as is, without Line and Column).
	Whole bool `json:"-"`
	// OnInitialState: the error was met checking the initial state the
	// trace holds (its constraints or invariants), which TLC prints under
	// "While working on the initial state:" rather than as a behavior.
	OnInitialState bool `json:"-"`
	// Unexpected: the error was met evaluating an action and TLC raises
	// it from its own code, not a standard module's, so that it reports
	// it as "TLC threw an unexpected exception" (ModelChecker.doNextFailed
	// with EC.GENERAL) before the message.
	Unexpected bool `json:"-"`
	// BeforeSearch: the error was met processing the spec and its
	// configuration, before the search, where TLC prints no statistics.
	BeforeSearch bool `json:"-"`
}

// TraceStep is one state of a counterexample. Action is nil for an
// initial state; otherwise it names the action that took the step, and
// Line/Column/Path locate that action's definition. LoopStart marks the
// first state of a liveness counterexample's cycle.
type TraceStep struct {
	Action    *string  `json:"action"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	Path      string   `json:"-"`
	State     Bindings `json:"state"`
	LoopStart bool     `json:"loopStart,omitempty"`
	// Where is the action's source range as TLC's traces print it (the
	// expression the next-state relation was split down to); zero when
	// unknown.
	Where SourceRange `json:"-"`
}

// SourceRange is a range of a module's text, its last character
// included: TLC's "line 6, col 9 to line 6, col 27 of module M".
type SourceRange struct {
	Module             string
	Line, Column       int
	EndLine, EndColumn int
}

// Binding is one variable's value, printed as TLC prints it.
type Binding struct {
	Name  string
	Value string
}

// Bindings are a state's variables in declaration order. They marshal to
// a JSON object whose keys keep that order.
type Bindings []Binding

// MarshalJSON writes {"var": "value", ...} in declaration order. TLC's
// values are full of < and >: they are not HTML-escaped here (an encoder
// with SetEscapeHTML(true) still escapes them, as for any other field).
func (b Bindings) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	buf.WriteByte('{')
	for i, v := range b {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := enc.Encode(v.Name); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		buf.WriteByte(':')
		if err := enc.Encode(v.Value); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads {"var": "value", ...}, keeping the keys' order.
func (b *Bindings) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		*b = nil
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("tlc: a state must be a JSON object, not %v", tok)
	}
	var out Bindings
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := key.(string)
		var value string
		if err := dec.Decode(&value); err != nil {
			return fmt.Errorf("tlc: the value of %q: %w", name, err)
		}
		out = append(out, Binding{Name: name, Value: value})
	}
	*b = out
	return nil
}

// ActionCoverage is one action's share of the search.
type ActionCoverage struct {
	Name      string
	Path      string
	Line      int
	Column    int
	Generated int64 // successor states this action produced
	Distinct  int64 // of which were new
}
