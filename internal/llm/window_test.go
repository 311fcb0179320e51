package llm_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

// TestContextWindowFromEachEndpoint serves each dialect's real answer and
// checks the window read and the source named. Each case has its own
// server, so the per-endpoint cache does not mix them.
func TestContextWindowFromEachEndpoint(t *testing.T) {
	cases := []struct {
		name, model string
		routes      map[string]string
		want        int
		source      string
	}{
		{"vLLM", "Qwen/Qwen2.5-Coder-32B-Instruct",
			map[string]string{"GET /v1/models": llmtest.VLLMModels("Qwen/Qwen2.5-Coder-32B-Instruct", 32768)},
			32768, "vLLM /v1/models max_model_len"},
		{"OpenRouter", "meta-llama/llama-3.1-70b-instruct",
			map[string]string{"GET /v1/models": llmtest.OpenRouterModels("meta-llama/llama-3.1-70b-instruct", 131072, 65536)},
			65536, "OpenRouter /models top_provider.context_length"},
		{"LM Studio loaded", "qwen2.5-7b-instruct",
			map[string]string{"GET /v1/models": llmtest.OpenAIModels("qwen2.5-7b-instruct"), "GET /api/v0/models": llmtest.LMStudioModels("qwen2.5-7b-instruct", 32768, 16384)},
			16384, "LM Studio /api/v0/models loaded_context_length"},
		{"LM Studio", "qwen2.5-7b-instruct",
			map[string]string{"GET /api/v0/models": llmtest.LMStudioModels("qwen2.5-7b-instruct", 32768, 0)},
			32768, "LM Studio /api/v0/models max_context_length"},
		{"Ollama num_ctx", "llama3.1:8b",
			map[string]string{"GET /v1/models": llmtest.OpenAIModels("llama3.1:8b"), "POST /api/show": llmtest.OllamaShow("llama", 131072, 16384)},
			16384, "Ollama /api/show num_ctx"},
		{"Ollama model_info", "my-finetune:latest",
			map[string]string{"POST /api/show": llmtest.OllamaShow("qwen2", 32768, 0)},
			32768, "Ollama /api/show qwen2.context_length"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := llmtest.NewServer(t)
			for pattern, body := range c.routes {
				srv.SetRoute(pattern, llmtest.Route{Body: body})
			}
			m, _ := newModel(t, srv, true, func(o *llm.OpenAIOptions) { o.Model = c.model })
			w := m.ContextWindow(context.Background())
			if w.Tokens != c.want || w.Source != c.source {
				t.Fatalf("window %v, want %d tokens from %q", w, c.want, c.source)
			}
			if strings.HasPrefix(c.name, "Ollama") {
				var asked struct{ Model string }
				for _, p := range srv.Probes() {
					if p.Path == "/api/show" {
						json.Unmarshal([]byte(p.Body), &asked)
					}
				}
				if asked.Model != c.model {
					t.Errorf("/api/show was asked about %q, want %q", asked.Model, c.model)
				}
			}
		})
	}
}

// TestContextWindowReportedByNoOne: an endpoint that answers only the
// OpenAI model list (no window) gives an unknown window, asked once per
// endpoint and model (the answer is cached).
func TestContextWindowReportedByNoOne(t *testing.T) {
	srv := llmtest.NewServer(t)
	m, _ := newModel(t, srv, true, func(o *llm.OpenAIOptions) { o.Model = "some-local-model" })
	w := m.ContextWindow(context.Background())
	if w.Known() || !strings.Contains(w.Source, "reports none") {
		t.Fatalf("window %v, want unknown", w)
	}
	asked := len(srv.Probes())
	if asked != 3 {
		t.Fatalf("%d probes (%v), want the model list, Ollama and LM Studio", asked, srv.Probes())
	}
	if w2 := m.ContextWindow(context.Background()); w2 != w || len(srv.Probes()) != asked {
		t.Fatalf("second ask: %v, %d probes; want the cached answer", w2, len(srv.Probes()))
	}
}

// TestContextWindowNotAskedOfOpenAIOrAzure: their endpoints report no
// window, so no request is made (the built-in table serves their names).
func TestContextWindowNotAskedOfOpenAIOrAzure(t *testing.T) {
	for _, o := range []llm.OpenAIOptions{
		{BaseURL: "", Model: "gpt-4o"},
		{BaseURL: "https://example.openai.azure.com", Model: "dep"},
	} {
		o.HTTPClient = &http.Client{Transport: failingTransport{t}}
		if w := llm.ProbeContextWindow(context.Background(), o); w.Known() {
			t.Errorf("%q: window %v", o.BaseURL, w)
		}
	}
}

