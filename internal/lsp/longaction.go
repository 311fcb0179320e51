package lsp

import (
	"context"
	"errors"

	"go.lsp.dev/jsonrpc2"
)

// requestFailed is LSP's RequestFailed: the request was valid but the
// work failed. Its message says why, for the editor to show.
const requestFailed jsonrpc2.Code = -32803

// longAction describes a command that runs for a while: one run per Key
// at a time (a second one is refused with Busy), reported with a
// cancellable $/progress titled Title.
type longAction struct {
	Key   string
	Title string
	Busy  string
}

// longWork does the work of a long action. It reports on progress; done
// is the progress's last message. ctx is cancelled by $/cancelRequest
// and by cancelling the progress in the editor.
type longWork func(ctx context.Context, progress *progressReporter) (result any, done string, err error)

// runLong runs work as the long action a. Its reply is the work's result,
// or an error: RequestFailed with the reason (and "already running" is
// such a failure), RequestCancelled when cancelled. Errors are replies,
// not message boxes: every editor shows a failed command.
func (s *Server) runLong(ctx context.Context, a longAction, work longWork) (any, error) {
	if !s.startGenerating(a.Key) {
		return nil, jsonrpc2.NewError(requestFailed, a.Busy)
	}
	defer s.stopGenerating(a.Key)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	progress := s.beginProgress(ctx, a.Title, cancel)
	result, done, err := work(ctx, progress)
	switch {
	case err != nil && ctx.Err() != nil:
		progress.end("Cancelled")
		return nil, jsonrpc2.NewError(requestCancelled, a.Title+": cancelled")
	case err != nil:
		progress.end("Failed")
		return nil, failed(s, err)
	}
	progress.end(done)
	return result, nil
}

// failed turns an error into the reply of a failed command (secrets
// redacted); JSON-RPC errors pass as they are.
func failed(s *Server, err error) error {
	var rpcErr *jsonrpc2.Error
	if errors.As(err, &rpcErr) {
		return err
	}
	return jsonrpc2.NewError(requestFailed, s.redact(err.Error()))
}
