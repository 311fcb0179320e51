If the top-level module in a .tla source file does not match the filename, it
should be an error.
---- MODULE Not_Named_E4221_Test ----
====

