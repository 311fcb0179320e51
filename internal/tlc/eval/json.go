package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// The Json module's operators, as TLC evaluates them: its TLA+
// definitions are placeholders, CommunityModules' Java override
// (tlc2.overrides.Json, on Gson) does the work. The JSON text is Gson's
// compact form: records (and functions whose domain is not 1..n) become
// objects in the order TLC prints them, keys that are not strings
// printed as TLA+ values; sequences and sets become arrays (sets in
// their normal order); strings and model values become strings.

// jsonOp returns the native form of a Json operator, or nil.
func jsonOp(name string, arity int, at src) nativeOp {
	switch {
	case name == "ToJson" && arity == 1:
		return func(c *Ctx, a []Value) Value {
			return c.m.Interner.String(string(jsonNode(c, at, a[0], nil)))
		}
	case name == "ToJsonArray" && arity == 1:
		return func(c *Ctx, a []Value) Value {
			return c.m.Interner.String(string(jsonArrayNode(c, at, a[0], nil)))
		}
	case name == "ToJsonObject" && arity == 1:
		return func(c *Ctx, a []Value) Value {
			return c.m.Interner.String(string(jsonObjectNode(c, at, a[0], nil)))
		}
	case name == "JsonSerialize" && arity == 2:
		return func(c *Ctx, a []Value) Value {
			path := toStr(at, a[0])
			v := strict(c, at, a[1])
			if f, ok := v.(*value.Func); !ok || !(f.IsSeq() || f.HasStringDomain()) {
				failModule(at, "The second argument of JsonSerialize should be a sequence or record, but instead it is:\n%s", value.Ppr(v))
			}
			writeJSONFile(c, at, path, jsonNode(c, at, v, nil))
			return value.True
		}
	case name == "ndJsonSerialize" && arity == 2:
		return func(c *Ctx, a []Value) Value {
			path := toStr(at, a[0])
			v := strict(c, at, a[1])
			f, ok := v.(*value.Func)
			if !ok || !f.IsSeq() {
				failModule(at, "The second argument of ndJsonSerialize should be a sequence, but instead it is:\n%s", value.Ppr(v))
			}
			var text []byte
			for _, e := range f.Vals {
				text = jsonNode(c, at, e, text)
				text = append(text, '\n')
			}
			writeJSONFile(c, at, path, text)
			return value.True
		}
	case name == "JsonDeserialize" && arity == 1:
		return func(c *Ctx, a []Value) Value {
			text := readJSONFile(at, toStr(at, a[0]))
			dec := json.NewDecoder(bytes.NewReader(text))
			dec.UseNumber()
			return jsonValue(c, at, dec)
		}
	case name == "ndJsonDeserialize" && arity == 1:
		return func(c *Ctx, a []Value) Value {
			text := readJSONFile(at, toStr(at, a[0]))
			var out []Value
			sc := bufio.NewScanner(bytes.NewReader(text))
			sc.Buffer(nil, len(text)+1)
			for sc.Scan() {
				// Blank lines are skipped (the ndjson spec, and TLC).
				line := strings.TrimSpace(sc.Text())
				if line == "" {
					continue
				}
				dec := json.NewDecoder(strings.NewReader(line))
				dec.UseNumber()
				out = append(out, jsonValue(c, at, dec))
			}
			return value.Tuple(out)
		}
	}
	return nil
}

// jsonNode appends v's JSON to b (Json.getNode).
func jsonNode(c *Ctx, at src, v Value, b []byte) []byte {
	c.poll()
	switch x := strict(c, at, v).(type) {
	case value.Bool:
		return strconv.AppendBool(b, bool(x))
	case value.Int:
		return strconv.AppendInt(b, int64(x), 10)
	case *value.Str:
		return appendJSONString(b, x.S)
	case *value.ModelVal:
		return appendJSONString(b, value.Print(x))
	case *value.Func:
		if x.IsSeq() {
			return jsonArray(c, at, x.Vals, b)
		}
		return jsonObject(c, at, x, b)
	}
	if v.Kind() == value.KindSet {
		return jsonArray(c, at, jsonElements(at, v), b)
	}
	fail(at, "Cannot convert value: unsupported value type (%s):\n%s", kindName(v), value.Ppr(v))
	return nil
}

// jsonArrayNode is Json.getArrayNode: a sequence or a set as an array,
// another function as an object.
func jsonArrayNode(c *Ctx, at src, v Value, b []byte) []byte {
	switch x := strict(c, at, v).(type) {
	case *value.Func:
		if x.IsSeq() {
			return jsonArray(c, at, x.Vals, b)
		}
		if x.HasStringDomain() {
			// TLC answers a record with an error and a function with
			// string arguments with an object; the two are one value here.
			panic(&Unsupported{What: "ToJsonArray of a record", Pos: at.position()})
		}
		return jsonObject(c, at, x, b)
	}
	if v.Kind() == value.KindSet {
		return jsonArray(c, at, jsonElements(at, v), b)
	}
	fail(at, "Cannot convert value: unsupported value type (%s):\n%s", kindName(v), value.Ppr(v))
	return nil
}

