#!/bin/bash
# vscode-e2e.sh tests the VS Code extension in a real VS Code: code-server
# (installed by install-deps.sh) with the packaged .vsix, driven in headless
# Chromium by vscode/drive.js. The model is fakeopenai, a scripted
# OpenAI-compatible server on 127.0.0.1, answering with a spec that has a
# known error.
#
#   scripts/editors/vscode-e2e.sh [VSIX]
#
# Env: KEEP=1 keeps the temp dir; SHOTS=dir for the screenshots (default
# .cache/e2e-screenshots/vscode, emptied first); SCENARIOS=a,b runs only those;
# EXPECT_DIAG overrides the diagnostic text looked for in the Problems panel.
# Prints PASS/FAIL per scenario and the screenshots' paths; exits non-zero on
# any failure.
set -euo pipefail
# Go's caches stay where they are when HOME moves to the temp dir below.
export GOPATH=${GOPATH:-$(go env GOPATH)} GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)} GOCACHE=${GOCACHE:-$(go env GOCACHE)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/scripts/editors
CS=$ROOT/.cache/code-server/node_modules/.bin/code-server
VSIX=${1:-$ROOT/editors/vscode/tla-gen-lsp.vsix}
# The generated spec calls Decrement, which it never defines.
EXPECT_DIAG=${EXPECT_DIAG:-Unknown operator}

[ -x "$CS" ] || { echo "FAIL vscode/setup: $CS missing: run scripts/editors/install-deps.sh"; exit 1; }
[ -f "$VSIX" ] || { echo "FAIL vscode/setup: $VSIX missing: run scripts/editors/package-vscode.sh"; exit 1; }
[ -d "$HERE/vscode/node_modules/playwright-core" ] || (cd "$HERE/vscode" && npm ci --loglevel=error)

SHOTS=${SHOTS:-$ROOT/.cache/e2e-screenshots/vscode}
rm -rf "$SHOTS" && mkdir -p "$SHOTS"
D=$(mktemp -d "${TMPDIR:-/tmp}/tla-gen-vscode-e2e.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -- "-$p" 2>/dev/null || true; done
  if [ "${KEEP:-}" = 1 ]; then echo "kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

# HOME and XDG dirs in the temp dir: code-server and Chromium write there.
export HOME=$D/home XDG_CONFIG_HOME=$D/xdg-config XDG_DATA_HOME=$D/xdg-data XDG_CACHE_HOME=$D/xdg-cache
export TMPDIR=$D/tmp
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR" "$D/user/User" "$D/ext"

# The workspace: one folder per scenario, each with the source and, but
# for e/ (where the draft is generated), its draft.
WS=$D/ws
for dir in a b c d e f g; do
  mkdir -p "$WS/$dir"
  cp "$HERE/testdata/workspace/counter.go" "$WS/$dir/"
  [ "$dir" = e ] || cp "$HERE/testdata/workspace/counter.draft.md" "$WS/$dir/"
done
# m/: a spec and its model configuration, for the model-check scenario.
mkdir -p "$WS/m"
cp "$HERE/testdata/modelcheck/Bounded.tla" "$HERE/testdata/modelcheck/Bounded.cfg" "$WS/m/"
# n/: modules for the language features (outline, definition, hover, rename, quick fix).
mkdir -p "$WS/n" && cp "$HERE"/testdata/nav/*.tla "$WS/n/"

# fakeopenai, built from the checkout (FAKEOPENAI=binary overrides); prints
# its URL on its first line.
if [ -n "${FAKEOPENAI:-}" ]; then cp "$FAKEOPENAI" "$D/fakeopenai"; else
  (cd "$ROOT" && go build -o "$D/fakeopenai" ./internal/llm/llmtest/cmd/fakeopenai)
fi
start_fake() { # name reply-file extra-flags...; sets FAKE_URL
  local name=$1 reply=$2; shift 2
  setsid "$D/fakeopenai" -addr 127.0.0.1:0 -reply-file "$reply" "$@" >"$D/$name.out" 2>"$D/$name.log" &
  PIDS+=($!)
  local url=
  for _ in $(seq 1 100); do
    url=$(grep -o -m1 'http://127\.0\.0\.1:[0-9]*[^ ]*' "$D/$name.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "FAIL vscode/setup: fakeopenai ($name) printed no URL"; cat "$D/$name.log"; exit 1; }
  FAKE_URL=$url
}
# Scripts of the model servers (a .json list is answered in order, the last
# reply repeating): fast answers the broken spec at once, slow after a
# minute; repair answers the broken spec, then (2 s later) the repaired one; draft
# answers a draft analysis.
T=$HERE/testdata
node -e '
  const fs = require("fs");
  const [broken, repaired, draft, out] = process.argv.slice(1);
  const read = f => fs.readFileSync(f, "utf8");
  const write = (name, replies) => fs.writeFileSync(`${out}/${name}.json`, JSON.stringify(replies));
  write("fast", [{ text: read(broken) }]);
  write("slow", [{ text: read(broken), delay: 60e9 }]);
  // The repair comes after 2 s, so that the round shows in the editor.
  write("repair", [{ text: read(broken) }, { text: read(repaired), delay: 2e9 }]);
  write("draft", [{ text: read(draft) }]);
' "$T/model-answer.md" "$T/model-answer-repaired.md" "$T/workspace/counter.draft.md" "$D"
start_fake fast "$D/fast.json"; FAST_URL=$FAKE_URL
start_fake slow "$D/slow.json"; SLOW_URL=$FAKE_URL
start_fake repair "$D/repair.json"; REPAIR_URL=$FAKE_URL
start_fake draft "$D/draft.json"; DRAFT_URL=$FAKE_URL
echo "model servers: $FAST_URL (fast) $SLOW_URL (slow) $REPAIR_URL (repair) $DRAFT_URL (draft)"

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
# The settings point at a router that drive.js runs on ROUTER_PORT and
# switches between the model servers above, so that scenarios needing
# another script do not have to restart the client.
ROUTER_PORT=$(free_port)

cat >"$D/user/User/settings.json" <<EOF
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "tlaGen.baseURL": "http://127.0.0.1:$ROUTER_PORT/v1",
  "tlaGen.model": "e2e-model",
  "tlaGen.maxRepairRounds": 1,
  "tlaGen.modelCheckAfterGenerate": false
}
EOF

"$CS" --user-data-dir "$D/user" --extensions-dir "$D/ext" --install-extension "$VSIX" >"$D/install.log" 2>&1 \
  || { echo "FAIL vscode/install-extension"; cat "$D/install.log"; exit 1; }

PORT=$(free_port)
setsid "$CS" --auth none --bind-addr "127.0.0.1:$PORT" --user-data-dir "$D/user" --extensions-dir "$D/ext" \
  --disable-telemetry --disable-update-check --disable-workspace-trust "$WS" >"$D/code-server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

rc=0
CS_URL="http://127.0.0.1:$PORT/?folder=$WS" WS=$WS OUT_DIR=$SHOTS EXPECT_DIAG=$EXPECT_DIAG \
  SETTINGS=$D/user/User/settings.json ROUTER_PORT=$ROUTER_PORT \
  FAST_URL=$FAST_URL SLOW_URL=$SLOW_URL REPAIR_URL=$REPAIR_URL DRAFT_URL=$DRAFT_URL \
  node "$HERE/vscode/drive.js" || rc=$?
if [ $rc -ne 0 ]; then
  echo "--- code-server log (tail)"; tail -n 30 "$D/code-server.log"
  echo "--- extension host logs (tail)"
  find "$D/user/logs" -name '*TLA*Gen*' -o -name 'exthost.log' 2>/dev/null | while read -r f; do echo "## $f"; tail -n 30 "$f"; done
fi
echo "screenshots:"; ls -1 "$SHOTS"/*.png 2>/dev/null || echo "(none)"
exit $rc
