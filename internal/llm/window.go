package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Window is a model's context window, in tokens, and where the figure
// comes from, for the generation log.
type Window struct {
	Tokens int    // 0: unknown
	Source string // e.g. "vLLM /v1/models max_model_len"
}

// Known reports whether the window's size is known.
func (w Window) Known() bool { return w.Tokens > 0 }

func (w Window) String() string {
	if !w.Known() {
		return "unknown (" + w.Source + ")"
	}
	return fmt.Sprintf("%d tokens (%s)", w.Tokens, w.Source)
}

// probeTimeout bounds each question asked of an endpoint about its window:
// a server that does not answer such questions must not delay generation.
const probeTimeout = 5 * time.Second

// windowCacheTTL is how long an endpoint's answer is kept: long enough for
// an editor session's generations, short enough to notice a model reloaded
// with another context length.
const windowCacheTTL = 10 * time.Minute

// windowCache holds the endpoints' answers, per base URL and model. Only
// answers are kept (a window, or "reports none"); failures to connect are
// asked again next time.
var windowCache struct {
	sync.Mutex
	entries map[string]windowEntry
}

type windowEntry struct {
	w       Window
	expires time.Time
}

// ProbeContextWindow asks the endpoint of opts for the context window of
// opts.Model, in the endpoint's own dialect: vLLM's /v1/models
// (max_model_len), OpenRouter's /models (context_length), LM Studio's
// /api/v0/models (max_context_length) and Ollama's /api/show (num_ctx in
// the model's parameters, else the architecture's context_length). The
// answer is cached per endpoint and model. A zero Window (with the reason
// in Source) means the endpoint reports nothing; OpenAI's and Azure's
// endpoints are not asked (they report no window).
func ProbeContextWindow(ctx context.Context, opts OpenAIOptions) Window {
	base, err := normalizeBaseURL(opts.BaseURL, opts.APIType)
	if err != nil {
		return Window{Source: "the base URL is not usable"}
	}
	u, _ := url.Parse(base)
	if u.Hostname() == "api.openai.com" || isAzure(opts.APIType, u) {
		return Window{Source: "the endpoint reports no window"}
	}
	key := base + "\x00" + opts.Model
	now := time.Now()
	windowCache.Lock()
	if e, ok := windowCache.entries[key]; ok && now.Before(e.expires) {
		windowCache.Unlock()
		return e.w
	}
	windowCache.Unlock()

	p := prober{base: base, model: opts.Model, key: opts.APIKey.Reveal(), client: opts.HTTPClient}
	if p.client == nil {
		p.client = http.DefaultClient
	}
	w, answered := p.probe(ctx)
	if answered {
		windowCache.Lock()
		if windowCache.entries == nil {
			windowCache.entries = map[string]windowEntry{}
		}
		windowCache.entries[key] = windowEntry{w: w, expires: now.Add(windowCacheTTL)}
		windowCache.Unlock()
	}
	return w
}

// prober asks one endpoint about one model.
type prober struct {
	base, model, key string
	client           *http.Client
}

// probe tries each dialect in turn. answered is false when no question got
// an HTTP answer at all (the server is unreachable): that is not cached.
func (p prober) probe(ctx context.Context) (w Window, answered bool) {
	root := strings.TrimSuffix(p.base, "/v1")
	steps := []struct {
		ask func(context.Context, string) (Window, bool, error)
		url string
	}{
		{p.fromModelList, p.base + "/models"},
		{p.fromOllamaShow, root + "/api/show"},
		{p.fromLMStudio, root + "/api/v0/models"},
	}
	for _, s := range steps {
		w, found, err := s.ask(ctx, s.url)
		if err == nil {
			answered = true
		}
		if found {
			return w, true
		}
	}
	return Window{Source: "the endpoint reports none"}, answered
}

