package config

import "testing"

func TestDefaultContextWindow(t *testing.T) {
	cases := map[string]int{
		"gpt-4o":              128000,
		"gpt-4o-mini":         128000,
		"openai/gpt-4o":       128000,
		"GPT-4":               8192,
		"gpt-4-turbo-preview": 128000,
		"gpt-4.1-mini":        1047576,
		"o3-mini":             200000,
		"qwen2.5-coder:7b":    32768,
		"my-local-model":      UnknownModelWindow,
		"":                    UnknownModelWindow,
	}
	for model, want := range cases {
		if got := DefaultContextWindow(model); got != want {
			t.Errorf("DefaultContextWindow(%q) = %d, want %d", model, got, want)
		}
	}
}

func TestResolveContextWindowAndRepairSettings(t *testing.T) {
	none := func(string) (string, bool) { return "", false }
	e := Settings{Model: "gpt-4o"}.Resolve(none)
	if e.ContextWindow != 128000 || e.RepairConformance || e.MaxRepairRounds != 3 {
		t.Fatalf("defaults: %+v", e)
	}
	zero := 0
	e = Settings{Model: "gpt-4o", ContextWindow: 5000, RepairConformance: true, MaxRepairRounds: &zero}.Resolve(none)
	if e.ContextWindow != 5000 || !e.RepairConformance || e.MaxRepairRounds != 0 {
		t.Fatalf("settings not applied: %+v", e)
	}
}
