#!/bin/sh
# record-tlc.sh runs real TLC on every golden spec of the model checker
# (internal/tlc/testdata/golden: each X.tla with an X.cfg beside it) and
# writes TLC's answer to X.tlc, which TestGolden reads; the tests need no
# Java.
#
#   TLA2TOOLS=/path/to/tla2tools.jar-or-classes scripts/record-tlc.sh [SPEC.tla...]
#   TLA2TOOLS=... scripts/record-tlc.sh -corpus ../shared/tlc-corpus
#
# With -corpus, it records TLC's output on each model of the shared TLC
# corpus that TLC does not pass (its manifest.jsonl's result is not
# success) into internal/tlc/testdata/corpustraces, which
# TestCorpusTraceText reads: the traces of real specs, as TLC prints them.
#
# TLA2TOOLS is the classpath of a TLC you have (tla2tools.jar, or classes
# compiled from tlaplus/tlaplus's tlatools/org.lamport.tlatools/src with
# their resources). Nothing is fetched or built here. With no SPEC, every
# golden spec is recorded.
#
# TLC runs with one worker and -fp 0: the counterexample TLC finds for a
# liveness property depends on its fingerprint function, which it
# otherwise picks at random on each run. Otherwise it runs as its command
# line does by default: it then also reads its _TLCTrace module (to write
# a counterexample's trace file), whose names come before the spec's
# strings in TLC's order of strings. It runs on a copy of the spec's
# folder, where it writes its trace files.
# X.tlc is TLC's own output, minus what changes from run
# to run (version banner, file paths, dates, timings, progress lines,
# fingerprint-collision estimates), after a first line giving TLC's exit
# status (0 success, 10 assumption, 11 deadlock, 12 safety, 13 liveness,
# 14 Assert, 75-77 evaluation error, 150+ spec or config error).
set -eu
cp=${TLA2TOOLS:?set TLA2TOOLS to tla2tools.jar or a folder of TLC classes}
java=${JAVA:-java}
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/../internal/tlc/testdata/golden
golden=$(cd "$golden" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# tlc_output prints TLC's output (file $1) without what changes from run
# to run, and with the model's folder ($2) taken out of paths.
tlc_output() {
  grep -v -E \
    -e '^TLC2 Version ' \
    -e '^Running (breadth-first|Random|depth-first)' \
    -e '^(Parsing|Loading) (file|module) ' \
    -e '^Semantic processing of module ' \
    -e '^Linting of module ' \
    -e '^(Starting SANY|SANY finished)' \
    -e '^Starting\.\.\. \(' \
    -e '^Computing initial states\.\.\.' \
    -e '^Finished computing initial states: ' \
    -e '^Finished in ' \
    -e '^Progress\(' \
    -e '^(Checking|Finished checking) temporal properties' \
    -e '^Implied-temporal checking' \
    -e '^Checking [0-9]+ branches' \
    -e '^Paging flight recorder' \
    -e '^Trace exploration spec path' \
    -e '^The average outdegree ' \
    -e '^ *Estimates of the probability' \
    -e '^ *because two distinct states had the same fingerprint' \
    -e '^ *(calculated|based on the actual fingerprints)' \
    -e '^Computed [0-9]+ initial states' \
    -e '^Warning: Please run the Java VM' \
    "$1" | sed -e "s|$2/||g"
}

if [ "${1:-}" = -corpus ]; then
  corpus=$(cd "${2:?usage: record-tlc.sh -corpus CORPUS_DIR}" && pwd)
  out=$here/../internal/tlc/testdata/corpustraces
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  # One model a line: path, config, result, library folders (a
  # manifest line's fields, read with sed: the script needs no JSON tool).
  sed -e 's/.*"path": "\([^"]*\)".*"config": "\([^"]*\)".*"result": "\([^"]*\)".*"libraryDirs": \[\([^]]*\)\].*/\1 \2 \3|\4/' \
    "$corpus/manifest.jsonl" | while read -r path config rest; do
    result=${rest%%|*}
    case $result in success) continue ;; esac
    libs=$(echo "${rest#*|}" | tr -d '" ' | tr ',' '\n' | sed -e "s|^|$corpus/|" | tr '\n' ':')
    rm -rf "$work/model"
    cp -r "$corpus/$(dirname "$path")" "$work/model"
    status=0
    (cd "$work/model" && "$java" -XX:+UseParallelGC -DTLA-Library="$libs" -cp "$cp" tlc2.TLC -workers 1 -fp 0 \
      -metadir "$work/states" -config "$(basename "$config")" "$(basename "$path")") >"$work/out" 2>&1 || status=$?
    name=$(echo "${path#specifications/}" | sed -e 's|/|_|g' -e 's|\.tla$||')
    {
      echo "TLC exit status $status"
      echo "Model: $path $config"
      tlc_output "$work/out" "$work/model"
    } >"$out/$name.tlc"
    echo "$name: exit $status"
  done
  echo "recorded in $out"
  exit 0
fi

if [ $# -eq 0 ]; then
  set -- "$golden"/*.tla
fi
n=0
for spec in "$@"; do
  spec=$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")
  base=${spec%.tla}
  [ -f "$base.cfg" ] || continue # a module the others use
  name=$(basename "$base")
  dir=$(dirname "$spec")
  # Each spec may pass extra TLC flags on a line "\* tlc-flags: ...".
  flags=$(sed -n 's/^\\\* tlc-flags: //p' "$spec" | head -n 1)
  status=0
  rm -rf "$work/model"
  mkdir -p "$work/model"
  cp "$dir"/*.tla "$dir"/*.cfg "$work/model/"
  # shellcheck disable=SC2086 # flags are words on purpose
  (cd "$work/model" && "$java" -XX:+UseParallelGC -cp "$cp" tlc2.TLC -workers 1 -fp 0 \
    -metadir "$work/states-$name" $flags -config "$name.cfg" "$name.tla") >"$work/out" 2>&1 || status=$?
  {
    echo "TLC exit status $status"
    tlc_output "$work/out" "$work/model"
  } >"$base.tlc"
  n=$((n + 1))
  echo "$name: exit $status"
done
echo "recorded $n golden answers in $golden"
