package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
)

// DefaultBaseURL is OpenAI's endpoint, used when no base URL is given.
const DefaultBaseURL = "https://api.openai.com/v1"

// DefaultTimeout bounds one attempt at an answer.
const DefaultTimeout = 5 * time.Minute

// OpenAIOptions configures an OpenAI-compatible model.
type OpenAIOptions struct {
	// BaseURL of the API, e.g. "http://localhost:11434/v1" for Ollama.
	// "" means OpenAI. A URL without a path gets "/v1" appended, the path
	// every OpenAI-compatible server uses (not for Azure, whose base URL
	// is the resource, e.g. https://NAME.openai.azure.com).
	BaseURL string
	// Model is the model name; for Azure, the deployment name.
	Model string
	// APIType is the API's dialect: APITypeOpenAI, APITypeAzure (an
	// api-key header, deployment URLs) or APITypeAzureAD (the same with a
	// bearer token from Entra ID). "" means Azure for hosts ending in
	// ".openai.azure.com" and OpenAI otherwise.
	APIType string
	// APIVersion is sent as the api-version query parameter; Azure
	// requires one ("" means DefaultAzureAPIVersion there), other servers
	// get it only when it is set.
	APIVersion string
	// APIKey may be empty for local servers.
	APIKey config.Secret
	// Timeout bounds each attempt; 0 means DefaultTimeout.
	Timeout time.Duration
	// Stream asks for the answer as server-sent events, reporting progress
	// as it grows.
	Stream bool
	// Retry bounds retries of rate-limited requests; the zero value means
	// DefaultRetryPolicy.
	Retry RetryPolicy

	// Sleep waits between retries; nil means a real, cancellable wait.
	// Tests replace it to observe waits without spending them.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock for Retry-After dates; nil means time.Now.
	Now func() time.Time
	// HTTPClient is used for requests; nil means a fresh http.Client.
	HTTPClient *http.Client
}

// API dialects (the apiType setting).
const (
	APITypeOpenAI  = "openai"
	APITypeAzure   = "azure"
	APITypeAzureAD = "azure-ad"
)

// DefaultAzureAPIVersion is the api-version sent to Azure when none is set.
const DefaultAzureAPIVersion = "2024-06-01"

// OptionsFromConfig returns the options for the effective settings.
func OptionsFromConfig(e config.Effective) OpenAIOptions {
	return OpenAIOptions{
		BaseURL: e.BaseURL, Model: e.Model, APIKey: e.APIKey, Timeout: e.Timeout, Stream: e.Stream,
		APIType: e.APIType, APIVersion: e.APIVersion,
	}
}

// isAzure reports whether the endpoint speaks Azure's dialect.
func isAzure(apiType string, u *url.URL) bool {
	switch strings.ToLower(apiType) {
	case APITypeAzure, APITypeAzureAD:
		return true
	case "":
		return u != nil && strings.HasSuffix(u.Hostname(), ".openai.azure.com")
	}
	return false
}

// OpenAI is a Model reached through an OpenAI-compatible chat-completions
// API. It is safe for concurrent use.
type OpenAI struct {
	opts   OpenAIOptions
	client *openai.Client
	host   string
}

var _ Model = (*OpenAI)(nil)

