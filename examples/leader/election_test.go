package leader

import "testing"

func TestElectionWinsWithMajority(t *testing.T) {
	c := NewCluster(3)
	if role := c.Elect(1); role != Leader {
		t.Fatalf("node 1 is %s after an uncontested election: %s", role, c)
	}
	if role := c.Elect(2); role != Leader {
		t.Fatalf("node 2 did not win the next term: %s", c)
	}
	for term, ids := range c.Leaders() {
		if len(ids) > 1 {
			t.Fatalf("term %d has leaders %v", term, ids)
		}
	}
}

func TestNoSecondVoteInATerm(t *testing.T) {
	c := NewCluster(3)
	voter := c.nodes[3]
	if !voter.HandleVoteRequest(VoteRequest{Term: 1, Candidate: 1}).Granted {
		t.Fatal("first vote refused")
	}
	if voter.HandleVoteRequest(VoteRequest{Term: 1, Candidate: 2}).Granted {
		t.Fatal("a second candidate got a vote in the same term")
	}
}
