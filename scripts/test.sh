#!/usr/bin/env bash
# Runs every test of the project: formatting, vet, the Go tests (with the
# race detector; they include the SANY corpus conformance suite, the LSP
# client tests over stdio and headless Neovim), then the editor end-to-end
# tests (real VS Code through code-server, Emacs eglot) when their tools are
# installed (scripts/editors/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
  echo "not gofmt-formatted:"; echo "$unformatted"; exit 1
fi
echo "== go vet"
go vet ./...
echo "== go test -race"
go test -race -count=1 ./...
echo "== soak (1000 edits over 20 modules, generations streaming and cancelled)"
go test -count=1 -run '^TestSoak$' -v ./internal/lsp -soak-edits=1000 | grep -E '^(---|ok|FAIL)|soak:'
if [ -x scripts/editors/test.sh ]; then
  echo "== editor end-to-end tests"
  scripts/editors/test.sh
fi
# The model checker against real TLC on the whole TLC corpus, without the
# race detector (under -race, TestCorpus runs only its fast subset); 40 s
# per model keeps CI in its budget (a model not done by then is counted
# unanswered, never wrong).
echo "== TLC corpus conformance (internal/tlc TestCorpus, no -race)"
TLA_TLC_CORPUS_TIMEOUT=${TLA_TLC_CORPUS_TIMEOUT:-40} go test -count=1 -timeout 60m -run '^TestCorpus$' -v ./internal/tlc/ | grep -vE '^(=== RUN|    --- )'
