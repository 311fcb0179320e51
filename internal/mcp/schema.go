package mcp

import (
	"encoding/json"
	"reflect"
	"strings"
)

// schema is the part of JSON Schema that describes tool arguments and
// answers.
type schema struct {
	Type                 any                `json:"type,omitempty"` // a name, or a list of names
	Description          string             `json:"description,omitempty"`
	Properties           map[string]*schema `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties any                `json:"additionalProperties,omitempty"` // false, or a *schema
	Items                *schema            `json:"items,omitempty"`
}

// schemaOverrides describe types whose JSON is their own (a MarshalJSON
// of their own), which the Go type alone does not show.
type schemaOverrides map[reflect.Type]*schema

// schemaFor infers the schema of t's JSON encoding as encoding/json
// writes it: a struct's exported fields by their json names (embedded
// structs' fields promoted), "omitempty" ones optional, the jsonschema
// tag as the description. A type with its own MarshalJSON, unless
// overridden, is described as any value: a schema must never reject what
// the type really encodes.
func schemaFor(t reflect.Type, overrides schemaOverrides) *schema {
	return (&schemaBuilder{overrides: overrides, seen: map[reflect.Type]bool{}, nulls: true}).of(t)
}

// inputSchemaFor is schemaFor for arguments: no type admits null (a
// client need not send null for an absent argument, and some clients
// pass the schema to model APIs that take only one type per property).
func inputSchemaFor(t reflect.Type) *schema {
	return (&schemaBuilder{seen: map[reflect.Type]bool{}}).of(t)
}

type schemaBuilder struct {
	overrides schemaOverrides
	seen      map[reflect.Type]bool // structs being described: a recursive type ends in a plain object
	// nulls: nil slices, maps and pointers are described as null or their
	// type, as encoding/json writes them.
	nulls bool
}

// orNull is typ, or [null, typ] when the builder describes nulls.
func (b *schemaBuilder) orNull(typ string) any {
	if b.nulls {
		return []string{"null", typ}
	}
	return typ
}

var marshalerType = reflect.TypeFor[json.Marshaler]()

func (b *schemaBuilder) of(t reflect.Type) *schema {
	if s, ok := b.overrides[t]; ok {
		return s
	}
	if t.Kind() == reflect.Pointer {
		s := b.of(t.Elem())
		if !b.nulls {
			return s
		}
		return nullable(s)
	}
	if t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType) {
		return &schema{}
	}
	switch t.Kind() {
	case reflect.Bool:
		return &schema{Type: "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &schema{Type: "integer"}
	case reflect.Float32, reflect.Float64:
		return &schema{Type: "number"}
	case reflect.String:
		return &schema{Type: "string"}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return &schema{Type: b.orNull("string")} // base64
		}
		return &schema{Type: b.orNull("array"), Items: b.of(t.Elem())}
	case reflect.Array:
		return &schema{Type: "array", Items: b.of(t.Elem())}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return &schema{}
		}
		return &schema{Type: b.orNull("object"), AdditionalProperties: b.of(t.Elem())}
	case reflect.Struct:
		if b.seen[t] {
			return &schema{Type: "object"}
		}
		b.seen[t] = true
		defer delete(b.seen, t)
		s := &schema{Type: "object", Properties: map[string]*schema{}, AdditionalProperties: false}
		b.fields(s, t)
		return s
	}
	return &schema{} // interfaces: any value
}

// fields adds t's fields to s, as encoding/json names them.
func (b *schemaBuilder) fields(s *schema, t reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				b.fields(s, ft)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		p := b.of(f.Type)
		if d := f.Tag.Get("jsonschema"); d != "" {
			c := *p
			c.Description = d
			p = &c
		}
		s.Properties[name] = p
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			s.Required = append(s.Required, name)
		}
	}
}

// nullable lets s also be null (a nil pointer). A schema without a type
// (any value) already admits null.
func nullable(s *schema) *schema {
	c := *s
	if t, ok := s.Type.(string); ok {
		c.Type = []string{"null", t}
	}
	return &c
}
