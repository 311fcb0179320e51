If a symbol is already defined, its name cannot be re-used as a function.
---- MODULE E4201_Function_Test ----
f == 0
f[x \in {}] == 0
====

