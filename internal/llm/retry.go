package llm

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryPolicy bounds the retries of rate-limited (HTTP 429) requests.
type RetryPolicy struct {
	// MaxRetries is the number of retries after the first attempt.
	MaxRetries int
	// BaseDelay is the first backoff when the server gives no Retry-After;
	// each further retry doubles it, up to MaxDelay.
	BaseDelay time.Duration
	MaxDelay  time.Duration
	// MaxRetryAfter is the longest Retry-After the client will wait for;
	// a server asking for more makes the call fail at once with a message
	// saying when to try again.
	MaxRetryAfter time.Duration
}

// DefaultRetryPolicy retries a rate-limited request three times, waiting
// what the server asks (up to two minutes) or 1s, 2s, 4s.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxRetries: 3, BaseDelay: time.Second, MaxDelay: 30 * time.Second, MaxRetryAfter: 2 * time.Minute}
}

// backoff returns the wait before retry number attempt (1-based) when the
// server said nothing: BaseDelay doubled each time, capped at MaxDelay.
func (p RetryPolicy) backoff(attempt int) time.Duration {
	d := p.BaseDelay
	for i := 1; i < attempt && d < p.MaxDelay; i++ {
		d *= 2
	}
	if p.MaxDelay > 0 && d > p.MaxDelay {
		d = p.MaxDelay
	}
	return d
}

// parseRetryAfter reads the Retry-After header (delay-seconds or an HTTP
// date, RFC 9110 §10.2.3), or OpenAI's retry-after-ms. now is used only
// for dates. It returns 0 if the header is absent or unreadable.
func parseRetryAfter(h http.Header, now func() time.Time) time.Duration {
	if ms := strings.TrimSpace(h.Get("Retry-After-Ms")); ms != "" {
		if v, err := strconv.ParseFloat(ms, 64); err == nil && v > 0 {
			return time.Duration(v * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && now != nil {
		if d := t.Sub(now()); d > 0 {
			return d
		}
	}
	return 0
}

// sleepContext waits for d or until ctx is done, the default Sleep.
func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
