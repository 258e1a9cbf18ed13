package gisabeam

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// funcSources returns the printed source of the named top-level functions of the Go files.
func funcSources(t *testing.T, names map[string]bool, files ...string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	out := map[string]string{}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0) // no comments: only the code counts
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !names[fd.Name.Name] {
				continue
			}
			var b bytes.Buffer
			if err := printer.Fprint(&b, fset, fd); err != nil {
				t.Fatal(err)
			}
			out[fd.Name.Name] = b.String()
		}
	}
	return out
}

// TestDecoderIsTheCommandsCopy checks that decode.go's functions are, code for code, those of
// the gisa command that `gisa batch` decodes with.
func TestDecoderIsTheCommandsCopy(t *testing.T) {
	names := map[string]bool{"decodeText": true, "decodeCP949": true, "decodeUTF16": true, "idString": true, "parseArticleLine": true}
	cmd := filepath.Join("..", "cmd", "gisa")
	want := funcSources(t, names, filepath.Join(cmd, "input.go"), filepath.Join(cmd, "analyze_input.go"))
	got := funcSources(t, names, "decode.go")
	for name := range names {
		switch {
		case want[name] == "":
			t.Errorf("%s is no longer in cmd/gisa: find where the command decodes now and copy it", name)
		case got[name] != want[name]:
			t.Errorf("%s differs from cmd/gisa's:\ncmd/gisa:\n%s\nbeam:\n%s", name, want[name], got[name])
		}
	}
}

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
		got, err := decodeText([]byte(c.in))
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("decodeText(%q) = %q, %v; want %q, error %v", c.in, got, err, c.want, c.wantErr)
		}
	}
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"id": 7, "title": "제목", "text": "본문"}`))
	f.Add([]byte("\xFF\xFE\x30\xAE"))
	f.Add([]byte("\xB1\xE2\xBB\xE7"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := decodeText(b); err == nil && !utf8.ValidString(s) {
			t.Errorf("decodeText(%q) = %q, not UTF-8", b, s)
		}
		if doc, err := parseArticleLine(b); err == nil && (!utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title)) {
			t.Errorf("parseArticleLine(%q) = %+v, not UTF-8", b, doc)
		}
	})
}
