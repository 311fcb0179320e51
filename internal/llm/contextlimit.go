package llm

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// contextLimitPatterns recognise the "prompt too long" answers of
// OpenAI-compatible servers and capture the window they state, compiled
// on first use (a process that never calls a model never pays for them):
//
//   - OpenAI, vLLM, OpenRouter: "This model's maximum context length is
//     8192 tokens. However, you requested 9000 tokens (…)";
//   - LM Studio: "… the model is loaded with context length of only 4096
//     tokens …";
//   - llama.cpp's server: "n_ctx": 4096 beside "exceed_context_size_error";
//   - Hugging Face TGI: "`inputs` tokens + `max_new_tokens` must be <= 4096";
//   - Anthropic-style: "prompt is too long: 210000 tokens > 200000 maximum".
var contextLimitPatterns = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`(?i)maximum context length is (\d+)`),
		regexp.MustCompile(`(?i)context length of only (\d+)`),
		regexp.MustCompile(`"n_ctx"\s*:\s*(\d+)`),
		regexp.MustCompile(`(?i)must be <= (\d+)`),
		regexp.MustCompile(`(?i)too long: \d+ tokens > (\d+)`),
	}
})

// requestedPattern captures how many tokens the server counted, when it says.
var requestedPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:you requested|resulted in|request has|"n_prompt_tokens"\s*:|too long:) ?(\d+)`)
})

// contextTooLong reports whether an error body says the prompt exceeds
// the model's context window, with the limit and the requested tokens
// when the server states them (0 when not).
func contextTooLong(body string) (limit, requested int, ok bool) {
	lower := strings.ToLower(body)
	ok = strings.Contains(lower, "context_length_exceeded") || strings.Contains(lower, "exceed_context_size") ||
		strings.Contains(lower, "maximum context length") || strings.Contains(lower, "context length of only") ||
		strings.Contains(lower, "prompt is too long") || strings.Contains(lower, "max_new_tokens") && strings.Contains(lower, "must be <=")
	if !ok {
		return 0, 0, false
	}
	for _, re := range contextLimitPatterns() {
		if m := re.FindStringSubmatch(body); m != nil {
			limit, _ = strconv.Atoi(m[1])
			break
		}
	}
	if m := requestedPattern().FindStringSubmatch(body); m != nil {
		requested, _ = strconv.Atoi(m[1])
	}
	return limit, requested, true
}
