//go:build race

package tlc

// raceEnabled: under the race detector the corpus test runs a fast subset.
const raceEnabled = true
