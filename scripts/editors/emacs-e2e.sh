#!/bin/bash
# emacs-e2e.sh tests the Eglot set-up (editors/emacs/tla-gen-lsp.el) in a
# real Emacs (Debian's emacs-nox + elpa-eglot), in batch: open a Python
# source, run the generate code action, see Counter.tla written and its
# diagnostics in Flymake. The model is fakeopenai on 127.0.0.1.
#
#   scripts/editors/emacs-e2e.sh [TLA-GEN-LSP-BINARY]
#
# Env: KEEP=1 keeps the temp dir; FAKEOPENAI=binary skips building it.
set -euo pipefail
# Go's caches stay where they are when HOME moves to the temp dir below.
export GOPATH=${GOPATH:-$(go env GOPATH)} GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)} GOCACHE=${GOCACHE:-$(go env GOCACHE)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/scripts/editors
command -v emacs >/dev/null || { echo "FAIL emacs/setup: emacs missing: run scripts/editors/install-deps.sh"; exit 1; }

D=$(mktemp -d "${TMPDIR:-/tmp}/tla-gen-emacs-e2e.XXXXXX")
FAKE_PID=
cleanup() {
  [ -n "$FAKE_PID" ] && kill -- "-$FAKE_PID" 2>/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT
export HOME=$D/home XDG_CONFIG_HOME=$D/xdg-config XDG_CACHE_HOME=$D/xdg-cache
mkdir -p "$HOME" "$D/ws"
cp "$HERE/testdata/workspace/counter.py" "$HERE/testdata/workspace/counter.draft.md" "$D/ws/"
cp "$HERE/testdata/modelcheck/Bounded.tla" "$HERE/testdata/modelcheck/Bounded.cfg" "$D/ws/"

LSP_BIN=${1:-}
if [ -z "$LSP_BIN" ]; then
  LSP_BIN=$D/tla-gen-lsp
  (cd "$ROOT" && go build -o "$LSP_BIN" ./cmd/tla-gen-lsp)
fi
if [ -n "${FAKEOPENAI:-}" ]; then cp "$FAKEOPENAI" "$D/fakeopenai"; else
  (cd "$ROOT" && go build -o "$D/fakeopenai" ./internal/llm/llmtest/cmd/fakeopenai)
fi
setsid "$D/fakeopenai" -addr 127.0.0.1:0 -reply-file "$HERE/testdata/model-answer.md" >"$D/fake.out" 2>"$D/fake.log" &
FAKE_PID=$!
URL=
for _ in $(seq 1 100); do
  URL=$(grep -o -m1 'http://127\.0\.0\.1:[0-9]*[^ ]*' "$D/fake.out" 2>/dev/null || true)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "FAIL emacs/setup: fakeopenai printed no URL"; cat "$D/fake.log"; exit 1; }

rc=0
# No API key in the environment: the scripted server needs none.
env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u TLA_GEN_MODEL \
  TLA_GEN_EL="$ROOT/editors/emacs/tla-gen-lsp.el" LSP_BIN="$LSP_BIN" WS="$D/ws" MODEL_URL="$URL" \
  EXPECT_DIAG="${EXPECT_DIAG:-Unknown operator}" \
  timeout 180 emacs --batch -l "$HERE/emacs/e2e.el" >"$D/emacs.log" 2>&1 || rc=$?
grep -E '^(PASS|FAIL) ' "$D/emacs.log" || true
# The log repeats the PASS/FAIL lines, which test.sh counts: indent it.
if [ $rc -ne 0 ]; then echo "--- emacs output"; sed 's/^/  | /' "$D/emacs.log"; fi
exit $rc
