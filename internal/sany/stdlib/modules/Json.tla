-------------------------------- MODULE Json --------------------------------
(* Declarations of SANY's standard module Json, for tla-gen-lsp.          *)
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

ToJson(value) == <<value>>
ToJsonArray(value) == <<value>>
ToJsonObject(value) == <<value>>
JsonSerialize(absoluteFilename, value) == TRUE
JsonDeserialize(absoluteFilename) == {}
ndJsonSerialize(absoluteFilename, value) == TRUE
ndJsonDeserialize(absoluteFilename) == {}
=============================================================================
