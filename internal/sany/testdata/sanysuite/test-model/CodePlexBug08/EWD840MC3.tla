---- MODULE EWD840MC3 ----
EXTENDS EWD840, TLC

const_123 == 4
===================