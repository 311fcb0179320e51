---- MODULE ExtendsEdited ----
EXTENDS CounterTranslationEdited
====
