---- MODULE Channel ----
EXTENDS Naturals, Sequences
CONSTANT Data
VARIABLE chan

TypeInvariant == chan \in Seq(Data)

Init == chan = <<>>
Send(d) == chan' = Append(chan, d)
Rcv == chan # <<>> /\ chan' = Tail(chan)
Next == (\E d \in Data : Send(d)) \/ Rcv
Spec == Init /\ [][Next]_chan
Live == WF_chan(Rcv)
Peek == IF chan = <<>> THEN CHOOSE d \in Data : TRUE ELSE Head(chan)
====
