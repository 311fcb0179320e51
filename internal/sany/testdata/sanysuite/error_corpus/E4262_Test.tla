When constructing a record, two fields with the same name cannot be defined.
---- MODULE E4262_Test ----
rcd == [
  def |-> 0,
  def |-> 0
]
====

