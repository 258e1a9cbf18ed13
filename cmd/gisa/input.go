package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gisa-nlp/gisa/tokenize"
)

// input is one named text the user handed in.
type input struct {
	name string
	text string
}

// readInputs reads the named files, or stdin when there are none, as UTF-8 text. An input that
// is not valid UTF-8 is an error naming the input and the byte offset.
func readInputs(args []string, stdin io.Reader) ([]input, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var out []input
	for _, name := range args {
		var b []byte
		var err error
		if name == "-" {
			name = "<stdin>"
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			return nil, err
		}
		text := string(b)
		if err := tokenize.ValidateUTF8(text); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, input{name: name, text: text})
	}
	return out, nil
}
