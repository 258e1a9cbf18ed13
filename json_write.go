package gisa

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// appendJSON appends the gisa/1 record of a to b, field by field in the order and with the
// names of docs/SCHEMA.md. It writes what encoding/json writes for the record's Go shape
// (json_reference_test.go keeps that shape as the reference), without reflection or the
// intermediate record: the encoder was the largest cost of writing an analysis.
func (a *Analysis) appendJSON(b []byte) ([]byte, error) {
	w := jsonWriter{b: b, ix: newRuneIndex(a.Document)}
	w.kv(`{"schema":`, Schema)
	w.kv(`,"id":`, a.ID)
	w.kv(`,"title":`, a.Title)
	w.raw(`,"sentences":[`)
	for i, s := range a.Sentences {
		w.comma(i)
		w.span('{', s.Span)
		w.kv(`,"text":`, s.Text)
		w.kv(`,"kind":`, s.Kind.String())
		w.raw(`}`)
	}
	w.raw(`],"entities":[`)
	for i, e := range a.Entities {
		w.comma(i)
		w.kv(`{"name":`, e.Name)
		w.kv(`,"type":`, e.Type)
		w.kv(`,"title":`, e.Title)
		w.kv(`,"org":`, e.Org)
		w.raw(`,"mentions":[`)
		for k, m := range e.Mentions {
			w.comma(k)
			w.mention(m.Text, m.Span)
		}
		w.raw(`]}`)
	}
	w.raw(`],"quotes":[`)
	for i, q := range a.Quotes {
		w.comma(i)
		w.kv(`{"text":`, q.Text)
		w.span(',', q.Span)
		w.kv(`,"kind":`, q.Kind)
		w.kv(`,"verb":`, q.Verb)
		w.kv(`,"stance":`, q.Stance)
		w.kvInt(`,"sentence":`, q.Sentence)
		w.raw(`,"speaker":`)
		if sp := q.Speaker; sp != nil {
			w.kv(`{"name":`, sp.Name)
			w.kv(`,"title":`, sp.Title)
			w.kv(`,"org":`, sp.Org)
			w.raw(`,"mention":`)
			w.mention(sp.Mention.Text, sp.Mention.Span)
			w.raw(`}`)
		} else {
			w.raw(`null`)
		}
		if q.Unclosed {
			w.raw(`,"unclosed":true`)
		}
		w.raw(`}`)
	}
	w.raw(`],"figures":[`)
	for i, f := range a.Figures {
		w.comma(i)
		w.kv(`{"text":`, f.Text)
		w.span(',', f.Span)
		w.raw(`,"value":`)
		w.float(f.Value)
		if f.ValueTo != nil {
			w.raw(`,"value_to":`)
			w.float(*f.ValueTo)
		}
		w.kv(`,"unit":`, f.Unit)
		w.kv(`,"kind":`, f.Kind)
		w.kv(`,"measure":`, f.Measure)
		w.kv(`,"qualifier":`, f.Qualifier)
		w.kv(`,"subject":`, f.Subject)
		w.kv(`,"speaker":`, f.Speaker)
		w.kvInt(`,"sentence":`, f.Sentence)
		if f.SameAs >= 0 && f.SameAs < len(a.Figures) {
			w.kvInt(`,"same_as":`, f.SameAs)
		}
		w.raw(`}`)
	}
	w.raw(`],"summary":`)
	w.summary(&a.Summary)
	if len(a.Tokens) > 0 {
		w.raw(`,"tokens":[`)
		for i, t := range a.Tokens {
			w.comma(i)
			w.kv(`{"surface":`, t.Surface)
			w.kv(`,"pos":`, t.POS)
			w.kv(`,"lemma":`, t.Lemma)
			w.span(',', t.Span)
			w.raw(`}`)
		}
		w.raw(`]`)
	}
	w.raw(`}`)
	return w.b, w.err
}

