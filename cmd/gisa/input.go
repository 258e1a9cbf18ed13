package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"

	"github.com/gisa-nlp/gisa/tokenize"
)

// input is one named text the user handed in.
type input struct {
	name string
	text string
}

// readInputs reads the named files, or stdin when there are none, as text (see decodeText).
// An input that cannot be decoded is an error naming the input and the byte offset.
func readInputs(args []string, stdin io.Reader) ([]input, error) {
	var out []input
	err := eachInput(args, stdin, func(name string, r *bufio.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		text, err := decodeText(b)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, input{name: name, text: text})
		return nil
	})
	return out, err
}

// eachInput opens the named files in turn, or stdin ("-" or no names), and calls fn with the
// input's display name (the path, or <stdin>) and a buffered reader over it. A directory
// stands for the regular files under it, in lexical order, hidden ones (.name) left out. It
// stops at the first error.
func eachInput(args []string, stdin io.Reader, fn func(name string, r *bufio.Reader) error) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, name := range args {
		if name == "-" {
			if err := fn("<stdin>", bufio.NewReaderSize(stdin, 1<<16)); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if !info.IsDir() {
			if err := eachFile(name, fn); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case path != name && strings.HasPrefix(d.Name(), "."):
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			case !d.Type().IsRegular():
				return nil
			}
			return eachFile(path, fn)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// eachFile calls fn with a buffered reader over the file at path.
func eachFile(path string, fn func(name string, r *bufio.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(path, bufio.NewReaderSize(f, 1<<16))
}

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText turns an input's bytes into UTF-8 text: UTF-8 with or without a byte order mark
// (dropped), UTF-16 with one, or EUC-KR/CP949 (common in Korean news archives) when the bytes
// are not UTF-8 but decode as CP949 without a single invalid sequence. Bytes that decode as
// neither are an error naming the first byte that is not UTF-8; they are never dropped.
func decodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		s := string(b[len(bomUTF8):])
		if err := tokenize.ValidateUTF8(s); err != nil {
			var ue *tokenize.InvalidUTF8Error
			if errors.As(err, &ue) {
				return "", &tokenize.InvalidUTF8Error{Offset: ue.Offset + len(bomUTF8)}
			}
			return "", err
		}
		return s, nil
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b)
	}
	s := string(b)
	if err := tokenize.ValidateUTF8(s); err != nil {
		if k, ok := decodeCP949(b); ok {
			return k, nil
		}
		return "", err
	}
	return s, nil
}

// decodeCP949 decodes EUC-KR/CP949 bytes, reporting false when any byte sequence is not
// CP949 (the decoder would replace it with U+FFFD, which CP949 cannot encode).
func decodeCP949(b []byte) (string, bool) {
	out, err := korean.EUCKR.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return string(out), true
}

// decodeUTF16 decodes UTF-16 text that starts with its byte order mark.
func decodeUTF16(b []byte) (string, error) {
	if len(b)%2 != 0 {
		return "", fmt.Errorf("UTF-16 input has an odd number of bytes (%d)", len(b))
	}
	big := bytes.HasPrefix(b, bomUTF16BE)
	units := make([]uint16, 0, len(b)/2-1)
	for i := 2; i < len(b); i += 2 {
		if big {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+1 >= len(units) || units[i+1] < 0xDC00 || units[i+1] >= 0xE000 {
				return "", fmt.Errorf("invalid UTF-16 at byte offset %d", 2+2*i)
			}
			i++
		case u >= 0xDC00 && u < 0xE000:
			return "", fmt.Errorf("invalid UTF-16 at byte offset %d", 2+2*i)
		}
	}
	var sb strings.Builder
	for _, r := range utf16.Decode(units) {
		sb.WriteRune(r)
	}
	return sb.String(), nil
}
