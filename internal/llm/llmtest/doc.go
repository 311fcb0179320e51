// Package llmtest is a scripted OpenAI-compatible chat-completions server
// for tests: it listens on 127.0.0.1 only, answers POST /v1/chat/completions
// (and /chat/completions) in the real wire format, streaming (server-sent
// events ending in "data: [DONE]") or not, from a script of replies, and
// records every request for assertions.
//
// A reply can be an answer, an HTTP error with a body and a Retry-After
// header, a delay before answering, or a stream cut after some bytes, so
// that clients can be tested against every failure they must survive
// without the network or the clock.
//
// Package llmtest must not import the llm package (whose tests use it) or
// anything that talks to a real model.
package llmtest
