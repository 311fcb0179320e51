//go:build race

package lsp_test

// raceEnabled says the race detector is on: its shadow memory makes the
// process's RSS say nothing of the server's.
const raceEnabled = true
