// Package lazy builds package-level values on first use, so that starting
// the binary costs nothing for what a command never touches (a `check`
// process never parses SANY's output or a draft, say). It is the way to
// write a package-level regular expression or table in this module:
//
//	var moduleEnd = lazy.Regexp(`^\s*={4,}`)
//	... moduleEnd().MatchString(line) ...
//
// It imports only the standard library.
package lazy
