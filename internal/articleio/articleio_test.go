package articleio

import (
	"errors"
	"testing"
	"unicode/utf8"

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
