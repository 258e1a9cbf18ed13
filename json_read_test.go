package gisa

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	goldenfile "github.com/gisa-nlp/gisa/internal/golden"
)

// TestRecordRoundTrip: the gisa/1 record of each of the 53 news articles (../shared) unmarshals
// into an Analysis that marshals back to the same bytes, and its spans hold their texts in the
// rebuilt document. The seed article goes round with its tokens too.
func TestRecordRoundTrip(t *testing.T) {
	docs := newsDocuments(t)
	a := testAnalyzer(t)
	check := func(name string, res *Analysis) {
		t.Helper()
		want, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var back Analysis
		if err := json.Unmarshal(want, &back); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the record read back marshals differently: %s", name, goldenfile.FirstDiff(string(want), string(got)))
			return
		}
		for _, s := range back.Sentences {
			if back.Document[s.Start:s.End] != s.Text {
				t.Errorf("%s: sentence %q is %q in the rebuilt document", name, s.Text, back.Document[s.Start:s.End])
			}
		}
		for _, q := range back.Quotes {
			if back.Document[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote %q is %q in the rebuilt document", name, q.Text, back.Document[q.Start:q.End])
			}
		}
		if back.Title != "" && back.Document[back.Headline.Start:back.Headline.End] != back.Title {
			t.Errorf("%s: headline span holds %q, title %q", name, back.Document[back.Headline.Start:back.Headline.End], back.Title)
		}
	}
	for _, d := range docs {
		res, err := a.Analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		check(d.ID, res)
	}
	withTokens, err := New(WithTokens(true))
	if err != nil {
		t.Fatal(err)
	}
	seed := seedAnalysis(t)
	res, err := withTokens.Analyze(context.Background(), Document{ID: seed.ID, Text: seed.Document})
	if err != nil {
		t.Fatal(err)
	}
	check("seed with tokens", res)
}

// TestMarshalValueAndPointer: json.Marshal of an *Analysis and of an Analysis both write the
// gisa/1 record: the bytes MarshalJSON writes, with <, > and & escaped as json.Marshal escapes
// them (an Encoder with SetEscapeHTML(false) writes MarshalJSON's bytes exactly).
func TestMarshalValueAndPointer(t *testing.T) {
	res := seedAnalysis(t)
	want, err := res.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	byPointer, err1 := json.Marshal(res)
	byValue, err2 := json.Marshal(*res)
	var escaped bytes.Buffer
	json.HTMLEscape(&escaped, want)
	if err1 != nil || err2 != nil || !bytes.Equal(byPointer, escaped.Bytes()) || !bytes.Equal(byValue, escaped.Bytes()) {
		t.Errorf("json.Marshal(res) and json.Marshal(*res) differ from the record (%v %v):\n%.80s\n%.80s", err1, err2, byPointer, byValue)
	}
	if !strings.HasPrefix(string(byValue), `{"schema":"gisa/1","id":"seed-kakao.txt",`) {
		t.Errorf("record starts %.60s", byValue)
	}
	for _, v := range []any{res, *res} {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil || !bytes.Equal(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), want) {
			t.Errorf("%T through an Encoder without HTML escaping differs from MarshalJSON (%v)", v, err)
		}
	}
}

// TestSpeakerString: a quote's speaker prints as its name; no speaker prints as nothing.
func TestSpeakerString(t *testing.T) {
	res := seedAnalysis(t)
	var named, none int
	for _, q := range res.Quotes {
		got := fmt.Sprint(q.Speaker)
		switch {
		case q.Speaker == nil && got == "":
			none++
		case q.Speaker != nil && got == q.Speaker.Name && got != "":
			named++
		default:
			t.Errorf("quote %q: speaker prints %q", q.Text, got)
		}
	}
	if named == 0 || fmt.Sprint(res.Quotes[0].Speaker) != "백상엽" {
		t.Errorf("%d named speakers; the first prints %q, want 백상엽", named, fmt.Sprint(res.Quotes[0].Speaker))
	}
	var nobody *Speaker
	if s := fmt.Sprintf("%v|%s", nobody, nobody); s != "|" {
		t.Errorf("a nil speaker prints %q", s)
	}
}

// TestUnmarshalRecordErrors: what is not a gisa/1 record is refused with an error that names
// the place and the JSON kinds, never a Go type.
func TestUnmarshalRecordErrors(t *testing.T) {
	for in, want := range map[string]string{
		`[1]`: `gisa/1 record: column 1: a JSON array where an object belongs`,
		`{"schema":"gisa/1","id":"a","input":"a.txt","error":"a.txt: empty input"}`:               `gisa/1 record "a" is an error record: a.txt: empty input`,
		`{"schema":"gisa/2","id":"a"}`:                                                            `gisa/1 record: schema "gisa/2", want "gisa/1"`,
		`{"schema":"gisa/1","id":"a","sentences":[{"start":"0"}]}`:                                `gisa/1 record: column 51: "sentences.start": a JSON string where a whole number belongs`,
		`{"schema":"gisa/1","id":"a","figures":[{"value":"many"}]}`:                               `gisa/1 record: column 49: "figures.value": a JSON string where a number belongs`,
		`{"schema":"gisa/1","id":"a","quotes":[{"start":5,"end":2}]}`:                             `gisa/1 record: quotes[0]: span 5..2 is not within a document`,
		`{"schema":"gisa/1","id":"a","sentences":[{"start":0,"end":99999999,"text":"x"}]}`:        `gisa/1 record: sentences[0]: span 0..99999999 is not within a document`,
		`{"schema":"gisa/1","id":"a","sentences":[{"start":0,"end":1,"text":"x","kind":"poem"}]}`: `gisa/1 record: sentences[0]: kind "poem", want body, byline or caption`,
		`{"schema":"gisa/1","id":"a"`:                                                             `gisa/1 record: column 28: unexpected end of JSON input`,
	} {
		var a Analysis
		err := a.UnmarshalJSON([]byte(in)) // json.Unmarshal refuses broken JSON itself, before
		if err == nil || err.Error() != want {
			t.Errorf("%s:\n got %v\nwant %s", in, err, want)
		}
	}
}

// FuzzUnmarshalRecord reads arbitrary bytes as a record: no panic, and whatever reads marshals
// to a record that reads back to the same bytes.
func FuzzUnmarshalRecord(f *testing.F) {
	f.Add([]byte(`{"schema":"gisa/1","id":"a","title":"제목","sentences":[{"start":0,"end":2,"text":"제목","kind":"body"}],"entities":[],"quotes":[{"text":"좋다","start":4,"end":6,"kind":"direct","verb":"","stance":"","sentence":0,"speaker":null}],"figures":[],"summary":{"speakers":[],"claims":[],"facts":[],"keywords":[],"sentences":[{"index":0,"text":"제목"}]}}`))
	f.Add([]byte(`{"schema":"gisa/1","figures":[{"start":1,"end":3,"text":"가","value":1e21,"same_as":0}]}`))
	f.Add([]byte(`{"schema":"gisa/1","tokens":[{"surface":"가","start":0,"end":1}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var a Analysis
		if json.Unmarshal(in, &a) != nil {
			return
		}
		b, err := json.Marshal(a)
		if err != nil {
			return // a value JSON cannot hold
		}
		var again Analysis
		if err := json.Unmarshal(b, &again); err != nil {
			t.Fatalf("its own record does not read back: %v\n%s", err, b)
		}
		if b2, _ := json.Marshal(again); !bytes.Equal(b, b2) {
			t.Fatalf("record changes on a second round trip:\n%s\n%s", b, b2)
		}
	})
}
