package config

import "time"

// Defaults of the model-checking settings.
const (
	DefaultModelCheckMaxStates = 1_000_000
	DefaultModelCheckTimeout   = 60 * time.Second
	DefaultMaxRuntimeRounds    = 3
)

// ModelCheckSettings are the settings of model checking (tlaGen.modelCheck*,
// tlaGen.maxRuntimeRounds). They are embedded in Settings, so their JSON
// names sit in the tlaGen section beside the others.
type ModelCheckSettings struct {
	// ModelCheckMaxStates bounds a run's distinct states; 0 or unset
	// means DefaultModelCheckMaxStates, negative means no bound.
	ModelCheckMaxStates int64 `json:"modelCheckMaxStates,omitempty"`
	// ModelCheckTimeoutSeconds bounds a run's time; 0 means the default,
	// negative no bound.
	ModelCheckTimeoutSeconds int `json:"modelCheckTimeout,omitempty"`
	// MaxRuntimeRounds bounds the runtime repair rounds of generation.
	MaxRuntimeRounds *int `json:"maxRuntimeRounds,omitempty"`
	// ModelCheckOnSave checks a spec in the background after each save.
	ModelCheckOnSave bool `json:"modelCheckOnSave,omitempty"`
	// ModelCheckAfterGenerate runs the runtime phase after generation
	// (default true; the CLI's -no-modelcheck turns it off).
	ModelCheckAfterGenerate *bool `json:"modelCheckAfterGenerate,omitempty"`
}

// ModelCheck is the effective model-checking configuration.
type ModelCheck struct {
	MaxStates        int64         // 0: no bound
	Timeout          time.Duration // 0: no bound
	MaxRuntimeRounds int
	OnSave           bool
	AfterGenerate    bool
}

// resolve fills the defaults.
func (s ModelCheckSettings) resolve() ModelCheck {
	m := ModelCheck{
		MaxStates:        DefaultModelCheckMaxStates,
		Timeout:          DefaultModelCheckTimeout,
		MaxRuntimeRounds: DefaultMaxRuntimeRounds,
		OnSave:           s.ModelCheckOnSave,
		AfterGenerate:    true,
	}
	switch {
	case s.ModelCheckMaxStates > 0:
		m.MaxStates = s.ModelCheckMaxStates
	case s.ModelCheckMaxStates < 0:
		m.MaxStates = 0
	}
	switch {
	case s.ModelCheckTimeoutSeconds > 0:
		m.Timeout = time.Duration(s.ModelCheckTimeoutSeconds) * time.Second
	case s.ModelCheckTimeoutSeconds < 0:
		m.Timeout = 0
	}
	if s.MaxRuntimeRounds != nil && *s.MaxRuntimeRounds >= 0 {
		m.MaxRuntimeRounds = *s.MaxRuntimeRounds
	}
	if s.ModelCheckAfterGenerate != nil {
		m.AfterGenerate = *s.ModelCheckAfterGenerate
	}
	return m
}
