package lsp_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// TestProgressReportsCarryPercentage: a progress begun with a percentage
// is a bounded one, and vscode-languageclient (10.0) drops every report of
// a bounded progress that has no percentage. The steps without one of
// their own (the repair round, the answer's growth) must repeat the last
// percentage, never going back, or VS Code never shows them.
func TestProgressReportsCarryPercentage(t *testing.T) {
	_, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{"```tla\n" + brokenSpinLock + "```\n", "```tla\n" + spinLockModule + "```\n"}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, map[string]any{"model": "m"})
	runGenerate(t, s, src)

	type value struct {
		Kind       string `json:"kind"`
		Message    string `json:"message"`
		Percentage *int   `json:"percentage"`
	}
	last, bounded, sawRepair := 0, false, false
	for _, raw := range s.client.Progress() {
		var p struct {
			Value value `json:"value"`
		}
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatalf("$/progress %s: %v", raw, err)
		}
		v := p.Value
		switch v.Kind {
		case "begin":
			bounded = v.Percentage != nil
		case "report":
			if !bounded {
				continue
			}
			if v.Percentage == nil {
				t.Errorf("report %q of a bounded progress has no percentage", v.Message)
				continue
			}
			if *v.Percentage < last {
				t.Errorf("report %q goes back from %d%% to %d%%", v.Message, last, *v.Percentage)
			}
			last = *v.Percentage
			sawRepair = sawRepair || strings.Contains(v.Message, "Repair round 1/")
		}
	}
	if !bounded {
		t.Fatal("the generation's progress did not begin with a percentage")
	}
	if !sawRepair {
		t.Errorf("no report named the repair round: %q", progressMessages(s.client.Progress()))
	}
}
