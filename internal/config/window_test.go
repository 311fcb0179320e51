package config

import (
	"encoding/json"
	"testing"
	"time"
)

func TestKnownContextWindow(t *testing.T) {
	cases := map[string]int{
		"gpt-4o":              128000,
		"gpt-4o-mini":         128000,
		"openai/gpt-4o":       128000,
		"GPT-4":               8192,
		"gpt-4-turbo-preview": 128000,
		"gpt-4.1-mini":        1047576,
		"o3-mini":             200000,
		"qwen2.5-coder:7b":    32768,
		"my-local-model":      0,
		"":                    0,
	}
	for model, want := range cases {
		got, ok := KnownContextWindow(model)
		if got != want || ok != (want > 0) {
			t.Errorf("KnownContextWindow(%q) = %d, %v; want %d, %v", model, got, ok, want, want > 0)
		}
	}
}

func TestResolveContextWindowAndRepairSettings(t *testing.T) {
	none := func(string) (string, bool) { return "", false }
	e := Settings{Model: "my-local-model"}.Resolve(none)
	if e.ContextWindow != 0 || e.RepairConformance || e.MaxRepairRounds != 3 {
		t.Fatalf("defaults: %+v (an unset contextWindow must stay 0: nothing is assumed)", e)
	}
	zero := 0
	e = Settings{Model: "gpt-4o", ContextWindow: 5000, RepairConformance: true, MaxRepairRounds: &zero}.Resolve(none)
	if e.ContextWindow != 5000 || !e.RepairConformance || e.MaxRepairRounds != 0 {
		t.Fatalf("settings not applied: %+v", e)
	}
}

// TestDebounceZeroMeansZero: debounceMillis 0 is "check at once", not
// "unset"; a missing setting is the default 300 ms.
func TestDebounceZeroMeansZero(t *testing.T) {
	none := func(string) (string, bool) { return "", false }
	zero, fifty, negative := 0, 50, -1
	for _, c := range []struct {
		set  *int
		want time.Duration
	}{{nil, 300 * time.Millisecond}, {&zero, 0}, {&fifty, 50 * time.Millisecond}, {&negative, 300 * time.Millisecond}} {
		if got := (Settings{DebounceMillis: c.set}).Resolve(none).Debounce; got != c.want {
			t.Errorf("debounceMillis %v: Debounce = %s, want %s", c.set, got, c.want)
		}
	}
}

// TestDebounceZeroFromJSON: the editor's {"debounceMillis": 0} arrives as
// JSON; it must decode to 0, not to "unset".
func TestDebounceZeroFromJSON(t *testing.T) {
	var s Settings
	if err := json.Unmarshal([]byte(`{"debounceMillis": 0}`), &s); err != nil {
		t.Fatal(err)
	}
	if got := s.Resolve(func(string) (string, bool) { return "", false }).Debounce; got != 0 {
		t.Fatalf("Debounce = %s, want 0", got)
	}
}
