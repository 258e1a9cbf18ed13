package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gisa-nlp/gisa/tokenize"
)

func newTokenizeCmd() *cobra.Command {
	var (
		format       string
		spacePenalty bool
		userDict     string
	)
	cmd := &cobra.Command{
		Use:   "tokenize [FILE...]",
		Short: "Split Korean text into morphemes (mecab-ko-dic 2.1.1)",
		Long: `Split Korean text into morphemes with mecab-ko-dic 2.1.1. Each input line is analysed
as MeCab analyses a line. Reads the files named, or standard input when there are none; an
input that cannot be read or decoded is reported on standard error and the others go on.

Formats:
  text   one line per input line, eojeols separated by spaces, morphemes as surface/TAG joined by +
  json   one JSON object per input: {"input", "tokens": [{surface, pos, lemma, start, end, ...}]}
  mecab  MeCab's own output (surface<TAB>features, EOS after each line), to diff against mecab`,
		Example: `  echo '백상엽 대표는 8일 경기도 성남시에서 밝혔다.' | gisa tokenize
  gisa tokenize --format mecab --space-penalty=false article.txt | diff - <(mecab -d DIC article.txt)
  gisa tokenize --user-dict words.csv --format json article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := []tokenize.Option{tokenize.WithSpacePenalty(spacePenalty), tokenize.WithLog(cmd.ErrOrStderr())}
			if userDict != "" {
				u, err := tokenize.LoadUserDict(userDict)
				if err != nil {
					return err
				}
				opts = append(opts, tokenize.WithUserDict(u))
			}
			write, ok := tokenWriters[format]
			if !ok {
				return usageError{fmt.Errorf("unknown --format %q: want text, json or mecab", format)}
			}
			inputs, readErr := readInputs(args, cmd.InOrStdin())
			tk, err := tokenize.New(opts...)
			if err != nil {
				return err
			}
			size := 0
			for _, in := range inputs {
				size += len(in.text)
			}
			if size >= tokenize.BulkBytes {
				tk.PrepareBulk()
			}
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			for _, in := range inputs {
				if err := write(w, tk, in); err != nil {
					return fmt.Errorf("%s: %w", in.name, err)
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			return readErr // the inputs that could not be read, after the others
		},
	}
	f := cmd.Flags()
	f.StringVarP(&format, "format", "f", "text", "output format: text, json or mecab")
	f.BoolVar(&spacePenalty, "space-penalty", true, "apply mecab-ko's left-space penalty (off = plain MeCab 0.996)")
	f.StringVar(&userDict, "user-dict", "", "user dictionary CSV: surface,POS[,semantic class[,cost]]")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "mecab"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// tokenWriters write one input in each --format. The line formats tokenize line by line, so
// memory stays flat however long the input.
var tokenWriters = map[string]func(*bufio.Writer, *tokenize.Tokenizer, input) error{
	"text":  writeTokensText,
	"json":  writeTokensJSON,
	"mecab": writeTokensMeCab,
}

// eachLine tokenizes text one line at a time and calls fn with each line's tokens (offsets
// relative to the line), empty lines included, as MeCab does.
func eachLine(tk *tokenize.Tokenizer, text string, fn func([]tokenize.Token)) {
	var toks []tokenize.Token
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		toks = tk.AppendTokens(toks[:0], line)
		fn(toks)
		if !found {
			break
		}
		text = rest
	}
}

func writeTokensMeCab(w *bufio.Writer, tk *tokenize.Tokenizer, in input) error {
	var b []byte
	text := in.text
	for len(text) > 0 {
		line, rest, found := strings.Cut(text, "\n")
		b = tk.AppendMeCab(b[:0], line)
		w.Write(b)
		if !found {
			break
		}
		text = rest
	}
	return nil
}

func writeTokensText(w *bufio.Writer, tk *tokenize.Tokenizer, in input) error {
	eachLine(tk, in.text, func(line []tokenize.Token) {
		for i, t := range line {
			if i > 0 {
				if t.Eojeol != line[i-1].Eojeol {
					w.WriteByte(' ')
				} else {
					w.WriteByte('+')
				}
			}
			w.WriteString(t.Surface)
			w.WriteByte('/')
			w.WriteString(t.POS)
		}
		w.WriteByte('\n')
	})
	return nil
}

// jsonToken is a token as `gisa tokenize --format json` writes it: code point offsets in
// start/end as in the gisa/1 schema, byte offsets beside them.
type jsonToken struct {
	Surface    string     `json:"surface"`
	POS        string     `json:"pos"`
	Tag        string     `json:"tag"`
	Lemma      string     `json:"lemma"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	ByteStart  int        `json:"byte_start"`
	ByteEnd    int        `json:"byte_end"`
	Eojeol     int        `json:"eojeol"`
	Semantic   string     `json:"semantic,omitempty"`
	Type       string     `json:"type,omitempty"`
	Expression string     `json:"expression,omitempty"`
	Parts      []jsonPart `json:"parts,omitempty"`
	Unknown    bool       `json:"unknown,omitempty"`
	User       bool       `json:"user,omitempty"`
}

// jsonPart is one morpheme of an inflected or compound entry, with the lower-case keys of the
// rest of the output.
type jsonPart struct {
	Surface  string `json:"surface"`
	POS      string `json:"pos"`
	Semantic string `json:"semantic,omitempty"`
}

func writeTokensJSON(w *bufio.Writer, tk *tokenize.Tokenizer, in input) error {
	toks, err := tk.Tokenize(in.text)
	if err != nil {
		return err
	}
	out := struct {
		Input  string      `json:"input"`
		Tokens []jsonToken `json:"tokens"`
	}{Input: in.name, Tokens: make([]jsonToken, len(toks))}
	for i, t := range toks {
		out.Tokens[i] = jsonToken{
			Surface: t.Surface, POS: t.POS, Tag: t.Tag(), Lemma: t.Lemma,
			Start: t.Runes.Start, End: t.Runes.End, ByteStart: t.Start, ByteEnd: t.End,
			Eojeol: t.Eojeol, Semantic: t.Features.Semantic, Type: t.Features.Type,
			Expression: t.Features.Expression, Unknown: t.Unknown, User: t.User,
		}
		for _, p := range t.Parts {
			out.Tokens[i].Parts = append(out.Tokens[i].Parts, jsonPart{Surface: p.Surface, POS: p.POS, Semantic: p.Semantic})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
