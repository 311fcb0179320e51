#!/bin/sh
# scaling.sh measures how modelcheck's 2-worker search scales on this
# machine, and how far the machine itself lets work scale: in each round,
# interleaved, it runs
#   alone - one 1-worker run;
#   pair  - two 1-worker runs at once, as separate processes (no shared
#           memory, no locks: what two cores give to independent work);
#   w2    - one 2-worker run;
# and prints the median wall times, the speed-up of 2 workers (alone/w2)
# and the ceiling set by the machine (2 * alone / pair: the throughput
# of the two independent runs over that of one). On a shared VM the two
# cores slow each other (caches, memory, the host), which the ceiling
# shows and no search can beat.
#
#   scripts/scaling.sh [-n ROUNDS] [SPEC.tla]
#
# The spec defaults to the largest model of the shared TLC corpus,
# MCLamportMutex; the binary is built from this checkout.
set -eu
rounds=5
if [ "${1:-}" = "-n" ]; then rounds=$2; shift 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$root/../shared/tlc-corpus/specifications/lamport_mutex/MCLamportMutex.tla}
[ -f "$spec" ] || { echo "scaling.sh: no spec $spec" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/tla-gen-lsp" ./cmd/tla-gen-lsp)
cd "$(dirname "$spec")"
name=$(basename "$spec")

# run LABEL WORKERS: one timed run, its wall time appended to LABEL's
# file (a spec that fails still times its run: time then writes its exit
# status on a line before the time).
run() {
	/usr/bin/time -f "%e" -o "$tmp/$1.time" "$tmp/tla-gen-lsp" modelcheck -workers "$2" "$name" >/dev/null 2>&1 || true
	tail -n1 "$tmp/$1.time" | tee "$tmp/$1.last" >>"$tmp/$1"
}
i=0
while [ $i -lt "$rounds" ]; do
	i=$((i + 1))
	run alone 1
	run pairA 1 &
	run pairB 1
	wait
	# A pair's time is that of the slower of its two runs.
	awk -v a="$(cat "$tmp/pairA.last")" -v b="$(cat "$tmp/pairB.last")" 'BEGIN { print (a > b ? a : b) }' >>"$tmp/pair"
	run w2 2
	echo "round $i: alone $(tail -n1 "$tmp/alone") s, pair $(tail -n1 "$tmp/pair") s, 2 workers $(tail -n1 "$tmp/w2") s" >&2
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
alone=$(median "$tmp/alone")
pair=$(median "$tmp/pair")
w2=$(median "$tmp/w2")
awk -v a="$alone" -v p="$pair" -v w="$w2" -v n="$rounds" -v s="$name" 'BEGIN {
	printf "%s, %d rounds, median wall: 1 worker %.2f s, two 1-worker runs at once %.2f s, 2 workers %.2f s\n", s, n, a, p, w
	printf "2 workers: %.2fx the rate of 1; the machine'"'"'s ceiling (2 x alone / pair): %.2fx\n", a / w, 2 * a / p
}'
