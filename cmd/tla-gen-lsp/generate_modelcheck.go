package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// modelCheckFlags are generate's flags for the runtime phase.
type modelCheckFlags struct {
	skip          *bool
	maxStates     *int64
	timeout       *int
	runtimeRounds *int
}

func addModelCheckFlags(fs *flag.FlagSet) modelCheckFlags {
	return modelCheckFlags{
		skip:          fs.Bool("no-modelcheck", false, "skip the runtime phase (model checking the spec with <MODULE>.cfg)"),
		maxStates:     fs.Int64("max-states", 0, fmt.Sprintf("distinct states at most when model checking (default %d)", config.DefaultModelCheckMaxStates)),
		timeout:       fs.Int("modelcheck-timeout", 0, fmt.Sprintf("seconds at most per model-checking run (default %d)", int(config.DefaultModelCheckTimeout.Seconds()))),
		runtimeRounds: fs.Int("runtime-rounds", -1, fmt.Sprintf("runtime repair rounds at most when the spec does not run (default %d; 0: none)", config.DefaultMaxRuntimeRounds)),
	}
}

// apply puts the flags into the settings.
func (m modelCheckFlags) apply(s *config.Settings) {
	if *m.skip {
		off := false
		s.ModelCheckAfterGenerate = &off
	}
	s.ModelCheckMaxStates = *m.maxStates
	s.ModelCheckTimeoutSeconds = *m.timeout
	if *m.runtimeRounds >= 0 {
		s.MaxRuntimeRounds = m.runtimeRounds
	}
}

// printModelCheck prints the runtime phase's findings: each violation with
// its trace as TLC prints it, the coverage warnings, where the trace was
// written, and the phases line.
func printModelCheck(w io.Writer, rep *actions.ModelCheckReport) {
	if rep == nil {
		return
	}
	if rep.Fault != nil {
		fmt.Fprintf(w, "Error: %s\n%s", tlc.ViolationText(rep.Fault), tlc.TraceText(rep.Fault))
	}
	for _, f := range rep.Findings {
		fmt.Fprintf(w, "Finding: %s\n%s", tlc.ViolationText(f), tlc.TraceText(f))
	}
	for _, c := range rep.Coverage {
		if c.Path != "" {
			fmt.Fprintf(w, "%s:%d:%d: warning: %s\n", c.Path, c.Line, c.Column, c.Message)
		} else {
			fmt.Fprintf(w, "warning: %s\n", c.Message)
		}
	}
	if rep.TracePath != "" {
		fmt.Fprintf(w, "trace written to %s\n", rep.TracePath)
	}
	fmt.Fprintln(w, rep.Summary())
}

// modelCheckPassed reports whether the runtime phase lets generate exit
// 0: it did not run, or the spec runs and every property holds. A binary
// without the model checker cannot say, and does not fail for it.
func modelCheckPassed(rep *actions.ModelCheckReport) bool {
	if rep == nil || rep.AllHold() {
		return true
	}
	return rep.Result == nil && rep.Fault == nil && errors.Is(rep.SkipReason(), tlc.ErrNotImplemented)
}