// jsonObjectNode is Json.getObjectNode: a record or function as an object
// (a sequence as an array, but for a tuple written <<...>>, which TLC
// turns into an object keyed "0", "1", ...: the two are one value here).
func jsonObjectNode(c *Ctx, at src, v Value, b []byte) []byte {
	x, ok := strict(c, at, v).(*value.Func)
	if !ok {
		fail(at, "Cannot convert value: unsupported value type (%s):\n%s", kindName(v), value.Ppr(v))
	}
	if x.IsSeq() {
		panic(&Unsupported{What: "ToJsonObject of a sequence", Pos: at.position()})
	}
	return jsonObject(c, at, x, b)
}

func jsonElements(at src, set Value) []Value {
	if !value.IsFinite(set) {
		fail(at, "Cannot convert value: the set %s is not enumerable.", value.Ppr(set))
	}
	return value.Elements(set)
}

func jsonArray(c *Ctx, at src, elems []Value, b []byte) []byte {
	b = append(b, '[')
	for i, e := range elems {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonNode(c, at, e, b)
	}
	return append(b, ']')
}

func jsonObject(c *Ctx, at src, f *value.Func, b []byte) []byte {
	b = append(b, '{')
	for i := 0; i < f.Len(); i++ {
		if i > 0 {
			b = append(b, ',')
		}
		key := f.DomainAt(i)
		if s, ok := key.(*value.Str); ok {
			b = appendJSONString(b, s.S)
		} else {
			b = appendJSONString(b, value.Print(key))
		}
		b = append(b, ':')
		b = jsonNode(c, at, f.Vals[i], b)
	}
	return append(b, '}')
}

// appendJSONString quotes s as Gson's JsonWriter does (not HTML-safe):
// the quote and the backslash escaped, \t \b \n \r \f by name, other
// control characters and U+2028, U+2029 as \u00XX / \u2028.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\f':
			b = append(b, '\\', 'f')
		case '\u2028', '\u2029':
			b = fmt.Appendf(b, "\\u%04x", r)
		default:
			if r < 0x20 {
				b = fmt.Appendf(b, "\\u%04x", r)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return append(b, '"')
}

// writeJSONFile writes text to path as TLC does (a relative path is
// relative to the working directory, missing folders are made), but
// atomically: a temporary file in the same folder, then a rename. Runs
// of several workers write one at a time (TLC's methods are
// synchronized).
func writeJSONFile(c *Ctx, at src, path string, text []byte) {
	c.m.fileMu.Lock()
	defer c.m.fileMu.Unlock()
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(at, "JsonSerialize could not write %s: %v", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		fail(at, "JsonSerialize could not write %s: %v", path, err)
	}
	_, err = tmp.Write(text)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		fail(at, "JsonSerialize could not write %s: %v", path, err)
	}
}

func readJSONFile(at src, path string) []byte {
	text, err := os.ReadFile(path)
	if err != nil {
		fail(at, "Could not read the JSON file %s: %v", path, err)
	}
	return text
}

// jsonValue reads one JSON value as TLC's Json.getValue converts it:
// arrays to tuples, objects to records, numbers to integers, strings,
// booleans; null is an error.
func jsonValue(c *Ctx, at src, dec *json.Decoder) Value {
	tok, err := dec.Token()
	if err != nil {
		fail(at, "Malformed JSON: %v", jsonErr(err))
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			var elems []Value
			for dec.More() {
				elems = append(elems, jsonValue(c, at, dec))
			}
			dec.Token() // ]
			return value.Tuple(elems)
		case '{':
			var names []*value.Str
			var vals []Value
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					fail(at, "Malformed JSON: %v", jsonErr(err))
				}
				names = append(names, c.m.Interner.String(k.(string)))
				vals = append(vals, jsonValue(c, at, dec))
			}
			dec.Token() // }
			if len(names) == 0 {
				return value.EmptyTuple
			}
			return value.Record(names, vals)
		}
	case bool:
		return value.Bool(t)
	case string:
		return c.m.Interner.String(t)
	case json.Number:
		// Gson's getAsInt: the number's int value (a fraction truncated).
		if n, err := strconv.ParseInt(string(t), 10, 64); err == nil {
			return jsonInt(at, n)
		}
		if f, err := strconv.ParseFloat(string(t), 64); err == nil {
			return jsonInt(at, int64(f))
		}
	}
	fail(at, "Cannot convert value: unsupported JSON value %v", tok)
	return nil
}

func jsonErr(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// jsonInt is a JSON number as a TLC integer (32 bits).
func jsonInt(at src, n int64) Value {
	if n < value.MinInt || n > value.MaxInt {
		failModule(at, "Overflow when computing a JSON number; TLC's integers are 32-bit.")
	}
	return value.Int(n)
}
