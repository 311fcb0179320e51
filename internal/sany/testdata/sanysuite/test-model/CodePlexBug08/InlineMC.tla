---- MODULE InlineMC ----
EXTENDS EWD840, TLC

===================