---- MODULE InstancesEdited ----
VARIABLES pc, x
I == INSTANCE CounterTranslationEdited
====
