// Package lock is a toy lock server.
package lock

import (
	"errors"
	"sync"
)

// ErrHeld is returned when the lock is taken. "{" in a comment.
var ErrHeld = errors.New("lock held: }")

// Server grants locks.
type Server struct {
	mu     sync.Mutex
	holder map[string]string
}

// TryAcquireLock grants name to client if it is free.
func (s *Server) TryAcquireLock(name, client string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if h, ok := s.holder[name]; ok && h != client {
		return ErrHeld
	}
	s.holder[name] = client
	return nil
}

func (s Server) release(name string) {
	delete(s.holder, name)
}

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

var handler = func() {}

func main() {
	s := &Server{holder: map[string]string{}}
	_ = s.TryAcquireLock("a", "b")
}
