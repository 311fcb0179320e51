#!/bin/bash
# package-vscode.sh builds the server into the extension (server/tla-gen-lsp),
# bundles the extension and writes editors/vscode/tla-gen-lsp.vsix.
# Needs the extension's node_modules (install-deps.sh runs npm ci).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXT=$ROOT/editors/vscode
cd "$ROOT"
mkdir -p "$EXT/server"
CGO_ENABLED=0 go build -trimpath -o "$EXT/server/tla-gen-lsp" ./cmd/tla-gen-lsp
cd "$EXT"
[ -d node_modules ] || npm ci --loglevel=error
npm run --silent typecheck
npm run --silent build -- --log-level=warning
npx vsce package --no-dependencies --allow-missing-repository --skip-license -o tla-gen-lsp.vsix </dev/null
echo "$EXT/tla-gen-lsp.vsix"
