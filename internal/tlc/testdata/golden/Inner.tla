---- MODULE Inner ----
EXTENDS Naturals
CONSTANT K
Double == 2 * K
====