// summary appends the "summary" object; lists the summary leaves nil are written as [].
func (w *jsonWriter) summary(s *summarize.Summary) {
	w.raw(`{"speakers":[`)
	for i, sp := range s.Speakers {
		w.comma(i)
		w.kv(`{"name":`, sp.Name)
		w.kv(`,"title":`, sp.Title)
		w.kv(`,"org":`, sp.Org)
		w.kvInt(`,"quotes":`, sp.Quotes)
		w.raw(`}`)
	}
	w.raw(`],"claims":[`)
	for i, c := range s.Claims {
		w.comma(i)
		w.kv(`{"speaker":`, c.Speaker)
		w.kv(`,"text":`, c.Text)
		w.kvInt(`,"quote":`, c.Quote)
		w.raw(`}`)
	}
	w.raw(`],"facts":[`)
	for i, f := range s.Facts {
		w.comma(i)
		w.kv(`{"subject":`, f.Subject)
		w.kv(`,"measure":`, f.Measure)
		w.raw(`,"value":`)
		w.float(f.Value)
		w.kv(`,"unit":`, f.Unit)
		w.optStr(`,"qualifier":`, f.Qualifier)
		if p := f.Period; p != nil {
			w.raw(`,"period":{"value":`)
			w.float(p.Value)
			w.kv(`,"unit":`, p.Unit)
			w.optStr(`,"qualifier":`, p.Qualifier)
			w.raw(`}`)
		}
		w.optStr(`,"comparison":`, f.Comparison)
		w.raw(`,"figures":[`)
		for k, n := range f.Figures {
			w.comma(k)
			w.int(n)
		}
		w.kvInt(`],"sentence":`, f.Sentence)
		w.raw(`}`)
	}
	w.raw(`],"keywords":[`)
	for i, k := range s.Keywords {
		w.comma(i)
		w.str(k)
	}
	w.raw(`],"sentences":[`)
	for i, st := range s.Sentences {
		w.comma(i)
		w.kvInt(`{"index":`, st.Index)
		w.kv(`,"text":`, st.Text)
		w.raw(`}`)
	}
	w.raw(`]}`)
}

// jsonWriter appends one record's JSON to b; the first error (a value JSON cannot hold) sticks.
type jsonWriter struct {
	b   []byte
	ix  runeIndex
	err error
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

// comma separates the elements of a list: before every one but the first.
func (w *jsonWriter) comma(i int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
}

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// kv appends a key (with its punctuation, `,"name":`) and a string value.
func (w *jsonWriter) kv(key, s string) {
	w.raw(key)
	w.str(s)
}

// kvInt appends a key and a number.
func (w *jsonWriter) kvInt(key string, n int) {
	w.raw(key)
	w.int(n)
}

// span appends "start" and "end" in code points, after open ('{' to start an object, ',' to
// go on with one).
func (w *jsonWriter) span(open byte, s tokenize.Span) {
	w.b = append(w.b, open)
	w.kvInt(`"start":`, w.ix.at(s.Start))
	w.kvInt(`,"end":`, w.ix.at(s.End))
}

// mention appends a {"text","start","end"} object.
func (w *jsonWriter) mention(text string, s tokenize.Span) {
	w.kv(`{"text":`, text)
	w.span(',', s)
	w.raw(`}`)
}

// optStr appends key and s unless s is empty (omitempty).
func (w *jsonWriter) optStr(key, s string) {
	if s != "" {
		w.kv(key, s)
	}
}

// float appends f as encoding/json does: ES6 number formatting, an exponent only below 1e-6
// or from 1e21, without a padded exponent. NaN and infinities have no JSON form.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %v", f)
		}
		w.b = append(w.b, '0')
		return
	}
	abs, format := math.Abs(f), byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' { // e-09 → e-9
		if n := len(w.b); n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// str appends s as a JSON string, escaped as encoding/json escapes it with HTML escaping off:
// quotes, backslashes and control characters; U+2028 and U+2029; invalid bytes as U+FFFD.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		if r, ok := utf8fast.ThreeByte(s, i); ok && r != '\u2028' && r != '\u2029' {
			i += 3 // Hangul and the rest of U+1000..U+D7FF but the two separators: valid, kept as they are
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

const hexDigits = "0123456789abcdef"
