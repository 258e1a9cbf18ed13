package articleio

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/tokenize"
)

func TestDecodeText(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"\xEF\xBB\xBF기사", "기사", false},
		{"\xFF\xFE\x30\xAE\xAC\xC0", "기사", false},
		{"\xB1\xE2\xBB\xE7", "기사", false}, // EUC-KR
		{"기사 \x80", "", true},
		// UTF-8 cut in the middle of a character: an error, not CP949 nonsense.
		{"카카오엔터프라이즈 대표는 말했\xeb\x8b", "", true},
		// CP949 whose bytes start like a three-byte UTF-8 character (EA A1 B0) stays CP949.
		{"\xEA\xA1\xB0\xA1\xEA\xA1\xB0\xA1", "運가運가", false},
		{"\xFF\xFE\x00", "", true},
	} {
		got, err := DecodeText([]byte(c.in))
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("DecodeText(%q) = %q, %v; want %q, error %v", c.in, got, err, c.want, c.wantErr)
		}
	}
}

// A UTF-8 article cut anywhere inside its last character is reported at the cut.
func TestDecodeTextCutUTF8(t *testing.T) {
	text := "백상엽 카카오엔터프라이즈 대표는 초거대AI 시장이 열렸다고 말했다"
	for cut := 1; cut < 3; cut++ {
		b := []byte(text)[:len(text)-cut]
		_, err := DecodeText(b)
		var ue *tokenize.InvalidUTF8Error
		if !errors.As(err, &ue) || ue.Offset != len(text)-3 {
			t.Errorf("cut %d bytes short: error %v, want invalid UTF-8 at byte offset %d", cut, err, len(text)-3)
		}
	}
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"id": 7, "title": "제목", "text": "본문"}`))
	f.Add([]byte("\xFF\xFE\x30\xAE"))
	f.Add([]byte("\xB1\xE2\xBB\xE7"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := DecodeText(b); err == nil && !utf8.ValidString(s) {
			t.Errorf("DecodeText(%q) = %q, not UTF-8", b, s)
		}
		if doc, err := ParseArticleLine(b); err == nil && (!utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title)) {
			t.Errorf("ParseArticleLine(%q) = %+v, not UTF-8", b, doc)
		}
	})
}

// FuzzParseFlat holds ParseArticleLine's fast path to encoding/json's: whatever line the fast
// path reads, encoding/json reads without error into the same document.
func FuzzParseFlat(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"제목","text":"본문이다."}`,
		`{"id": 7, "source": "http://x", "title": "제목", "text": "첫 줄\n둘째 줄 \"인용\" \\ \/ \t"}`,
		`{"id":"s","sentences":["가", "나\"]"], "summary": null, "summary_idx": [0, 2], "text":"x"}`,
		`{"id":-1.5e3,"text":"\ud83d\ude00 \ud800 \udc00x \u00e9\u0000"}`,
		`{"ID":"x","text":"y"}`, `{"id":"a","text":"b","text":"c"}`, `{"id":"a","title":null,"text":"b"}`,
		`{"id":"a","text":"b"} x`, `{"id":"a","text":"b",}`, `{"id":"a","meta":{"k":[1,{"z":"}"}]},"text":"b"}`,
		`{"id":true,"text":"b"}`, `{"id":01,"text":"b"}`, "{\"text\":\"a\tb\"}", `{"text":"\x"}`, `{"text":"\u12"}`,
		` {"text":""} `, `{}`, `{"id":"a"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) {
			return
		}
		fast, ok := parseFlat(line)
		if !ok {
			return
		}
		slow, err := parseArticle(line, true)
		if err != nil || fast != slow {
			t.Errorf("%q: fast path %+v, encoding/json %+v, %v", line, fast, slow, err)
		}
	})
}

// The fast path reads the lines of ../shared's corpora and the like, with escapes and members
// of other kinds, and gives up on a key in other letter case.
func TestParseFlat(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
		want gisa.Document
	}{
		{`{"id": "w1", "date": "2009-01-20", "title": "제목", "text": "첫 줄\n\"둘째\" 줄", "sentences": ["첫 줄"], "summary": null}`,
			true, gisa.Document{ID: "w1", Title: "제목", Text: "첫 줄\n\"둘째\" 줄"}},
		{`{"id":3,"text":"\ud55c\uAE00 \ud83d\ude00"}`, true, gisa.Document{ID: "3", Text: "한글 😀"}},
		{`{"Text":"본문"}`, false, gisa.Document{}},
		{`{"id":"a","title":"제목"}`, false, gisa.Document{}},
	} {
		got, ok := parseFlat([]byte(c.line))
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseFlat(%s) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}
