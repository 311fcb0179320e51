package tlc

import (
	"fmt"
	"strconv"
	"time"
)

// ProgressText is TLC's progress line for p, with the rates since the
// previous report prev (the zero Progress before the first): "Progress(7)
// at 2026-12-06 15:24:29: 1,234 states generated (6,170 s/min), 567
// distinct states found (2,835 ds/min), 12 states left on queue."
func ProgressText(p, prev Progress, at time.Time) string {
	minutes := (p.Elapsed - prev.Elapsed).Minutes()
	rate := func(n int64) int64 {
		if minutes <= 0 {
			return 0
		}
		return int64(float64(n) / minutes)
	}
	return fmt.Sprintf("Progress(%d) at %s: %s states generated (%s s/min), %s distinct states found (%s ds/min), %s states left on queue.",
		p.Depth, at.Format("2006-01-02 15:04:05"), Thousands(p.Generated), Thousands(rate(p.Generated-prev.Generated)),
		Thousands(p.Distinct), Thousands(rate(p.Distinct-prev.Distinct)), Thousands(p.Queue))
}

// Thousands writes 12345 as "12,345", as TLC writes its counts.
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