// NewOpenAI checks the options and returns the model.
func NewOpenAI(opts OpenAIOptions) (*OpenAI, error) {
	if strings.TrimSpace(opts.Model) == "" {
		return nil, errors.New("no model name given (set tlaGen.model or TLA_GEN_MODEL)")
	}
	switch strings.ToLower(opts.APIType) {
	case "", APITypeOpenAI, APITypeAzure, APITypeAzureAD:
	default:
		return nil, fmt.Errorf("unknown apiType %q: use %q, %q or %q", opts.APIType, APITypeOpenAI, APITypeAzure, APITypeAzureAD)
	}
	base, err := normalizeBaseURL(opts.BaseURL, opts.APIType)
	if err != nil {
		return nil, err
	}
	opts.BaseURL = base
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Retry == (RetryPolicy{}) {
		opts.Retry = DefaultRetryPolicy()
	}
	if opts.Sleep == nil {
		opts.Sleep = sleepContext
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	httpClient := opts.HTTPClient
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	u, _ := url.Parse(base)
	var cfg openai.ClientConfig
	if isAzure(opts.APIType, u) {
		cfg = openai.DefaultAzureConfig(opts.APIKey.Reveal(), base)
		if strings.EqualFold(opts.APIType, APITypeAzureAD) {
			cfg.APIType = openai.APITypeAzureAD
		}
		cfg.APIVersion = opts.APIVersion
		if cfg.APIVersion == "" {
			cfg.APIVersion = DefaultAzureAPIVersion
		}
		cfg.AzureModelMapperFunc = func(model string) string { return model }
	} else {
		cfg = openai.DefaultConfig(opts.APIKey.Reveal())
		cfg.BaseURL = base
		cfg.APIVersion = opts.APIVersion
	}
	cfg.HTTPClient = recordingDoer{client: httpClient}
	return &OpenAI{opts: opts, client: openai.NewClientWithConfig(cfg), host: u.Host}, nil
}

// normalizeBaseURL checks the base URL and gives a bare host the "/v1"
// path, except for Azure, whose paths start at the resource's root.
func normalizeBaseURL(raw, apiType string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return DefaultBaseURL, nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("base URL %q is not an http(s) URL such as http://localhost:11434/v1", redactURL(raw))
	}
	if (u.Path == "" || u.Path == "/") && !isAzure(apiType, u) {
		u.Path = "/v1"
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// redactURL hides user information that a URL might carry.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = url.User("redacted")
	return u.String()
}

// Name returns the model name and the server it is reached on.
func (m *OpenAI) Name() string { return m.opts.Model + " at " + m.host }

// Complete asks the model, retrying rate-limited requests as the retry
// policy allows, and returns the answer's text.
func (m *OpenAI) Complete(ctx context.Context, req Request, progress func(Progress)) (string, error) {
	retries := 0
	for {
		text, err := m.attempt(ctx, req, progress)
		if err == nil {
			return text, nil
		}
		var e *Error
		if !errors.As(err, &e) || e.Kind != ErrRateLimited {
			return "", err
		}
		wait := e.RetryAfter
		if wait == 0 {
			wait = m.opts.Retry.backoff(retries + 1)
		}
		if retries >= m.opts.Retry.MaxRetries {
			e.Message = fmt.Sprintf("the server is rate limiting requests (HTTP 429) and still was after %d retries; try again later", retries)
			return "", e
		}
		if e.RetryAfter > m.opts.Retry.MaxRetryAfter {
			e.Message = fmt.Sprintf("the server is rate limiting requests (HTTP 429) and asks to wait %s; try again later", e.RetryAfter.Round(time.Second))
			return "", e
		}
		retries++
		if progress != nil {
			progress(Progress{Note: fmt.Sprintf("rate limited by the server; retry %d of %d in %s", retries, m.opts.Retry.MaxRetries, wait.Round(time.Millisecond))})
		}
		if err := m.opts.Sleep(ctx, wait); err != nil {
			return "", m.cancelled()
		}
	}
}

// errAttemptTimeout marks an attempt's context as ended by its timeout.
var errAttemptTimeout = errors.New("model call timed out")

// attempt makes one request.
func (m *OpenAI) attempt(ctx context.Context, req Request, progress func(Progress)) (string, error) {
	if ctx.Err() != nil {
		return "", m.cancelled()
	}
	x := &exchange{}
	callCtx, cancel := context.WithTimeoutCause(ctx, m.opts.Timeout, errAttemptTimeout)
	defer cancel()
	callCtx = withExchange(callCtx, x)
	creq := m.buildRequest(req)
	var text, finish string
	var err error
	if m.opts.Stream {
		text, finish, err = m.stream(callCtx, creq, progress, x)
	} else {
		text, finish, err = m.complete(callCtx, creq, progress)
	}
	if err != nil {
		return "", m.classify(ctx, callCtx, err, x, len([]rune(text)))
	}
	return m.checkAnswer(text, finish)
}

// buildRequest turns req into go-openai's request, moving max_tokens and
// temperature where reasoning models (o1, o3, gpt-5…) require.
func (m *OpenAI) buildRequest(req Request) openai.ChatCompletionRequest {
	msgs := make([]openai.ChatCompletionMessage, 0, len(req.Messages))
	for _, msg := range req.Messages {
		msgs = append(msgs, openai.ChatCompletionMessage{Role: string(msg.Role), Content: msg.Content})
	}
	creq := openai.ChatCompletionRequest{
		Model: m.opts.Model, Messages: msgs, Temperature: float32(req.Temperature), MaxTokens: req.MaxTokens,
	}
	if openai.NewReasoningValidator().Validate(creq) != nil {
		creq.MaxCompletionTokens, creq.MaxTokens = creq.MaxTokens, 0
		creq.Temperature = 0
	}
	return creq
}

// complete makes a non-streaming request.
func (m *OpenAI) complete(ctx context.Context, creq openai.ChatCompletionRequest, progress func(Progress)) (text, finish string, err error) {
	resp, err := m.client.CreateChatCompletion(ctx, creq)
	if err != nil {
		return "", "", err
	}
	if len(resp.Choices) == 0 {
		return "", "", nil
	}
	c := resp.Choices[0]
	if progress != nil {
		progress(Progress{Chars: len([]rune(c.Message.Content))})
	}
	return c.Message.Content, string(c.FinishReason), nil
}

// stream makes a streaming request and reports progress as the answer grows.
// A stream that ends without a finish_reason and without "data: [DONE]"
// was cut.
func (m *OpenAI) stream(ctx context.Context, creq openai.ChatCompletionRequest, progress func(Progress), x *exchange) (text, finish string, err error) {
	s, err := m.client.CreateChatCompletionStream(ctx, creq)
	if err != nil {
		return "", "", err
	}
	defer s.Close()
	var b strings.Builder
	chars := 0
	for {
		resp, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return b.String(), finish, err
		}
		for _, c := range resp.Choices {
			if c.Index != 0 {
				continue
			}
			if c.Delta.Content != "" {
				b.WriteString(c.Delta.Content)
				chars += len([]rune(c.Delta.Content))
				if progress != nil {
					progress(Progress{Chars: chars})
				}
			}
			if c.FinishReason != "" && c.FinishReason != openai.FinishReasonNull {
				finish = string(c.FinishReason)
			}
		}
	}
	if _, _, sawDone := x.snapshot(); finish == "" && !sawDone {
		return b.String(), "", errStreamEnded
	}
	return b.String(), finish, nil
}

