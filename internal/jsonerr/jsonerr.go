// Package jsonerr says what is wrong with a JSON text in the words of JSON, for people who
// wrote it: where (the column, or line and column), and which kind of value stands where
// another belongs. encoding/json's own messages name Go types ("cannot unmarshal array into Go
// value of type articleio.jsonArticle"), which mean nothing to them.
package jsonerr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Describe rewrites an error of json.Unmarshal (or of a json.Decoder) over data: a syntax error
// becomes "column C: <what>", a type error "column C: "field": a JSON array where a string
// belongs". Other errors are returned as they are.
func Describe(err error, data []byte) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		msg, at := se.Error(), se.Offset
		if msg == "unexpected end of JSON input" {
			at = int64(len(data)) + 1 // past the last byte
		}
		// encoding/json quotes the byte at fault as if it were a character ('ë' for the first
		// byte of 끝); name the character it begins by its code point (U+B05D), which says
		// which it is without putting the text itself into messages that end up in logs.
		if q := "invalid character '"; strings.HasPrefix(msg, q) && at >= 1 && at <= int64(len(data)) && data[at-1] >= utf8.RuneSelf {
			if end := strings.Index(msg[len(q):], "' "); end >= 0 {
				r, _ := utf8.DecodeRune(data[at-1:])
				msg = fmt.Sprintf("invalid character %U%s", r, msg[len(q)+end+1:])
			}
		}
		return fmt.Errorf("%s: %s", Place(data, at), msg)
	case errors.As(err, &te):
		field := ""
		if path := jsonPath(te.Field, data); path != "" {
			field = fmt.Sprintf(" %q:", path)
		}
		return fmt.Errorf("%s:%s %s where %s belongs", Place(data, valueStart(data, te.Offset)), field, found(te.Value), wanted(te.Type))
	}
	return err
}

// jsonPath is the dotted path of a type error's field in the names of the JSON text: the
// names of embedded Go structs, which encoding/json puts in the path too, are left out (a
// name that is no key of data).
func jsonPath(field string, data []byte) string {
	var keep []string
	for _, name := range strings.Split(field, ".") {
		if name != "" && bytes.Contains(data, []byte(`"`+name+`"`)) {
			keep = append(keep, name)
		}
	}
	return strings.Join(keep, ".")
}

// Check reports data that is not one JSON object: "a JSON array where an object belongs", or
// the syntax error; nil for an object (which may still hold values of the wrong kind).
func Check(data []byte) error {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return errors.New("no JSON object: the text is empty")
	}
	if trimmed[0] != '{' {
		if !json.Valid(data) {
			var v any
			return Describe(json.Unmarshal(data, &v), data)
		}
		return fmt.Errorf("%s: %s where an object belongs", Place(data, int64(len(data)-len(trimmed))+1), found(kindOf(trimmed[0])))
	}
	return nil
}

// Place names a byte offset of data as people count: "column C" within a line of one line,
// "line L, column C" in text of several, counting characters from 1. Offset n is the n-th
// byte (counted from 1), as encoding/json counts the bytes read up to the one at fault.
func Place(data []byte, offset int64) string {
	offset = max(1, min(offset, int64(len(data))+1))
	before := data[:offset-1]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	if line == 1 && bytes.IndexByte(data, '\n') < 0 {
		return fmt.Sprintf("column %d", col)
	}
	return fmt.Sprintf("line %d, column %d", line, col)
}

// valueStart returns the offset (counted as Place counts) of the first byte of the value at
// fault in a type error that encoding/json reports at offset: just past the opening of an
// array or object, past the closing quote of a string, past the end of a number, true, false
// or null.
func valueStart(data []byte, offset int64) int64 {
	offset = min(offset, int64(len(data)))
	i := offset - 1
	for i > 0 && strings.IndexByte(" \t\r\n", data[i]) >= 0 {
		i--
	}
	switch {
	case i >= 0 && (data[i] == '[' || data[i] == '{'):
		return i + 1 // an array or object: the offset is just past its opening
	case i > 0 && data[i] == '"':
		// A string: the offset is past its closing quote; go back to the opening one, over
		// escaped quotes.
		for j := i - 1; j >= 0; j-- {
			if data[j] != '"' {
				continue
			}
			k := j
			for k > 0 && data[k-1] == '\\' {
				k--
			}
			if (j-k)%2 == 0 {
				return j + 1
			}
		}
		return 1
	}
	// A number, true, false or null ends at offset: go back to its start.
	for i > 0 && strings.IndexByte(":,[ \t\r\n", data[i-1]) < 0 {
		i--
	}
	return i + 1
}

// found names a JSON value as encoding/json's UnmarshalTypeError.Value describes it.
func found(value string) string {
	kind, _, _ := strings.Cut(value, " ")
	switch kind {
	case "array", "object", "string", "number":
		return "a JSON " + kind
	case "bool":
		return "true or false"
	}
	return "a JSON " + value
}

// kindOf names the JSON value that starts with byte c.
func kindOf(c byte) string {
	switch {
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	}
	return "number"
}

// wanted names the JSON value that a Go type reads.
func wanted(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another value"
}
