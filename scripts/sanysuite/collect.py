#!/usr/bin/env python3
"""Collect SANY's own test inputs from a tlaplus/tlaplus checkout into a
folder of root .tla files (internal/sany/testdata/sanysuite).

    collect.py TLAPLUS_CHECKOUT OUT_DIR

Copied as they are (every .tla file, folders kept):
  tlatools/org.lamport.tlatools/test/tla2sany/semantic/error_corpus -> error_corpus/
  tlatools/org.lamport.tlatools/test/tla2sany/semantic/corpus       -> semantic_corpus/
  tlatools/org.lamport.tlatools/test-model                          -> test-model/
  general/tests                                                     -> general-tests/
Written from test sources:
  the syntax corpus (test/tla2sany/corpus/**/*.txt): one module per test, in
    syntax/<file>/<NNN>/<Module>.tla;
  TestLevelChecking's expressions, each in the module that test wraps it in,
    in level/<NNN>/Test.tla.
It fetches nothing; run it on a checkout you have.
"""
import os
import re
import shutil
import sys

TOOLS = "tlatools/org.lamport.tlatools"
COPIED = [
    (TOOLS + "/test/tla2sany/semantic/error_corpus", "error_corpus"),
    (TOOLS + "/test/tla2sany/semantic/corpus", "semantic_corpus"),
    (TOOLS + "/test-model", "test-model"),
    ("general/tests", "general-tests"),
]
HEADER = re.compile(r"^=+\|\|\|$")
DIVIDER = re.compile(r"^-+\|\|\|$")
MODULE_NAME = re.compile(r"-{4,}\s*MODULE\s+(\w+)")
LEVEL_CASE = re.compile(r'new LevelCheckingTestCase\("((?:[^"\\]|\\.)*)",\s*(true|false)\)')
LEVEL_MODULE = "---- MODULE Test ----\nCONSTANT c\nVARIABLE x\nop == %s\n===="


def copy_tree(src, dst):
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if name.endswith(".tla"):
                rel = os.path.relpath(os.path.join(root, name), src)
                os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
                shutil.copyfile(os.path.join(root, name), os.path.join(dst, rel))


def syntax_tests(path):
    """Yield the input of each test of a tree-sitter style corpus file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if not HEADER.match(lines[i]):
            i += 1
            continue
        i += 1
        while i < len(lines) and not HEADER.match(lines[i]):
            i += 1
        i += 1
        body = []
        while i < len(lines) and not DIVIDER.match(lines[i]):
            body.append(lines[i])
            i += 1
        yield "\n".join(body).strip("\n") + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    src, out = sys.argv[1], sys.argv[2]
    for rel, dst in COPIED:
        copy_tree(os.path.join(src, rel), os.path.join(out, dst))
    corpus = os.path.join(src, TOOLS, "test/tla2sany/corpus")
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            group = os.path.relpath(os.path.join(root, name[:-4]), corpus).replace(os.sep, "_")
            for n, text in enumerate(syntax_tests(os.path.join(root, name)), 1):
                m = MODULE_NAME.search(text)
                module = m.group(1) if m else "Test"
                write(os.path.join(out, "syntax", group, "%03d" % n, module + ".tla"), text)
    java = open(os.path.join(src, TOOLS, "test/tla2sany/semantic/TestLevelChecking.java"), encoding="utf-8").read()
    for n, m in enumerate(LEVEL_CASE.finditer(java), 1):
        expr = m.group(1).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        write(os.path.join(out, "level", "%03d" % n, "Test.tla"), LEVEL_MODULE % expr)


if __name__ == "__main__":
    main()
