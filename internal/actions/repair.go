package actions

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// Reasons repairing stopped, as GenerateResult.RepairStop gives them.
const (
	StopClean         = "clean"           // the spec has nothing left to repair
	StopNoImprovement = "no improvement"  // a round did not reduce the problems
	StopMaxRounds     = "maximum rounds"  // tlaGen.maxRepairRounds were run
	StopFailed        = "round failed"    // a model fault or an unusable answer
	StopTooLarge      = "context full"    // the conversation outgrew the window
	StopDisabled      = "repair disabled" // tlaGen.maxRepairRounds is 0
)

// repair runs repair rounds while the spec has errors (or, with
// tlaGen.repairConformance, conformance warnings), up to
// tlaGen.maxRepairRounds. Each round is a follow-up turn of the same
// conversation: the problems and the module (repairMessage), answered by
// a whole corrected module. The answer is kept in round-N.tla and checked
// before it is written; it replaces the spec only if it has fewer
// problems, and repairing stops at the first round that does not improve.
//
// A round that fails (a model fault, an answer without a usable module, a
// renamed module) ends the repair: the spec of the best earlier round
// stays and RepairErr says what happened. Only cancellation and a spec
// edited by the user meanwhile are returned as errors.
func (r *run) repair(ctx context.Context, model llm.Model, conv []llm.Message, best verdict) (verdict, error) {
	cfg := r.req.Config
	maxRounds := cfg.MaxRepairRounds
	bestText := r.res.Text
	if !best.needsRepair(cfg.RepairConformance) {
		if best.Errors == 0 && best.Warnings == 0 {
			r.log.printf("round 1: no problems")
		} else {
			r.log.printf("round 1: %s; conformance warnings do not start a repair (tlaGen.repairConformance is off)", countProblems(best))
		}
		return best, nil
	}
	if maxRounds <= 0 {
		r.res.RepairStop = StopDisabled
		r.log.printf("round 1: %s; repair is disabled (tlaGen.maxRepairRounds is 0)", countProblems(best))
		return best, nil
	}
	for k := 1; k <= maxRounds; k++ {
		round := k + 1
		r.say(-1, "Repair round %d/%d: %s", k, maxRounds, countProblems(best))
		msg := repairMessage(r.res.Module, r.res.SpecPath, bestText, best)
		next := append(conv[:len(conv):len(conv)], llm.Message{Role: llm.RoleUser, Content: msg})
		if err := checkFits(cfg, r.window, joinMessages(next), false, false); err != nil {
			r.res.RepairStop = StopTooLarge
			r.log.printf("repair round %d/%d not sent: %v", k, maxRounds, err)
			r.res.Notes = append(r.res.Notes, fmt.Sprintf("repair stopped before round %d: the conversation would not fit the model's context window", round))
			return best, nil
		}
		answer, err := r.ask(ctx, model, next, fmt.Sprintf("Receiving repair round %d/%d", k, maxRounds))
		if err != nil {
			if ctx.Err() != nil || llm.KindOf(err) == llm.ErrCancelled {
				return best, fmt.Errorf("generation was cancelled during repair round %d/%d; %s keeps round %d's text", k, maxRounds, filepath.Base(r.res.SpecPath), r.res.Kept)
			}
			return best, r.roundFailed(k, maxRounds, err)
		}
		module, text, err := ExtractModule(answer)
		if err != nil {
			return best, r.roundFailed(k, maxRounds, fmt.Errorf("the model's answer is unusable: %w", err))
		}
		if module != r.res.Module {
			r.keepRoundText(round, text)
			return best, r.roundFailed(k, maxRounds, fmt.Errorf("the model renamed the module from %s to %s", r.res.Module, module))
		}
		v, err := evaluate(ctx, cfg.LibraryPaths, r.req.Overlay, r.res.SpecPath, []byte(text), r.draft)
		if err != nil {
			return best, fmt.Errorf("could not check repair round %d: %w", k, err)
		}
		if !v.betterThan(best, cfg.RepairConformance) {
			r.keepRound(round, text, v, false)
			r.res.RepairStop = StopNoImprovement
			r.say(-1, "Repair round %d/%d: %s, not fewer than round %d's %s; kept round %d", k, maxRounds, countProblems(v), r.res.Kept, countProblems(best), r.res.Kept)
			return best, nil
		}
		if err := r.write(ctx, module, text); err != nil {
			r.keepRound(round, text, v, false)
			return best, err
		}
		r.keepRound(round, text, v, true)
		r.res.Text, bestText, best = text, text, v
		conv = append(next, llm.Message{Role: llm.RoleAssistant, Content: answer})
		if !best.needsRepair(cfg.RepairConformance) {
			r.res.RepairStop = StopClean
			r.say(-1, "Repair round %d/%d: %s", k, maxRounds, countProblems(best))
			return best, nil
		}
	}
	r.res.RepairStop = StopMaxRounds
	r.log.printf("repair stopped after %d round(s) with %s", maxRounds, countProblems(best))
	return best, nil
}

// roundFailed records a failed repair round and says which round's text
// the spec keeps.
func (r *run) roundFailed(k, maxRounds int, err error) error {
	r.res.RepairStop = StopFailed
	r.res.RepairErr = fmt.Errorf("repair round %d/%d failed: %w; %s keeps round %d's text", k, maxRounds, err, filepath.Base(r.res.SpecPath), r.res.Kept)
	r.say(-1, "%v", r.res.RepairErr)
	return nil
}

// keepRound saves a round's text in round-N.tla and records it.
func (r *run) keepRound(n int, text string, v verdict, written bool) {
	path := r.keepRoundText(n, text)
	r.res.Rounds = append(r.res.Rounds, Round{Number: n, Path: path, Errors: v.Errors, Warnings: v.Warnings, Written: written, Diagnostics: v.all()})
	if written {
		r.res.Kept = n
	}
	r.log.printf("round %d: %s (kept in %s)", n, countProblems(v), path)
}

// keepRoundText writes round-N.tla; a failure is logged, not fatal: the
// rounds are a record, the spec is what matters.
func (r *run) keepRoundText(n int, text string) string {
	path := roundPath(r.stateDir, n)
	if err := writeFileAtomic(path, []byte(text)); err != nil {
		r.log.printf("cannot keep round %d in %s: %v", n, path, err)
		return ""
	}
	return path
}

// countProblems is "3 errors, 1 conformance warning" for messages.
func countProblems(v verdict) string {
	s := plural(v.Errors, "error")
	if v.Warnings > 0 {
		s += ", " + plural(v.Warnings, "conformance warning")
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(what, "y"))
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// joinMessages is the text of a conversation, for counting its tokens.
func joinMessages(msgs []llm.Message) string {
	var n int
	for _, m := range msgs {
		n += len(m.Content) + 1
	}
	b := make([]byte, 0, n)
	for _, m := range msgs {
		b = append(append(b, m.Content...), '\n')
	}
	return string(b)
}
