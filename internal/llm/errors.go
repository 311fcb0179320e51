package llm

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrorKind classifies a model failure so that callers can react (for
// example offer to retry later) without parsing messages.
type ErrorKind int

const (
	ErrOther       ErrorKind = iota
	ErrTimeout               // no complete answer within the timeout
	ErrRateLimited           // HTTP 429 after the allowed retries
	ErrServer                // HTTP 5xx
	ErrRejected              // HTTP 4xx other than 429: bad key, unknown model…
	ErrConnection            // the server could not be reached
	ErrCutStream             // the answer stopped before the model finished it
	ErrEmptyAnswer           // the model answered nothing
	ErrCancelled             // the caller cancelled
	// ErrContextTooLong: the server refused the prompt as longer than the
	// model's context window (Error.ContextLimit says the window when the
	// server stated it).
	ErrContextTooLong
)

// Error is a model failure with a message written for the user. Its text
// never contains the API key.
type Error struct {
	Kind       ErrorKind
	Model      string
	Status     int           // HTTP status, 0 if none
	RetryAfter time.Duration // what the server asked for, 0 if nothing
	// ContextLimit and RequestedTokens are, for ErrContextTooLong, the
	// window and the request's size as the server stated them (0 when it
	// did not).
	ContextLimit, RequestedTokens int
	Message                       string
	cause                         error // already scrubbed of the key
}

func (e *Error) Error() string {
	if e.Model == "" {
		return e.Message
	}
	return fmt.Sprintf("model %s: %s", e.Model, e.Message)
}

// Unwrap returns the underlying cause (scrubbed of the key).
func (e *Error) Unwrap() error { return e.cause }

// Is lets errors.Is(err, &Error{Kind: k}) match by kind.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && t.Message == "" && t.Model == ""
}

// KindOf returns the kind of a model failure, or ErrOther.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ErrOther
}

// scrubbedError is an error whose text has had a secret removed; it keeps
// nothing of the original so that %+v or Unwrap cannot leak the secret.
type scrubbedError struct{ msg string }

func (e scrubbedError) Error() string { return e.msg }

// scrub removes every occurrence of secret from s.
func scrub(s, secret string) string {
	if secret == "" {
		return s
	}
	return strings.ReplaceAll(s, secret, "[redacted]")
}

// scrubErr returns err's text with the secret removed, as a new error.
func scrubErr(err error, secret string) error {
	if err == nil {
		return nil
	}
	return scrubbedError{scrub(err.Error(), secret)}
}

// excerpt shortens a response body for an error message: at most max
// bytes of it, on one line.
func excerpt(body string, max int) string {
	body = strings.Join(strings.Fields(body), " ")
	if len(body) <= max {
		return body
	}
	cut := max
	for cut > 0 && (body[cut]&0xC0) == 0x80 {
		cut--
	}
	return body[:cut] + "…"
}
