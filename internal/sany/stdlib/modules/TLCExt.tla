------------------------------- MODULE TLCExt -------------------------------
(* Declarations of SANY's standard module TLCExt, for tla-gen-lsp.        *)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

AssertEq(a, b) == <<a, b>>
AssertError(err, exp) == <<err>>
TLCGetOrDefault(key, defaultVal) == {}
TLCGetAndSet(key, Op(_, _), val, defaultVal) == {}
Trace == TRUE
CounterExample == TRUE
ToTrace(CE) == TRUE
TLCModelValue(str) == <<str>>
TLCDefer(expression) == TRUE
TLCNoOp(val) == <<val>>
PickSuccessor(exp) == <<exp>>
TLCCache(expression, closure) == <<expression>>
TLCFP(var) == {}
TLCEvalDefinition(definitionName) == TRUE
=============================================================================
