---- MODULE LongFunctions ----
\* Long functions over model values and intervals as values: TLC's
\* layout, and its reader giving up on a model value with an underscore.
EXTENDS Integers, Sequences
CONSTANTS Nodes, Workers
VARIABLES table, owner, range, hist
Init == /\ table = [n \in Nodes |-> <<-1, "unassigned", {}>>]
        /\ owner = [w \in Workers |-> "none of the nodes has been assigned yet"]
        /\ range = 1..3
        /\ hist = <<>>
Next == \E n \in Nodes, w \in Workers :
          /\ table[n][1] = -1
          /\ table' = [table EXCEPT ![n] = <<0, "assigned", {w}>>]
          /\ owner' = [owner EXCEPT ![w] = n]
          /\ range' = 1..(Len(hist) + 2)
          /\ hist' = Append(hist, [node |-> n, worker |-> w, note |-> "an assignment that is long enough"])
NotDone == Len(hist) < 2
====
