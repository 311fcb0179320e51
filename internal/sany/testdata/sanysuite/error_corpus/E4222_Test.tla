If a module imports another module, this forms a chain of module dependencies
which cannot contain a cycle.
---- MODULE E4222_Test ----
EXTENDS E4222_Extended
====

