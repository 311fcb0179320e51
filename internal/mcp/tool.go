package mcp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// tool is one registered tool: its description and how to call it.
type tool struct {
	info toolInfo
	call func(ctx context.Context, req *request, args json.RawMessage) (any, error)
}

// addTool registers a tool whose arguments decode into In and whose
// answer is Out; the schemas are inferred from the two types (overrides
// for types with a JSON encoding of their own). Arguments with unknown
// fields or of the wrong type are a tool error naming the field, as the
// input schema (additionalProperties false) promises.
func addTool[In, Out any](s *Server, info toolInfo, overrides schemaOverrides, handler func(context.Context, *request, In) (Out, error)) {
	info.InputSchema = inputSchemaFor(reflect.TypeFor[In]())
	info.OutputSchema = schemaFor(reflect.TypeFor[Out](), overrides)
	s.tools[info.Name] = &tool{info: info, call: func(ctx context.Context, req *request, args json.RawMessage) (any, error) {
		var in In
		if len(bytes.TrimSpace(args)) > 0 && string(bytes.TrimSpace(args)) != "null" {
			dec := json.NewDecoder(bytes.NewReader(args))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&in); err != nil {
				return nil, fmt.Errorf("invalid arguments for %s: %w", info.Name, err)
			}
		}
		return handler(ctx, req, in)
	}}
}
