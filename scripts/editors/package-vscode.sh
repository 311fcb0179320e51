#!/bin/bash
# package-vscode.sh builds the server into the extension, bundles the
# extension and packages it.
#
#   package-vscode.sh                 one package for this machine:
#                                     editors/vscode/tla-gen-lsp.vsix
#   package-vscode.sh --all [DIR]     one package per platform users have,
#                                     DIR/tla-gen-lsp-<target>.vsix (default
#                                     DIR: editors/vscode/dist), each holding
#                                     the server cross-compiled for it
#   package-vscode.sh --target T [DIR]  one of those
#
# Targets are vsce's: linux-x64 linux-arm64 darwin-x64 darwin-arm64 win32-x64.
# The server is built with CGO_ENABLED=0 into server/<target>/tla-gen-lsp[.exe],
# where the extension looks for it (src/serverCommand.ts).
# Needs the extension's node_modules (install-deps.sh runs npm ci).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXT=$ROOT/editors/vscode
ALL_TARGETS="linux-x64 linux-arm64 darwin-x64 darwin-arm64 win32-x64"

targets="" outdir=""
case "${1:-}" in
  --all) targets=$ALL_TARGETS; outdir=${2:-$EXT/dist} ;;
  --target) targets=${2:?--target needs a target}; outdir=${3:-$EXT/dist} ;;
  "") ;;
  *) echo "usage: $0 [--all [DIR] | --target TARGET [DIR]]" >&2; exit 2 ;;
esac

# goenv TARGET prints the GOOS and GOARCH of a vsce target.
goenv() {
  case "$1" in
    linux-x64) echo linux amd64 ;;
    linux-arm64) echo linux arm64 ;;
    darwin-x64) echo darwin amd64 ;;
    darwin-arm64) echo darwin arm64 ;;
    win32-x64) echo windows amd64 ;;
    *) echo "unknown target $1 (want one of: $ALL_TARGETS)" >&2; return 1 ;;
  esac
}

# build_server TARGET puts the server for TARGET in server/TARGET/.
build_server() {
  local os arch exe=""
  read -r os arch < <(goenv "$1") || exit 2
  [ "$os" = windows ] && exe=.exe
  (cd "$ROOT" && CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags=-s -o "$EXT/server/$1/tla-gen-lsp$exe" ./cmd/tla-gen-lsp)
}

cd "$EXT"
[ -d node_modules ] || npm ci --loglevel=error
npm run --silent typecheck
npm run --silent build -- --log-level=warning
rm -rf "$EXT/server"

if [ -z "$targets" ]; then
  host=$(cd "$ROOT" && go env GOOS GOARCH | paste -sd' ')
  case "$host" in
    "linux amd64") t=linux-x64 ;; "linux arm64") t=linux-arm64 ;;
    "darwin amd64") t=darwin-x64 ;; "darwin arm64") t=darwin-arm64 ;;
    "windows amd64") t=win32-x64 ;;
    *) echo "no VS Code target for $host" >&2; exit 2 ;;
  esac
  build_server "$t"
  npx vsce package --no-dependencies --allow-missing-repository --skip-license -o tla-gen-lsp.vsix </dev/null
  echo "$EXT/tla-gen-lsp.vsix"
  exit 0
fi

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
# Cross-compiling is the slow part: the servers are built two at a time
# (each go build is itself parallel), then packaged one by one.
pids=()
for t in $targets; do
  build_server "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
for t in $targets; do
  stash=$(mktemp -d)
  # Each package holds its own platform's server only.
  for other in $targets; do [ "$other" = "$t" ] || mv "$EXT/server/$other" "$stash/"; done
  npx vsce package --no-dependencies --allow-missing-repository --skip-license --target "$t" -o "$outdir/tla-gen-lsp-$t.vsix" </dev/null >/dev/null
  mv "$stash"/* "$EXT/server/" 2>/dev/null || true
  rmdir "$stash"
  echo "$outdir/tla-gen-lsp-$t.vsix"
done
