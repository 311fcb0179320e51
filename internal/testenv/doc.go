// Package testenv is what tests ask about the machine they run on: where
// the shared materials (../shared beside the module root) are, and
// whether a test may skip when they are absent.
//
// A test that needs ../shared may skip on a developer's machine without
// it, but not in CI: there TLA_GEN_REQUIRE_SHARED=1 is set and a missing
// corpus or prompt fails the test, so that a test cannot pass by not
// running. Every such test goes through Shared (or MissingShared), so the
// rule is in one place.
//
// It is imported by tests and test helpers only, and imports nothing of
// the project.
package testenv
