---- MODULE Pipe ----
\* Instantiated by InstanceLevels.tla.
CONSTANT Data
VARIABLE buf
Init == buf = <<>>
Put(d) == buf' = <<d>>
Full == buf # <<>>
====
