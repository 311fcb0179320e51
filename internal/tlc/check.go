package tlc

import (
	"context"
	"errors"
)

// ErrNotImplemented is returned by Check until the engine lands.
var ErrNotImplemented = errors.New("tlc: the model checker is not built yet")

// Check loads the spec and its configuration, checks the model and
// returns its verdict. The error result is for trouble outside the spec
// (unreadable files, a cancelled ctx before anything ran); problems in the
// spec or the configuration are answered in the Result.
func Check(ctx context.Context, opts Options) (*Result, error) {
	return nil, ErrNotImplemented
}
