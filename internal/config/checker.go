package config

import (
	"fmt"
	"strings"
)

// Checker names the TLA+ checker(s) whose findings are reported.
type Checker string

const (
	// CheckerNative is the built-in Go re-implementation of SANY (default).
	CheckerNative Checker = "native"
	// CheckerTla2tools is real SANY from tla2tools.jar, run with Java.
	CheckerTla2tools Checker = "tla2tools"
	// CheckerBoth reports the findings of both.
	CheckerBoth Checker = "both"
)

// DefaultJavaPath is the java executable used when javaPath is not set:
// the one on PATH.
const DefaultJavaPath = "java"

// ParseChecker reads the checker setting; "" and unknown values give the
// default, CheckerNative, so that a typo never silences checking.
func ParseChecker(s string) Checker {
	c, err := CheckChecker(s)
	if err != nil {
		return CheckerNative
	}
	return c
}

// CheckChecker reads a checker name strictly, for command-line flags.
func CheckChecker(s string) (Checker, error) {
	switch c := Checker(strings.ToLower(strings.TrimSpace(s))); c {
	case "":
		return CheckerNative, nil
	case CheckerNative, CheckerTla2tools, CheckerBoth:
		return c, nil
	}
	return "", fmt.Errorf("unknown checker %q (want native, tla2tools or both)", s)
}

// Native reports whether the built-in checker's findings are reported.
func (c Checker) Native() bool { return c != CheckerTla2tools }

// Tla2tools reports whether real SANY's findings are reported.
func (c Checker) Tla2tools() bool { return c == CheckerTla2tools || c == CheckerBoth }
