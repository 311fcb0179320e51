#!/bin/bash
# test.sh runs the editor end-to-end tests: it builds the server and the
# scripted model server, packages the .vsix, then runs the VS Code e2e
# (code-server + headless Chromium) and the Emacs e2e (eglot, batch).
# Prints PASS/FAIL per scenario and closes with "N passed, M failed".
#
# A suite whose tools are missing (see install-deps.sh) is skipped, unless
# TLA_GEN_REQUIRE_EDITORS=1 (CI), where that is a failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/scripts/editors
cd "$ROOT" || exit 2
BIN=$(mktemp -d "${TMPDIR:-/tmp}/tla-gen-editors-bin.XXXXXX")
trap 'rm -rf "$BIN"' EXIT

passed=0 failed=0 skipped=0
results=$BIN/results
: >"$results"

# suite NAME COMMAND...: runs an e2e script, echoing its output, and counts
# its PASS/FAIL lines; a script that fails without a FAIL line counts once.
suite() {
  local name=$1; shift
  local start=$SECONDS out=$BIN/$name.out rc=0
  "$@" 2>&1 | tee "$out" || rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -c '^PASS ' "$out")
  f=$(grep -c '^FAIL ' "$out")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "FAIL $name: exit status $rc"
    f=1
  fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "$name: $p passed, $f failed in $((SECONDS - start))s" >>"$results"
}

skip_or_fail() { # name why
  if [ "${TLA_GEN_REQUIRE_EDITORS:-}" = 1 ]; then
    echo "FAIL $1: $2"; failed=$((failed + 1))
  else
    echo "SKIP $1: $2"; skipped=$((skipped + 1))
  fi
}

start=$SECONDS
build_ok=1
if [ -n "${FAKEOPENAI:-}" ]; then
  cp "$FAKEOPENAI" "$BIN/fakeopenai" || build_ok=0
else
  go build -o "$BIN/fakeopenai" ./internal/llm/llmtest/cmd/fakeopenai || build_ok=0
fi
go build -o "$BIN/tla-gen-lsp" ./cmd/tla-gen-lsp || build_ok=0
if [ "$build_ok" = 0 ]; then
  echo "FAIL editors/build: go build"
  echo "0 passed, 1 failed"
  exit 1
fi
export FAKEOPENAI=$BIN/fakeopenai
echo "built the server and fakeopenai in $((SECONDS - start))s"

if [ ! -x "$ROOT/.cache/code-server/node_modules/.bin/code-server" ] || ! command -v chromium >/dev/null; then
  skip_or_fail vscode "code-server or chromium missing: run scripts/editors/install-deps.sh"
elif [ ! -d "$ROOT/editors/vscode/node_modules" ] || [ ! -d "$HERE/vscode/node_modules" ]; then
  skip_or_fail vscode "npm dependencies missing: run scripts/editors/install-deps.sh"
else
  start=$SECONDS
  if "$HERE/package-vscode.sh" >"$BIN/package.log" 2>&1; then
    echo "packaged the .vsix in $((SECONDS - start))s"
    suite vscode "$HERE/vscode-e2e.sh" "$ROOT/editors/vscode/tla-gen-lsp.vsix"
  else
    cat "$BIN/package.log"
    echo "FAIL vscode/package"; failed=$((failed + 1))
  fi
fi

if ! command -v emacs >/dev/null ||
   ! emacs --batch --eval '(progn (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; then
  skip_or_fail emacs "emacs-nox or elpa-eglot missing: run scripts/editors/install-deps.sh"
else
  suite emacs "$HERE/emacs-e2e.sh" "$BIN/tla-gen-lsp"
fi

echo "== editor e2e timings"
cat "$results"
[ "$skipped" -gt 0 ] && echo "($skipped suite(s) skipped)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
