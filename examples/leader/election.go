// Package leader is a term-based leader election among a fixed set of
// nodes, in the style of Raft's election: a node that hears nothing becomes
// a candidate for a new term, asks the others for votes, and leads when a
// majority grants them. Nodes exchange messages through an in-memory
// network. It is an example input for tla-gen-lsp: election.draft.md beside
// it is its draft analysis.
package leader

import (
	"fmt"
	"sync"
)

// Role is what a node currently is.
type Role int

const (
	Follower Role = iota
	Candidate
	Leader
)

func (r Role) String() string {
	switch r {
	case Follower:
		return "follower"
	case Candidate:
		return "candidate"
	default:
		return "leader"
	}
}

// VoteRequest asks for a vote in a term.
type VoteRequest struct {
	Term      int
	Candidate int
}

// VoteReply answers a VoteRequest.
type VoteReply struct {
	Term    int
	Voter   int
	Granted bool
}

// Node is one participant. Its fields are guarded by mu.
type Node struct {
	mu          sync.Mutex
	id          int
	peers       []int
	currentTerm int
	votedFor    int // 0: no vote in currentTerm (node ids start at 1)
	role        Role
	votes       map[int]bool // votes received as a candidate in currentTerm
}

// Cluster is a set of nodes with a synchronous in-memory network.
type Cluster struct {
	nodes map[int]*Node
}

// NewCluster makes n nodes, ids 1..n, all followers in term 0.
func NewCluster(n int) *Cluster {
	c := &Cluster{nodes: map[int]*Node{}}
	for i := 1; i <= n; i++ {
		node := &Node{id: i, votes: map[int]bool{}}
		for j := 1; j <= n; j++ {
			if j != i {
				node.peers = append(node.peers, j)
			}
		}
		c.nodes[i] = node
	}
	return c
}

// Timeout makes node id start an election: it moves to a new term, votes
// for itself and returns the vote requests to send.
func (n *Node) Timeout() []VoteRequest {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.role == Leader {
		return nil
	}
	n.currentTerm++
	n.role = Candidate
	n.votedFor = n.id
	n.votes = map[int]bool{n.id: true}
	reqs := make([]VoteRequest, 0, len(n.peers))
	for range n.peers {
		reqs = append(reqs, VoteRequest{Term: n.currentTerm, Candidate: n.id})
	}
	return reqs
}

// stepDown adopts a newer term as a follower. The caller holds mu.
func (n *Node) stepDown(term int) {
	if term > n.currentTerm {
		n.currentTerm = term
		n.role = Follower
		n.votedFor = 0
		n.votes = map[int]bool{}
	}
}

// HandleVoteRequest grants a vote if the request's term is current and the
// node has not voted for another candidate in it.
func (n *Node) HandleVoteRequest(req VoteRequest) VoteReply {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.stepDown(req.Term)
	granted := req.Term == n.currentTerm && (n.votedFor == 0 || n.votedFor == req.Candidate)
	if granted {
		n.votedFor = req.Candidate
	}
	return VoteReply{Term: n.currentTerm, Voter: n.id, Granted: granted}
}

// HandleVoteReply counts a vote and makes the node leader on a majority.
func (n *Node) HandleVoteReply(rep VoteReply) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.stepDown(rep.Term)
	if n.role != Candidate || rep.Term != n.currentTerm || !rep.Granted {
		return
	}
	n.votes[rep.Voter] = true
	if isMajority(len(n.votes), len(n.peers)+1) {
		n.role = Leader
	}
}

// isMajority reports whether votes out of size is a strict majority.
func isMajority(votes, size int) bool { return 2*votes > size }

// State returns the node's term and role.
func (n *Node) State() (term int, role Role) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.currentTerm, n.role
}

// Elect runs one election started by candidate over the network, each
// peer answering in its own goroutine, and returns the candidate's role.
func (c *Cluster) Elect(candidate int) Role {
	cand := c.nodes[candidate]
	reqs := cand.Timeout()
	replies := make(chan VoteReply, len(reqs))
	var wg sync.WaitGroup
	for i, peer := range cand.peers {
		wg.Add(1)
		go func(to int, req VoteRequest) {
			defer wg.Done()
			replies <- c.nodes[to].HandleVoteRequest(req)
		}(peer, reqs[i])
	}
	wg.Wait()
	close(replies)
	for r := range replies {
		cand.HandleVoteReply(r)
	}
	_, role := cand.State()
	return role
}

// Leaders returns the leaders of each term, for checking election safety.
func (c *Cluster) Leaders() map[int][]int {
	out := map[int][]int{}
	for id, n := range c.nodes {
		if term, role := n.State(); role == Leader {
			out[term] = append(out[term], id)
		}
	}
	return out
}

// String describes the cluster for logs.
func (c *Cluster) String() string {
	s := ""
	for i := 1; i <= len(c.nodes); i++ {
		term, role := c.nodes[i].State()
		s += fmt.Sprintf("n%d:%s@%d ", i, role, term)
	}
	return s
}
