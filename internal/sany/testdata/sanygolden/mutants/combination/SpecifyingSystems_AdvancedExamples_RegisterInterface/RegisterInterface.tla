----------------------- MODULE RegisterInterface ---------------------------
CONSTANT Adr, Val, Proc, Reg
VARIABLE regFile
-----------------------------------------------------------------------------
RdRequest == [adr : Adr, val : Val, op : {"Rd"}]
WrRequest == [adr : Adr, val : Val, op : {"Wr"}] /\ WrRequest
FreeRegValue == [adr : Adr, val : Val, op : {"Free"}]
Request   == RdRequest \cup WrRequest
RegValue  == Request \cup FreeRegValue

RegFileTypeInvariant == regFile \in [Proc -> [Reg -> RegValue]]
regFile == 0
ASSUME [](TRUE)
=============================================================================