type failingTransport struct{ t *testing.T }

func (f failingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	f.t.Errorf("unexpected request %s %s", r.Method, r.URL)
	return nil, errors.New("no network in tests")
}

// TestContextTooLongIsRecognised: each server's refusal of a long prompt
// becomes ErrContextTooLong with the limit it states.
func TestContextTooLongIsRecognised(t *testing.T) {
	for _, c := range []struct {
		name           string
		reply          llmtest.Reply
		limit, request int
	}{
		{"OpenAI", llmtest.OpenAIContextTooLong(8192, 18060), 8192, 18060},
		{"vLLM", llmtest.VLLMContextTooLong(4096, 17000, 1060), 4096, 18060},
		{"llama.cpp", llmtest.LlamaCppContextTooLong(4096, 18060), 4096, 18060},
		{"LM Studio", llmtest.Status(http.StatusBadRequest, "Trying to keep the first 18060 tokens when context the overflows. However, the model is loaded with context length of only 4096 tokens, which is not enough."), 4096, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := llmtest.NewServer(t, c.reply)
			m, _ := newModel(t, srv, true)
			_, err := ask(m, nil)
			var e *llm.Error
			if !errors.As(err, &e) || e.Kind != llm.ErrContextTooLong || e.ContextLimit != c.limit || e.RequestedTokens != c.request {
				t.Fatalf("err = %#v, want ErrContextTooLong with limit %d, requested %d", err, c.limit, c.request)
			}
			if !strings.Contains(err.Error(), "longer than the model's context window") {
				t.Errorf("message %q", err)
			}
		})
	}
	// An ordinary 400 is not taken for one.
	srv := llmtest.NewServer(t, llmtest.Status(http.StatusBadRequest, "temperature must be at most 2"))
	m, _ := newModel(t, srv, true)
	if _, err := ask(m, nil); llm.KindOf(err) != llm.ErrRejected {
		t.Fatalf("err = %v, want ErrRejected", err)
	}
}

// TestAzureRequestShape: with apiType azure the request goes to the
// deployment's path with api-version and the key in the api-key header;
// azure-ad sends a bearer token instead; an api-version set for another
// provider is sent as a query parameter.
func TestAzureRequestShape(t *testing.T) {
	for _, c := range []struct {
		apiType, version, wantVersion string
	}{{"azure", "", llm.DefaultAzureAPIVersion}, {"azure-ad", "2024-10-21", "2024-10-21"}} {
		srv := llmtest.NewServer(t, llmtest.Text("answer"))
		m, _ := newModel(t, srv, true, func(o *llm.OpenAIOptions) {
			o.BaseURL, o.Model, o.APIType, o.APIVersion = srv.Root, "my-gpt4o-deployment", c.apiType, c.version
		})
		if got, err := ask(m, nil); err != nil || got != "answer" {
			t.Fatalf("%s: %q, %v", c.apiType, got, err)
		}
		r := srv.Requests()[0]
		if r.Path != "/openai/deployments/my-gpt4o-deployment/chat/completions" || r.Query.Get("api-version") != c.wantVersion {
			t.Errorf("%s: request %s?%s", c.apiType, r.Path, r.Query.Encode())
		}
		switch c.apiType {
		case "azure":
			if r.Header.Get("api-key") != fakeKey || r.Header.Get("Authorization") != "" {
				t.Errorf("azure: api-key %q, Authorization %q", r.Header.Get("api-key"), r.Header.Get("Authorization"))
			}
		case "azure-ad":
			if r.Header.Get("Authorization") != "Bearer "+fakeKey || r.Header.Get("api-key") != "" {
				t.Errorf("azure-ad: Authorization %q, api-key %q", r.Header.Get("Authorization"), r.Header.Get("api-key"))
			}
		}
	}
	srv := llmtest.NewServer(t, llmtest.Text("answer"))
	m, _ := newModel(t, srv, false, func(o *llm.OpenAIOptions) { o.APIVersion = "2025-01-01-preview" })
	if _, err := ask(m, nil); err != nil {
		t.Fatal(err)
	}
	if r := srv.Requests()[0]; r.Path != "/v1/chat/completions" || r.Query.Get("api-version") != "2025-01-01-preview" {
		t.Errorf("openai with apiVersion: %s?%s", r.Path, r.Query.Encode())
	}
	if _, err := llm.NewOpenAI(llm.OpenAIOptions{Model: "m", APIType: "bedrock"}); err == nil || !strings.Contains(err.Error(), "apiType") {
		t.Errorf("unknown apiType: %v", err)
	}
}
