package articleio

import (
	"testing"
	"unicode/utf8"
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
		{"\xFF\xFE\x00", "", true},
	} {
		got, err := DecodeText([]byte(c.in))
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("DecodeText(%q) = %q, %v; want %q, error %v", c.in, got, err, c.want, c.wantErr)
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
