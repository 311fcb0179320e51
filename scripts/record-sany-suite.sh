#!/bin/sh
# record-sany-suite.sh records real SANY's answers on the SANY test-suite
# set (internal/sany/testdata/sanysuite) into its manifest.jsonl, which
# TestSANYSuiteConformance reads; the tests need no Java.
#
#   scripts/record-sany-suite.sh TLA2SANY_CLASSPATH [SUITE_DIR]
#
# TLA2SANY_CLASSPATH: classes of tla2sany (with its standard modules under
# tla2sany/StandardModules), e.g. tla2tools.jar or a folder you compiled
# from tlaplus/tlaplus's tlatools/org.lamport.tlatools/src. Nothing is
# fetched or built here except our small driver, scripts/sanysuite/
# RecordSany.java, compiled against that classpath.
# The inputs come from a tlaplus/tlaplus checkout through
# scripts/sanysuite/collect.py (see its comment).
set -eu
cp=${1:?usage: record-sany-suite.sh TLA2SANY_CLASSPATH [SUITE_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
suite=${2:-$here/../internal/sany/testdata/sanysuite}
suite=$(cd "$suite" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -nowarn -d "$work" -cp "$cp" "$here/sanysuite/RecordSany.java"
(cd "$suite" && find . -name '*.tla' | sed 's|^\./||' | LC_ALL=C sort) >"$work/roots.txt"
java -Xss64m -cp "$cp:$work" RecordSany "$suite" <"$work/roots.txt" >"$work/manifest.jsonl"
mv "$work/manifest.jsonl" "$suite/manifest.jsonl"
echo "recorded $(wc -l <"$suite/manifest.jsonl") entries in $suite/manifest.jsonl"
