package tlc

import (
	"testing"
	"time"
)

func TestProgressText(t *testing.T) {
	at := time.Date(2026, 12, 6, 15, 24, 29, 0, time.UTC)
	prev := Progress{Generated: 1000, Distinct: 500, Elapsed: 10 * time.Second}
	p := Progress{Depth: 7, Generated: 1234567, Distinct: 23456, Queue: 1234, Elapsed: 70 * time.Second}
	want := "Progress(7) at 2026-12-06 15:24:29: 1,234,567 states generated (1,233,567 s/min), 23,456 distinct states found (22,956 ds/min), 1,234 states left on queue."
	if got := ProgressText(p, prev, at); got != want {
		t.Errorf("ProgressText =\n%s\nwant\n%s", got, want)
	}
	if got := Thousands(999); got != "999" {
		t.Errorf("Thousands(999) = %q", got)
	}
}
