package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Route is a scripted answer of an endpoint other than chat completions
// (model lists, Ollama's /api/show…), given with SetRoute.
type Route struct {
	Status int    // 0 means 200
	Body   string // JSON
}

// Probe is one request the server received on an endpoint other than
// chat completions.
type Probe struct {
	Method, Path string
	Body         string
}

// SetRoute makes the server answer requests matching pattern ("GET
// /v1/models", "POST /api/show") with r. Without a route, GET /v1/models
// (and /models) lists one model, "llmtest", as OpenAI does (no context
// window), and every other path is 404, as on OpenAI.
func (s *Server) SetRoute(pattern string, r Route) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.routes == nil {
		s.routes = map[string]Route{}
	}
	s.routes[pattern] = r
}

// Probes returns the requests received so far on endpoints other than
// chat completions, in order.
func (s *Server) Probes() []Probe {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Probe(nil), s.probes...)
}

// handleRoute answers every endpoint but chat completions.
func (s *Server) handleRoute(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	pattern := r.Method + " " + r.URL.Path
	s.mu.Lock()
	s.probes = append(s.probes, Probe{Method: r.Method, Path: r.URL.Path, Body: string(body)})
	route, ok := s.routes[pattern]
	s.mu.Unlock()
	if !ok && r.Method == http.MethodGet && (r.URL.Path == "/v1/models" || r.URL.Path == "/models") {
		route, ok = Route{Body: OpenAIModels("llmtest")}, true
	}
	if !ok {
		writeStatus(w, Status(http.StatusNotFound, "llmtest: no route for "+pattern))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if route.Status != 0 {
		w.WriteHeader(route.Status)
	}
	io.WriteString(w, route.Body)
}

// The functions below give the bodies real servers send, in their shapes
// (fields the client does not read included), so that a client is tested
// against what it will meet.

// OpenAIModels is OpenAI's GET /v1/models: ids, no context window. Ollama
// and LM Studio answer their /v1/models in this shape too.
func OpenAIModels(ids ...string) string {
	var data []map[string]any
	for _, id := range ids {
		data = append(data, map[string]any{"id": id, "object": "model", "created": 1715367049, "owned_by": "system"})
	}
	return mustJSON(map[string]any{"object": "list", "data": data})
}

// VLLMModels is vLLM's GET /v1/models for a server started with
// --max-model-len maxModelLen.
func VLLMModels(id string, maxModelLen int) string {
	return mustJSON(map[string]any{"object": "list", "data": []any{map[string]any{
		"id": id, "object": "model", "created": 1715367049, "owned_by": "vllm", "root": id, "parent": nil,
		"max_model_len": maxModelLen,
		"permission": []any{map[string]any{
			"id": "modelperm-1", "object": "model_permission", "created": 1715367049, "allow_create_engine": false,
			"allow_sampling": true, "allow_logprobs": true, "allow_search_indices": false, "allow_view": true,
			"allow_fine_tuning": false, "organization": "*", "group": nil, "is_blocking": false,
		}},
	}}})
}

// OpenRouterModels is OpenRouter's GET /api/v1/models entry for one model
// (context_length, and top_provider's, which is what requests get).
func OpenRouterModels(id string, contextLength, providerContextLength int) string {
	return mustJSON(map[string]any{"data": []any{
		map[string]any{"id": "openai/gpt-4o-mini", "name": "OpenAI: GPT-4o-mini", "context_length": 128000},
		map[string]any{
			"id": id, "canonical_slug": id, "name": id, "created": 1721260800, "description": "a model",
			"context_length":       contextLength,
			"architecture":         map[string]any{"modality": "text->text", "input_modalities": []string{"text"}, "output_modalities": []string{"text"}, "tokenizer": "Llama3"},
			"pricing":              map[string]any{"prompt": "0.0000001", "completion": "0.0000002", "request": "0", "image": "0"},
			"top_provider":         map[string]any{"context_length": providerContextLength, "max_completion_tokens": 8192, "is_moderated": false},
			"per_request_limits":   nil,
			"supported_parameters": []string{"max_tokens", "temperature", "stream"},
		},
	}})
}

// LMStudioModels is LM Studio's GET /api/v0/models with one model loaded
// (loadedContextLength 0 leaves that field out, as older versions do).
func LMStudioModels(id string, maxContextLength, loadedContextLength int) string {
	m := map[string]any{
		"id": id, "object": "model", "type": "llm", "publisher": "lmstudio-community", "arch": "qwen2",
		"compatibility_type": "gguf", "quantization": "Q4_K_M", "state": "loaded", "max_context_length": maxContextLength,
	}
	if loadedContextLength > 0 {
		m["loaded_context_length"] = loadedContextLength
	}
	return mustJSON(map[string]any{"object": "list", "data": []any{
		map[string]any{"id": "text-embedding-nomic-embed-text-v1.5", "object": "model", "type": "embeddings", "state": "not-loaded", "max_context_length": 2048},
		m,
	}})
}

// OllamaShow is Ollama's POST /api/show answer for a model of
// architecture arch whose model_info says contextLength; numCtx > 0 adds
// "num_ctx" to its parameters, as a Modelfile's PARAMETER num_ctx does.
func OllamaShow(arch string, contextLength, numCtx int) string {
	params := []string{`stop "<|start_header_id|>"`, `stop "<|eot_id|>"`}
	if numCtx > 0 {
		params = append([]string{fmt.Sprintf("num_ctx                        %d", numCtx)}, params...)
	}
	return mustJSON(map[string]any{
		"license":    "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT",
		"modelfile":  "# Modelfile generated by \"ollama show\"\nFROM /root/.ollama/models/blobs/sha256-abc\n",
		"parameters": strings.Join(params, "\n"),
		"template":   "{{ .Prompt }}",
		"details": map[string]any{
			"parent_model": "", "format": "gguf", "family": arch, "families": []string{arch},
			"parameter_size": "8.0B", "quantization_level": "Q4_K_M",
		},
		"model_info": map[string]any{
			"general.architecture":     arch,
			"general.parameter_count":  8030261248,
			arch + ".context_length":   contextLength,
			arch + ".embedding_length": 4096,
			arch + ".block_count":      32,
		},
		"capabilities": []string{"completion", "tools"},
		"modified_at":  "2024-09-01T10:00:00.000000000Z",
	})
}

// OpenAIContextTooLong is OpenAI's HTTP 400 body for a prompt over the
// window.
func OpenAIContextTooLong(limit, requested int) Reply {
	return Reply{Status: http.StatusBadRequest, Body: mustJSON(map[string]any{"error": map[string]any{
		"message": fmt.Sprintf("This model's maximum context length is %d tokens. However, your messages resulted in %d tokens. Please reduce the length of the messages.", limit, requested),
		"type":    "invalid_request_error", "param": "messages", "code": "context_length_exceeded",
	}})}
}

// VLLMContextTooLong is vLLM's HTTP 400 body for a prompt over
// --max-model-len.
func VLLMContextTooLong(limit, inMessages, inCompletion int) Reply {
	return Reply{Status: http.StatusBadRequest, Body: mustJSON(map[string]any{
		"object": "error",
		"message": fmt.Sprintf("This model's maximum context length is %d tokens. However, you requested %d tokens (%d in the messages, %d in the completion). Please reduce the length of the messages or completion.",
			limit, inMessages+inCompletion, inMessages, inCompletion),
		"type": "BadRequestError", "param": nil, "code": 400,
	})}
}

// LlamaCppContextTooLong is llama.cpp server's HTTP 400 body for a prompt
// over its -c context size.
func LlamaCppContextTooLong(nCtx, nPrompt int) Reply {
	return Reply{Status: http.StatusBadRequest, Body: mustJSON(map[string]any{"error": map[string]any{
		"code": 400, "message": "the request exceeds the available context size, try increasing it",
		"type": "exceed_context_size_error", "n_prompt_tokens": nPrompt, "n_ctx": nCtx,
	}})}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
