package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// Commands the server executes.
const (
	commandGenerateSpec      = "tlaGen.generateSpec"
	commandCheckModule       = "tlaGen.checkModule"
	commandShowGenerationLog = "tlaGen.showGenerationLog"
	commandGenerateDraft     = "tlaGen.generateDraft"
	commandOpenLocation      = "tlaGen.openLocation"
	commandGenerateConfig    = "tlaGen.generateConfig"
	commandModelCheck        = "tlaGen.modelCheck"
	commandFixTrace          = "tlaGen.fixTrace"
)

// commandHandler runs one command with its raw arguments.
type commandHandler func(ctx context.Context, s *Server, args []json.RawMessage) (any, error)

// commandTable is every command the server executes, in the order
// initialize advertises them: the one list both the advertisement
// (executeCommandProvider) and the dispatch (handleExecuteCommand) read,
// so that neither can name a command the other does not know.
var commandTable = []struct {
	name string
	run  commandHandler
}{
	{commandGenerateSpec, withURI(commandGenerateSpec, false, (*Server).generateSpec)},
	{commandCheckModule, withURI(commandCheckModule, false, func(s *Server, ctx context.Context, a generateArgs) (any, error) {
		return s.checkModule(ctx, a.URI)
	})},
	{commandShowGenerationLog, withURI(commandShowGenerationLog, true, func(s *Server, ctx context.Context, a generateArgs) (any, error) {
		return s.showGenerationLog(ctx, a.URI)
	})},
	{commandGenerateDraft, withURI(commandGenerateDraft, false, func(s *Server, ctx context.Context, a generateArgs) (any, error) {
		return s.generateDraft(ctx, draftArgs{URI: a.URI, Force: a.Force})
	})},
	{commandOpenLocation, func(ctx context.Context, s *Server, args []json.RawMessage) (any, error) {
		var a locationArgs
		if len(args) == 0 || json.Unmarshal(args[0], &a) != nil || a.URI == "" {
			return nil, invalidParams(commandOpenLocation, fmt.Errorf("want {\"uri\": ..., \"range\": ...}"))
		}
		return s.openLocation(ctx, a)
	}},
	{commandGenerateConfig, withURI(commandGenerateConfig, false, (*Server).generateConfig)},
	{commandModelCheck, withURI(commandModelCheck, false, (*Server).modelCheck)},
	{commandFixTrace, withURI(commandFixTrace, false, (*Server).fixTrace)},
}

// commandNames lists the commands to advertise.
func commandNames() []string {
	names := make([]string, len(commandTable))
	for i, c := range commandTable {
		names[i] = c.name
	}
	return names
}

// withURI adapts a command whose single argument is {"uri": ...} (or the
// URI alone); optional lets the argument be absent.
func withURI(name string, optional bool, run func(s *Server, ctx context.Context, a generateArgs) (any, error)) commandHandler {
	return func(ctx context.Context, s *Server, args []json.RawMessage) (any, error) {
		var a generateArgs
		if len(args) > 0 || !optional {
			if err := decodeFirstArg(args, &a); err != nil {
				return nil, invalidParams(name, err)
			}
		}
		return run(s, ctx, a)
	}
}

// executeCommandParams keeps the arguments raw: each command decodes its own.
type executeCommandParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments,omitempty"`
}

// handleExecuteCommand runs one of the commands of commandTable. The
// reply comes when the command is done, so $/cancelRequest on it (or
// cancelling its progress) stops the work.
func handleExecuteCommand(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p executeCommandParams
	if err := decodeParams("workspace/executeCommand", params, &p); err != nil {
		return nil, err
	}
	for _, c := range commandTable {
		if c.name == p.Command {
			return c.run(ctx, s, p.Arguments)
		}
	}
	return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown command %q", p.Command)
}

// decodeFirstArg decodes a command's single argument: an object with a
// "uri" field, or just the URI as a string.
func decodeFirstArg(args []json.RawMessage, v *generateArgs) error {
	if len(args) == 0 {
		return fmt.Errorf("missing argument {\"uri\": ...}")
	}
	raw := bytes.TrimSpace(args[0])
	if len(raw) > 0 && raw[0] == '"' {
		return json.Unmarshal(raw, &v.URI)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return err
	}
	if v.URI == "" {
		return fmt.Errorf("missing \"uri\"")
	}
	return nil
}

// checkResult is tlaGen.checkModule's reply.
type checkResult struct {
	Errors int `json:"errors"`
}

// checkModule checks a .tla file now, open or not, and publishes the result.
func (s *Server) checkModule(ctx context.Context, u protocol.DocumentURI) (any, error) {
	path, ok := pathFromURI(u)
	if !ok || !isTLAPath(path) {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s: not a .tla file", u)
	}
	n, err := s.diags.check(ctx, path, true)
	if err != nil {
		return nil, err
	}
	return checkResult{Errors: n}, nil
}
