---- MODULE AliasLevel ----
\* TLCGet("level") in an ALIAS: each trace state's level.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1 \/ x' = x + 2
Small == x < 5
Alias == [x |-> x, level |-> TLCGet("level")]
====
