package config

import "testing"

func TestCheckerSettings(t *testing.T) {
	e := Settings{}.Resolve(func(string) (string, bool) { return "", false })
	if e.Checker != CheckerNative || !e.Checker.Native() || e.Checker.Tla2tools() || e.JavaPath != "java" || e.Tla2toolsJar != "" {
		t.Errorf("defaults: checker %q javaPath %q jar %q", e.Checker, e.JavaPath, e.Tla2toolsJar)
	}
	e = Settings{Checker: "Both", Tla2toolsJar: "/opt/tla2tools.jar", JavaPath: "/usr/bin/java"}.Resolve(nil)
	if e.Checker != CheckerBoth || !e.Checker.Native() || !e.Checker.Tla2tools() || e.JavaPath != "/usr/bin/java" || e.Tla2toolsJar != "/opt/tla2tools.jar" {
		t.Errorf("both: %+v", e)
	}
	if c := ParseChecker("tla2tools"); c.Native() || !c.Tla2tools() {
		t.Errorf("tla2tools: native %t tla2tools %t", c.Native(), c.Tla2tools())
	}
	if c := ParseChecker("sany-in-java"); c != CheckerNative {
		t.Errorf("an unknown checker setting gives %q, want native", c)
	}
	if _, err := CheckChecker("sany-in-java"); err == nil {
		t.Error("CheckChecker accepted an unknown checker")
	}
}