// getJSON sends one request and decodes a 200 answer into v. ok is false
// for any other status; err is set only when no HTTP answer came.
func (p prober) getJSON(ctx context.Context, method, target string, body any, v any) (ok bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, rd)
	if err != nil {
		return false, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if p.key != "" {
		req.Header.Set("Authorization", "Bearer "+p.key)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return false, nil
	}
	return json.NewDecoder(io.LimitReader(resp.Body, 32<<20)).Decode(v) == nil, nil
}

// fromModelList reads the OpenAI-style model list, where vLLM adds
// max_model_len and OpenRouter context_length (and
// top_provider.context_length) to each model.
func (p prober) fromModelList(ctx context.Context, target string) (Window, bool, error) {
	var list struct {
		Data []struct {
			ID            string `json:"id"`
			MaxModelLen   int    `json:"max_model_len"`
			ContextLength int    `json:"context_length"`
			TopProvider   *struct {
				ContextLength int `json:"context_length"`
			} `json:"top_provider"`
		} `json:"data"`
	}
	ok, err := p.getJSON(ctx, http.MethodGet, target, nil, &list)
	if !ok {
		return Window{}, false, err
	}
	for _, m := range list.Data {
		if m.ID != p.model {
			continue
		}
		switch {
		case m.MaxModelLen > 0:
			return Window{m.MaxModelLen, "vLLM /v1/models max_model_len"}, true, nil
		case m.TopProvider != nil && m.TopProvider.ContextLength > 0:
			return Window{m.TopProvider.ContextLength, "OpenRouter /models top_provider.context_length"}, true, nil
		case m.ContextLength > 0:
			return Window{m.ContextLength, "OpenRouter /models context_length"}, true, nil
		}
	}
	return Window{}, false, nil
}

// fromOllamaShow reads Ollama's /api/show: the num_ctx the model runs
// with when its parameters set one (Ollama cuts prompts to it), else the
// architecture's <arch>.context_length from model_info.
func (p prober) fromOllamaShow(ctx context.Context, target string) (Window, bool, error) {
	var show struct {
		Parameters string         `json:"parameters"`
		ModelInfo  map[string]any `json:"model_info"`
	}
	ok, err := p.getJSON(ctx, http.MethodPost, target, map[string]string{"model": p.model}, &show)
	if !ok {
		return Window{}, false, err
	}
	for _, line := range strings.Split(show.Parameters, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "num_ctx" {
			if n, err := strconv.Atoi(f[1]); err == nil && n > 0 {
				return Window{n, "Ollama /api/show num_ctx"}, true, nil
			}
		}
	}
	arch, _ := show.ModelInfo["general.architecture"].(string)
	if n, ok := show.ModelInfo[arch+".context_length"].(float64); ok && n > 0 {
		return Window{int(n), "Ollama /api/show " + arch + ".context_length"}, true, nil
	}
	return Window{}, false, nil
}

// fromLMStudio reads LM Studio's /api/v0/models: the context length the
// model is loaded with when it says, else its max_context_length.
func (p prober) fromLMStudio(ctx context.Context, target string) (Window, bool, error) {
	var list struct {
		Data []struct {
			ID                  string `json:"id"`
			MaxContextLength    int    `json:"max_context_length"`
			LoadedContextLength int    `json:"loaded_context_length"`
		} `json:"data"`
	}
	ok, err := p.getJSON(ctx, http.MethodGet, target, nil, &list)
	if !ok {
		return Window{}, false, err
	}
	for _, m := range list.Data {
		if m.ID != p.model {
			continue
		}
		switch {
		case m.LoadedContextLength > 0:
			return Window{m.LoadedContextLength, "LM Studio /api/v0/models loaded_context_length"}, true, nil
		case m.MaxContextLength > 0:
			return Window{m.MaxContextLength, "LM Studio /api/v0/models max_context_length"}, true, nil
		}
	}
	return Window{}, false, nil
}

// ContextWindow asks the model's endpoint for its context window (see
// ProbeContextWindow).
func (m *OpenAI) ContextWindow(ctx context.Context) Window {
	return ProbeContextWindow(ctx, m.opts)
}
