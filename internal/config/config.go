package config

import (
	"fmt"
	"os"
	"time"
)

// Environment variables read when a setting is not given.
const (
	EnvAPIKey  = "OPENAI_API_KEY"
	EnvBaseURL = "OPENAI_BASE_URL"
	EnvModel   = "TLA_GEN_MODEL"
)

// DefaultDraftNames is the order in which a source file's neighbouring draft
// is looked for. "<file>" is the source's file name, "<stem>" the name
// without its extension.
var DefaultDraftNames = []string{
	"<file>.draft.md", "<stem>.draft.md", "<stem>.draft.txt", "<stem>.draft",
	"draft_analysis.txt", "draft_analysis.md", "draft.md",
}

// Settings mirrors the "tlaGen" settings section. Zero values mean "not
// set": Effective fills them from the environment and defaults.
type Settings struct {
	Model     string `json:"model,omitempty"`
	BaseURL   string `json:"baseURL,omitempty"`
	APIKey    string `json:"apiKey,omitempty"`    // from VS Code SecretStorage; never logged
	APIKeyEnv string `json:"apiKeyEnv,omitempty"` // name of the variable holding the key
	// APIType is the endpoint's dialect: "openai", "azure" (api-key
	// header, deployment URLs) or "azure-ad" (Entra ID bearer token);
	// "" picks azure for *.openai.azure.com hosts, else openai.
	APIType string `json:"apiType,omitempty"`
	// APIVersion is the api-version query parameter (Azure: default
	// 2024-06-01; other servers only when set).
	APIVersion      string   `json:"apiVersion,omitempty"`
	Temperature     *float64 `json:"temperature,omitempty"`
	MaxTokens       int      `json:"maxTokens,omitempty"`
	TimeoutSeconds  int      `json:"timeout,omitempty"`
	Stream          *bool    `json:"stream,omitempty"`
	PromptFile      string   `json:"promptFile,omitempty"`
	DraftNames      []string `json:"draftNames,omitempty"`
	LibraryPaths    []string `json:"libraryPaths,omitempty"`
	Offline         bool     `json:"offline,omitempty"` // force the embedded skeleton generator
	MaxRepairRounds *int     `json:"maxRepairRounds,omitempty"`
	// DebounceMillis is the delay before re-checking an edited module;
	// nil means the default, 0 means at once.
	DebounceMillis *int `json:"debounceMillis,omitempty"`
	// RepairConformance makes draft-conformance warnings (not only SANY
	// errors) start repair rounds.
	RepairConformance bool `json:"repairConformance,omitempty"`
	// ContextWindow is the model's context window in tokens; 0 means ask
	// the endpoint, then the table of known models (KnownContextWindow),
	// else send and let the server say.
	ContextWindow int `json:"contextWindow,omitempty"`
	// Checker picks the TLA+ checker: "native" (default), "tla2tools"
	// (real SANY from tla2tools.jar, run with Java on save) or "both".
	Checker string `json:"checker,omitempty"`
	// Tla2toolsJar is the path of tla2tools.jar, for the tla2tools checker.
	Tla2toolsJar string `json:"tla2toolsJar,omitempty"`
	// JavaPath is the java executable; "" means java on PATH.
	JavaPath string `json:"javaPath,omitempty"`
	ModelCheckSettings
}

// Effective is the merged configuration that the rest of the program uses.
type Effective struct {
	Model           string // "" means no model: the offline skeleton is used
	BaseURL         string
	APIKey          Secret
	APIType         string // "" (by host), "openai", "azure" or "azure-ad"
	APIVersion      string
	Temperature     float64
	MaxTokens       int
	Timeout         time.Duration
	Stream          bool
	PromptFile      string
	DraftNames      []string
	LibraryPaths    []string
	Offline         bool
	MaxRepairRounds int
	Debounce        time.Duration
	// RepairConformance: draft-conformance warnings also start repair
	// rounds (errors always do).
	RepairConformance bool
	// ContextWindow is the context window the user set, in tokens; 0 when
	// not set (the endpoint, then the table of known models, decide).
	ContextWindow int
	// Checker is CheckerNative, CheckerTla2tools or CheckerBoth.
	Checker      Checker
	Tla2toolsJar string
	JavaPath     string // never "": "java" when not set
	ModelCheck   ModelCheck
}

// Secret is a string that never prints its value.
type Secret string

// String redacts the secret.
func (s Secret) String() string {
	if s == "" {
		return "<unset>"
	}
	return "<redacted>"
}

// GoString redacts the secret for %#v.
func (s Secret) GoString() string { return s.String() }

// Reveal returns the secret for the one place that sends it (the HTTP
// Authorization header).
func (s Secret) Reveal() string { return string(s) }

// Resolve merges settings over the environment (lookup, usually os.LookupEnv)
// and defaults. Settings win over environment variables.
func (s Settings) Resolve(lookup func(string) (string, bool)) Effective {
	if lookup == nil {
		lookup = os.LookupEnv
	}
	env := func(k string) string { v, _ := lookup(k); return v }
	e := Effective{
		Model:           s.Model,
		BaseURL:         s.BaseURL,
		APIKey:          Secret(s.APIKey),
		APIType:         s.APIType,
		APIVersion:      s.APIVersion,
		Temperature:     0.2,
		MaxTokens:       s.MaxTokens,
		Timeout:         5 * time.Minute,
		Stream:          true,
		PromptFile:      s.PromptFile,
		DraftNames:      s.DraftNames,
		LibraryPaths:    s.LibraryPaths,
		Offline:         s.Offline,
		MaxRepairRounds: 3,
		Debounce:        300 * time.Millisecond,

		RepairConformance: s.RepairConformance,
	}
	if e.Model == "" {
		e.Model = env(EnvModel)
	}
	if e.BaseURL == "" {
		e.BaseURL = env(EnvBaseURL)
	}
	if e.APIKey == "" {
		name := s.APIKeyEnv
		if name == "" {
			name = EnvAPIKey
		}
		e.APIKey = Secret(env(name))
	}
	if s.Temperature != nil {
		e.Temperature = *s.Temperature
	}
	if s.TimeoutSeconds > 0 {
		e.Timeout = time.Duration(s.TimeoutSeconds) * time.Second
	}
	if s.Stream != nil {
		e.Stream = *s.Stream
	}
	if len(e.DraftNames) == 0 {
		e.DraftNames = DefaultDraftNames
	}
	if s.MaxRepairRounds != nil && *s.MaxRepairRounds >= 0 {
		e.MaxRepairRounds = *s.MaxRepairRounds
	}
	if s.DebounceMillis != nil && *s.DebounceMillis >= 0 {
		e.Debounce = time.Duration(*s.DebounceMillis) * time.Millisecond
	}
	e.Checker = ParseChecker(s.Checker)
	e.Tla2toolsJar = s.Tla2toolsJar
	e.JavaPath = s.JavaPath
	if e.JavaPath == "" {
		e.JavaPath = DefaultJavaPath
	}
	e.ModelCheck = s.ModelCheckSettings.resolve()
	if s.ContextWindow > 0 {
		e.ContextWindow = s.ContextWindow
	}
	return e
}

// UsesModel reports whether generation calls a model rather than the
// embedded offline skeleton generator.
func (e Effective) UsesModel() bool { return !e.Offline && e.Model != "" }

// String describes the configuration without the API key's value.
func (e Effective) String() string {
	return fmt.Sprintf("model=%q baseURL=%q apiKey=%s temperature=%g maxTokens=%d timeout=%s stream=%t",
		e.Model, e.BaseURL, e.APIKey, e.Temperature, e.MaxTokens, e.Timeout, e.Stream)
}