// errStreamEnded is a stream that closed cleanly but before the model
// said it had finished.
var errStreamEnded = errors.New("stream ended without a finish_reason")

// checkAnswer turns a complete but unusable answer into an error.
func (m *OpenAI) checkAnswer(text, finish string) (string, error) {
	switch {
	case strings.TrimSpace(text) == "" && finish == string(openai.FinishReasonContentFilter):
		return "", m.newError(ErrEmptyAnswer, 0, "the model returned an empty answer: its content filter stopped it", nil)
	case strings.TrimSpace(text) == "" && finish == string(openai.FinishReasonLength):
		return "", m.newError(ErrEmptyAnswer, 0, "the model returned an empty answer: it reached its token limit first (raise tlaGen.maxTokens)", nil)
	case strings.TrimSpace(text) == "":
		return "", m.newError(ErrEmptyAnswer, 0, "the model returned an empty answer", nil)
	case finish == string(openai.FinishReasonLength):
		return "", m.newError(ErrCutStream, 0, fmt.Sprintf("the answer was cut off at the token limit after %d characters (raise tlaGen.maxTokens)", len([]rune(text))), nil)
	}
	return text, nil
}

func (m *OpenAI) cancelled() error {
	return m.newError(ErrCancelled, 0, "generation was cancelled", nil)
}

func (m *OpenAI) newError(kind ErrorKind, status int, msg string, cause error) *Error {
	secret := m.opts.APIKey.Reveal()
	return &Error{Kind: kind, Model: m.opts.Model, Status: status, Message: scrub(msg, secret), cause: scrubErr(cause, secret)}
}
