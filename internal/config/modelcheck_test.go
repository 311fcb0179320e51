package config

import (
	"encoding/json"
	"testing"
	"time"
)

// TestModelCheckSettings reads the model-checking settings from the
// tlaGen JSON section and fills their defaults.
func TestModelCheckSettings(t *testing.T) {
	var s Settings
	if err := json.Unmarshal([]byte(`{"modelCheckMaxStates": 500, "modelCheckTimeout": 5, "maxRuntimeRounds": 0, "modelCheckOnSave": true, "modelCheckAfterGenerate": false}`), &s); err != nil {
		t.Fatal(err)
	}
	got := s.Resolve(func(string) (string, bool) { return "", false }).ModelCheck
	want := ModelCheck{MaxStates: 500, Timeout: 5 * time.Second, MaxRuntimeRounds: 0, OnSave: true, AfterGenerate: false}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	defaults := Settings{}.Resolve(func(string) (string, bool) { return "", false }).ModelCheck
	want = ModelCheck{MaxStates: 1_000_000, Timeout: time.Minute, MaxRuntimeRounds: 3, AfterGenerate: true}
	if defaults != want {
		t.Errorf("defaults %+v, want %+v", defaults, want)
	}
	unbounded := Settings{ModelCheckSettings: ModelCheckSettings{ModelCheckMaxStates: -1, ModelCheckTimeoutSeconds: -1}}.Resolve(nil).ModelCheck
	if unbounded.MaxStates != 0 || unbounded.Timeout != 0 {
		t.Errorf("negative settings should remove the bounds: %+v", unbounded)
	}
}
