#!/usr/bin/env bash
# Measures the start-up cost of `tla-gen-lsp check` against a Go program
# that does nothing, side by side in one run (alternating, medians), and
# prints the ratio. The goal (issue 12 §5) is a ratio within 1.5.
# `tla-gen-lsp version` is measured too: it only starts the binary, so it
# tells the cost of starting (the runtime, every linked package's
# initialisation, the pages they touch) from the cost of checking; and a
# program that links only the dependencies the design requires
# (scripts/startup/floor.go: go.lsp.dev, go-openai with net/http, tiktoken)
# shows the floor under it.
#
#   scripts/startup.sh [-n RUNS] [-max-ratio R] [-build shipped|install] [FILE.tla]
#
# -build shipped (the default) builds both programs as the editor packages
# build the server (scripts/editors/package-vscode.sh: CGO_ENABLED=0,
# -trimpath, -ldflags=-s); -build install as `go install` does by default
# (with cgo where a C compiler is present, which makes the binary
# dynamically linked because of package net).
# FILE.tla defaults to a DieHard-sized spec written to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

n=200
max=0
build=shipped
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n=$2; shift 2 ;;
    -max-ratio) max=$2; shift 2 ;;
    -build) build=$2; shift 2 ;;
    *) break ;;
  esac
done
case "$build" in
  shipped) gobuild() { CGO_ENABLED=0 go build -trimpath -ldflags=-s "$@"; } ;;
  install) gobuild() { go build "$@"; } ;;
  *) echo "startup.sh: -build is shipped or install" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
spec=${1:-}
if [ -z "$spec" ]; then
  spec=$tmp/DieHard.tla
  cat >"$spec" <<'TLA'
---- MODULE DieHard ----
EXTENDS Naturals
VARIABLES big, small
TypeOK == /\ small \in 0..3
          /\ big \in 0..5
Init == /\ big = 0
        /\ small = 0
FillSmallJug == /\ small' = 3
                /\ big' = big
FillBigJug == /\ big' = 5
              /\ small' = small
EmptySmallJug == /\ small' = 0
                 /\ big' = big
EmptyBigJug == /\ big' = 0
               /\ small' = small
Min(m, n) == IF m < n THEN m ELSE n
SmallToBig == /\ big' = Min(big + small, 5)
              /\ small' = small - (big' - big)
BigToSmall == /\ small' = Min(big + small, 3)
              /\ big' = big - (small' - small)
Next == \/ FillSmallJug
        \/ FillBigJug
        \/ EmptySmallJug
        \/ EmptyBigJug
        \/ SmallToBig
        \/ BigToSmall
Spec == Init /\ [][Next]_<<big, small>>
NotSolved == big # 4
====
TLA
fi

mkdir -p "$tmp/empty"
printf 'package main\n\nfunc main() {}\n' >"$tmp/empty/main.go"
printf 'module empty\n\ngo 1.21\n' >"$tmp/empty/go.mod"
(cd "$tmp/empty" && gobuild -o "$tmp/empty-program" .)
gobuild -o "$tmp/tla-gen-lsp" ./cmd/tla-gen-lsp
gobuild -o "$tmp/floor" scripts/startup/floor.go
echo "build: $build"
go run scripts/startup/main.go -n "$n" -max-ratio "$max" -empty "$tmp/empty-program" -bin "$tmp/tla-gen-lsp" -floor "$tmp/floor" -- check "$spec"
