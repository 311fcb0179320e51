package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"

	openai "github.com/sashabaranov/go-openai"
)

// bodyExcerptLen bounds how much of an error response is shown.
const bodyExcerptLen = 200

// classify turns a failure of one attempt into an *Error for the user.
// ctx is the caller's context, callCtx the attempt's (with its timeout);
// got is the number of bytes of answer received before the failure.
func (m *OpenAI) classify(ctx, callCtx context.Context, err error, x *exchange, got int) error {
	if ctx.Err() != nil {
		return m.cancelled()
	}
	if errors.Is(context.Cause(callCtx), errAttemptTimeout) {
		return m.newError(ErrTimeout, 0, fmt.Sprintf("the model did not answer within %s; raise the timeout setting (tlaGen.timeout, in seconds) or try a smaller source", m.opts.Timeout), err)
	}
	header, status, _ := x.snapshot()
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 400:
		detail := string(reqErr.Body)
		if reqErr.Err != nil && detail == "" {
			detail = reqErr.Err.Error()
		}
		return m.statusError(reqErr.HTTPStatusCode, header, detail, x.errorText(), err)
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 400:
		return m.statusError(apiErr.HTTPStatusCode, header, apiErr.Message, x.errorText(), err)
	case errors.As(err, &apiErr):
		// An error object sent inside an event stream.
		return m.newError(ErrServer, status, "the server reported an error in the middle of the answer: "+excerpt(apiErr.Message, bodyExcerptLen), err)
	case errors.Is(err, errStreamEnded):
		return m.newError(ErrCutStream, 0, fmt.Sprintf("the answer stream ended without a finish_reason after %d characters; the connection was probably cut", got), err)
	case status != 0 && isCut(err):
		return m.newError(ErrCutStream, 0, fmt.Sprintf("the answer was cut off after %d characters (%s)", got, cutReason(err)), err)
	case status == 0:
		return m.newError(ErrConnection, 0, fmt.Sprintf("cannot reach the model server at %s: %v", m.opts.BaseURL, rootCause(err)), err)
	}
	return m.newError(ErrOther, status, "the model call failed: "+err.Error(), err)
}

// statusError explains an HTTP error status; detail is the server's
// message, body the whole error body (to recognise a context-too-long
// refusal).
func (m *OpenAI) statusError(status int, header http.Header, detail, body string, err error) error {
	line := fmt.Sprintf("HTTP %d %s", status, http.StatusText(status))
	if d := excerpt(scrub(detail, m.opts.APIKey.Reveal()), bodyExcerptLen); d != "" {
		line += ": " + d
	}
	if body == "" {
		body = detail
	}
	if limit, requested, ok := contextTooLong(body); ok && status != http.StatusTooManyRequests {
		msg := "the prompt is longer than the model's context window"
		if limit > 0 {
			msg = fmt.Sprintf("the prompt is longer than the model's context window of %d tokens", limit)
		}
		if requested > 0 {
			msg += fmt.Sprintf(" (the server counted %d tokens)", requested)
		}
		e := m.newError(ErrContextTooLong, status, msg+"; nothing was generated ("+line+")", err)
		e.ContextLimit, e.RequestedTokens = limit, requested
		return e
	}
	switch {
	case status == http.StatusTooManyRequests:
		e := m.newError(ErrRateLimited, status, "the server is rate limiting requests ("+line+")", err)
		e.RetryAfter = parseRetryAfter(header, m.opts.Now)
		return e
	case status >= 500:
		return m.newError(ErrServer, status, "the model server failed ("+line+")", err)
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return m.newError(ErrRejected, status, "the server refused the request ("+line+"); check the API key (OPENAI_API_KEY or the tlaGen API key setting)", err)
	case status == http.StatusNotFound:
		return m.newError(ErrRejected, status, "the server does not know this endpoint or model ("+line+"); check the base URL and model name", err)
	}
	return m.newError(ErrRejected, status, "the server rejected the request ("+line+")", err)
}

// isCut reports whether err means the response body stopped short.
func isCut(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed)
}

func cutReason(err error) string {
	if errors.Is(err, syscall.ECONNRESET) {
		return "connection reset"
	}
	return "connection closed before the end of the answer"
}

// rootCause returns the innermost error, which for network failures is the
// useful part ("connection refused") without the request URL around it.
func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
