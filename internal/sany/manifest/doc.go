// Package manifest reads the schema of ../shared/sany-corpus/manifest.jsonl
// as that corpus's README describes it: one JSON object per root file that
// real SANY checked, with its verdict, errors, warnings and raw output.
// The conformance tests of the checker, its parser and its tla2tools
// wrapper read the shared corpus and the golden cases (which use the same
// schema) through it, so that there is one reading of the format.
//
// It imports nothing of the checker: it describes SANY's recorded
// answers, not ours.
package manifest
