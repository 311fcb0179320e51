package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// executeCommandParams keeps the arguments raw: each command decodes its own.
type executeCommandParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments,omitempty"`
}

// handleExecuteCommand runs one of the commands in executeCommandProvider.
// The reply comes when the command is done, so $/cancelRequest on it (or
// cancelling its progress) stops the work.
func handleExecuteCommand(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p executeCommandParams
	if err := decodeParams("workspace/executeCommand", params, &p); err != nil {
		return nil, err
	}
	switch p.Command {
	case commandGenerateSpec:
		var args generateArgs
		if err := decodeFirstArg(p.Arguments, &args); err != nil {
			return nil, invalidParams(p.Command, err)
		}
		return s.generateSpec(ctx, args)
	case commandGenerateDraft:
		var args generateArgs
		if err := decodeFirstArg(p.Arguments, &args); err != nil {
			return nil, invalidParams(p.Command, err)
		}
		return s.generateDraft(ctx, draftArgs{URI: args.URI, Force: args.Force})
	case commandOpenLocation:
		var args locationArgs
		if len(p.Arguments) == 0 || json.Unmarshal(p.Arguments[0], &args) != nil || args.URI == "" {
			return nil, invalidParams(p.Command, fmt.Errorf("want {\"uri\": ..., \"range\": ...}"))
		}
		return s.openLocation(ctx, args)
	case commandShowGenerationLog:
		var args generateArgs
		if len(p.Arguments) > 0 {
			if err := decodeFirstArg(p.Arguments, &args); err != nil {
				return nil, invalidParams(p.Command, err)
			}
		}
		return s.showGenerationLog(ctx, args.URI)
	case commandCheckModule:
		var args generateArgs
		if err := decodeFirstArg(p.Arguments, &args); err != nil {
			return nil, invalidParams(p.Command, err)
		}
		return s.checkModule(ctx, args.URI)
	default:
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown command %q", p.Command)
	}
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
