// Package config holds the user's settings (the LSP section "tlaGen", CLI
// flags and environment variables) and merges them into effective values.
//
// Secrets: the API key is resolved here and never formatted. Settings.String
// and every error redact it. This package must not import LSP packages.
package config
