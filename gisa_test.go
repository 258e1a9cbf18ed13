package gisa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	goldenfile "github.com/gisa-nlp/gisa/internal/golden"
	"github.com/gisa-nlp/gisa/internal/mapfile"
	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	analyzerOnce sync.Once
	analyzer     *Analyzer
	analyzerErr  error
)

// testAnalyzer returns the package's shared Analyzer (the dictionary loads once).
func testAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() { analyzer, analyzerErr = New() })
	if analyzerErr != nil {
		tb.Fatal(analyzerErr)
	}
	return analyzer
}

// seedAnalysis analyses testdata/seed-kakao.txt as plain text, with the id gisa analyze gives
// the file.
func seedAnalysis(t *testing.T) *Analysis {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := testAnalyzer(t).Analyze(context.Background(), Document{ID: "seed-kakao.txt", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got)
}

func TestSeedGoldenJSON(t *testing.T) {
	// Encoded as gisa analyze --format json writes it (no HTML escaping: R&D stays R&D).
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(seedAnalysis(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "seed-kakao.analysis.json", buf.Bytes())
}

func TestSeedGoldenReport(t *testing.T) {
	var buf bytes.Buffer
	if err := seedAnalysis(t).WriteReport(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "seed-kakao.report", buf.Bytes())
}

// TestSeedRecord checks the parts of the seed's record that do not depend on the stages'
// quality: the headline, the sentences, and the offsets contract.
func TestSeedRecord(t *testing.T) {
	res := seedAnalysis(t)
	if want := `백상엽 "국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다"`; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
	if len(res.Sentences) != 18 {
		t.Errorf("%d sentences, want 18 (the headline and 17)", len(res.Sentences))
	}
	rec := marshalRecord(t, res)
	checkOffsets(t, res.Document, rec)
	for _, k := range []string{"schema", "id", "title", "sentences", "entities", "quotes", "figures", "summary"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("record has no %q", k)
		}
	}
	if _, ok := rec["tokens"]; ok {
		t.Error("tokens written without WithTokens")
	}
	for _, k := range []string{"entities", "quotes", "figures"} {
		if _, ok := rec[k].([]any); !ok {
			t.Errorf("%q is %T, want a list", k, rec[k])
		}
	}
	sum := rec["summary"].(map[string]any)
	for _, k := range []string{"speakers", "claims", "facts", "keywords", "sentences"} {
		if _, ok := sum[k].([]any); !ok {
			t.Errorf("summary.%s is %T, want a list", k, sum[k])
		}
	}
}

// TestTokensOffsets checks WithTokens and the code point offsets of every token against a
// title that arrives separately.
func TestTokensOffsets(t *testing.T) {
	testAnalyzer(t) // load the dictionary once
	a, err := New(WithTokens(true))
	if err != nil {
		t.Fatal(err)
	}
	doc := Document{ID: "t", Title: "“AI 전쟁” 선언", Text: "백상엽 대표는 “GPT-3.5 대비 10배 저렴하다”고 밝혔다.\n\n(사진=카카오)"}
	res, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if res.Document != doc.Title+"\n"+doc.Text || res.Title != doc.Title {
		t.Errorf("Document %q, Title %q", res.Document, res.Title)
	}
	rec := marshalRecord(t, res)
	toks, _ := rec["tokens"].([]any)
	if len(toks) != len(res.Text.Tokens) || len(toks) == 0 {
		t.Fatalf("%d tokens in JSON, %d in the analysis", len(toks), len(res.Text.Tokens))
	}
	checkOffsets(t, res.Document, rec)
	runes := []rune(res.Document)
	for i, x := range toks {
		tok := x.(map[string]any)
		s, e := int(tok["start"].(float64)), int(tok["end"].(float64))
		if got := string(runes[s:e]); got != tok["surface"] {
			t.Errorf("token %d: document[%d:%d] = %q, surface %q", i, s, e, got, tok["surface"])
		}
	}
	last := res.Sentences[len(res.Sentences)-1]
	if last.Text != "(사진=카카오)" || last.Kind != tokenize.Caption {
		t.Errorf("last sentence %q kind %v, want the caption", last.Text, last.Kind)
	}
}

// marshalRecord marshals res and decodes it generically.
func marshalRecord(t *testing.T, res *Analysis) map[string]any {
	t.Helper()
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

// checkOffsets walks the record and checks document[start:end] == text, in code points, for
// every object that has all three.
func checkOffsets(t *testing.T, document string, rec any) {
	t.Helper()
	runes := []rune(document)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			s, okS := v["start"].(float64)
			e, okE := v["end"].(float64)
			text, okT := v["text"].(string)
			if okS && okE && okT {
				if s < 0 || e < s || int(e) > len(runes) {
					t.Errorf("%s: span [%v,%v) outside the document (%d code points)", path, s, e, len(runes))
				} else if got := string(runes[int(s):int(e)]); got != text {
					t.Errorf("%s: document[%v:%v] = %q, text %q", path, s, e, got, text)
				}
			}
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			for i, x := range v {
				walk(path+"["+strconv.Itoa(i)+"]", x)
			}
		}
	}
	walk("", rec)
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		doc     Document
		title   string
		wantDoc string
	}{
		{Document{Text: "\n  제목 줄  \r\n\n본문이다."}, "제목 줄", "\n  제목 줄  \r\n\n본문이다."},
		{Document{Text: "한 줄뿐인 기사다."}, "", "한 줄뿐인 기사다."},
		{Document{Text: "제목\n   \n"}, "", "제목\n   \n"},
		{Document{Title: " 제목 ", Text: "본문."}, "제목", " 제목 \n본문."},
		// A first line that ends a sentence, or holds one, or is a paragraph's length, is body.
		{Document{Text: "정부는 5일 밝혔다.\n그는 말했다."}, "", "정부는 5일 밝혔다.\n그는 말했다."},
		{Document{Text: "그는 “좋다.” 이어 말했다\n본문."}, "", "그는 “좋다.” 이어 말했다\n본문."},
		{Document{Text: strings.Repeat("가", 65) + "\n본문."}, "", strings.Repeat("가", 65) + "\n본문."},
		// Ellipses, decimal points and abbreviations are no sentence endings.
		{Document{Text: "대국민 기자회견.. “헌법 가치 훼손”\n본문."}, "대국민 기자회견.. “헌법 가치 훼손”", "대국민 기자회견.. “헌법 가치 훼손”\n본문."},
		{Document{Text: "GPT-3.5 터보, 10배 싸다...\n본문."}, "GPT-3.5 터보, 10배 싸다...", "GPT-3.5 터보, 10배 싸다...\n본문."},
		{Document{Text: "U.S.A 투자 1억 달러?\n본문."}, "U.S.A 투자 1억 달러?", "U.S.A 투자 1억 달러?\n본문."},
		{Document{Text: strings.Repeat("가", 64) + "\n본문."}, strings.Repeat("가", 64), strings.Repeat("가", 64) + "\n본문."},
	}
	for _, tc := range tests {
		src, h, err := tc.doc.source()
		if err != nil {
			t.Fatal(err)
		}
		if src != tc.wantDoc || src[h.Start:h.End] != tc.title {
			t.Errorf("%+v: document %q headline %q, want %q %q", tc.doc, src, src[h.Start:h.End], tc.wantDoc, tc.title)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	a := testAnalyzer(t)
	for _, tc := range []struct {
		doc  Document
		want string
	}{
		{Document{Text: "기사\xff본문"}, "invalid UTF-8 at byte offset 6"},
		{Document{Title: "제목", Text: "본문\xc3"}, "text: invalid UTF-8 at byte offset 6"},
		{Document{Title: "\xed\xa0\x80", Text: "본문"}, "title: invalid UTF-8 at byte offset 0"},
		// a lead byte closing the title is the title's; a text invalid from its first byte
		{Document{Title: "제목\xe2\x80", Text: "본문"}, "title: invalid UTF-8 at byte offset 6"},
		{Document{Title: "제목", Text: "\xff본문"}, "text: invalid UTF-8 at byte offset 0"},
	} {
		_, err := a.Analyze(context.Background(), tc.doc)
		var ue *tokenize.InvalidUTF8Error
		if err == nil || err.Error() != tc.want || !errors.As(err, &ue) {
			t.Errorf("Analyze(%q): error %v, want %q", tc.doc, err, tc.want)
		}
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testAnalyzer(t).Analyze(ctx, Document{Text: "본문이다."}); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

// TestConcurrent analyses the same articles from several goroutines and expects the records
// of a sequential run (run it with -race).
func TestConcurrent(t *testing.T) {
	a := testAnalyzer(t)
	docs := []Document{
		{ID: "1", Title: "카카오, 초거대AI 경쟁", Text: "백 대표는 “뒤지지 않겠다”고 밝혔다. 챗GPT는 5일 만에 100만 명을 모았다."},
		{ID: "2", Text: "지카바이러스\n연구진은 수컷 쥐에게 지카바이러스를 감염시켰다. 2주 뒤 무게는 25mg 미만으로 줄었다."},
		{ID: "3", Text: "[서울=뉴시스] 홍길동 기자 = 정부는 3.5% 성장을 전망했다."},
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		res, err := a.Analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				for i, d := range docs {
					res, err := a.Analyze(context.Background(), d)
					if err != nil {
						t.Error(err)
						return
					}
					if b, _ := json.Marshal(res); string(b) != want[i] {
						t.Errorf("doc %s: concurrent result differs", d.ID)
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestArticlesOffsets runs every article of ../shared/data/news/articles.jsonl and checks the
// offsets contract on each record.
func TestArticlesOffsets(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	a := testAnalyzer(t)
	docs := newsDocuments(t)
	for _, d := range docs {
		res, err := a.Analyze(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		checkOffsets(t, res.Document, marshalRecord(t, res))
	}
	if len(docs) < 50 {
		t.Errorf("only %d articles", len(docs))
	}
}

func TestFormatNumber(t *testing.T) {
	for v, want := range map[float64]string{10000000: "10,000,000", 0.1: "0.1", 2.5: "2.5", 999: "999", 1000: "1,000", -1234.5: "-1,234.5"} {
		if got := formatNumber(v); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestTwoBodyParagraphs: a plain text of two body paragraphs has no headline, and the quotes of
// its first paragraph are found as those of the second: none is lost to a headline. The text is
// two paragraphs of testdata/seed-kakao.txt.
func TestTwoBodyParagraphs(t *testing.T) {
	text := "백상엽 카카오엔터프라이즈 대표는 8일 경기도 성남시 카카오 판교아지트에서 열린 '제3차 인공지능 전략대화'에서 " +
		"전 세계적으로 초거대AI 기술 고도화 경쟁이 분주한 가운데, 국내 기업들도 경쟁에 뒤지지 않겠다는 의지를 밝혔다.\n" +
		"백 대표는 “다행히도 우리나라는 AI에 대한 인식이 굉장히 빨라, 카카오와 네이버, SKT, LG, KT 등 대기업들의 자본으로 " +
		"거대 모델을 잘 만들어왔다”면서도 “아쉬운 점은 챗GPT와 같이 이용 가능한 상태 수준의 완성도로 공개하지는 못했다는 것이다. " +
		"상당히 후회하고 있고, 최선을 다해 쫓아가 보고자 한다”고 피력했다.\n"
	res, err := testAnalyzer(t).Analyze(context.Background(), Document{ID: "two", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "" || len(res.Sentences) != 2 {
		t.Fatalf("title %q, %d sentences: want no headline and two body sentences", res.Title, len(res.Sentences))
	}
	want := map[string]string{
		"국내 기업들도 경쟁에 뒤지지 않겠다": "밝혔다",
		"다행히도 우리나라는 AI에 대한 인식이 굉장히 빨라, 카카오와 네이버, SKT, LG, KT 등 대기업들의 자본으로 거대 모델을 잘 만들어왔다":   "피력했다",
		"아쉬운 점은 챗GPT와 같이 이용 가능한 상태 수준의 완성도로 공개하지는 못했다는 것이다. 상당히 후회하고 있고, 최선을 다해 쫓아가 보고자 한다": "피력했다",
	}
	for _, q := range res.Quotes {
		if verb, ok := want[q.Text]; ok && q.Verb == verb {
			delete(want, q.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("quotes not found (with their verb): %q\ngot %+v", want, res.Quotes)
	}
}

// TestNewCacheDir: gisa.New(WithCacheDir(dir)) reads the compiled dictionary and tagger table
// from dir. The test hands dir symbolic links to the files of the default cache (compiling them
// would take seconds): both are checked in full there (the stamps they leave in dir show it),
// nothing is compiled, and the analysis is the same. Hard links would change the files' change
// time (their link count), which is part of the identity their stamps record: every later
// process would check the 111 MB dictionary in full again.
func TestNewCacheDir(t *testing.T) {
	want := seedAnalysis(t) // the default cache is filled by now
	def, err := mapfile.CacheDir()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(def, "*"))
	for _, f := range files {
		if strings.HasSuffix(f, ".checked") || strings.HasPrefix(filepath.Base(f), ".") {
			continue
		}
		if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Skipf("cannot link the default cache's files: %v", err)
		}
	}
	var log bytes.Buffer
	a, err := New(WithCacheDir(dir), WithLog(&log))
	if err != nil {
		t.Fatal(err)
	}
	if log.Len() > 0 {
		t.Errorf("New with a filled cache directory said %q", log.String())
	}
	for _, pattern := range []string{"mecab-ko-dic-*.dict.checked", "ner-*.table.checked"} {
		if m, _ := filepath.Glob(filepath.Join(dir, pattern)); len(m) != 1 {
			t.Errorf("%s in the cache directory: %q; want the stamp of a file mapped from it", pattern, m)
		}
	}
	got, err := a.Analyze(context.Background(), Document{ID: want.ID, Text: want.Document})
	if err != nil {
		t.Fatal(err)
	}
	g, _ := got.MarshalJSON()
	w, _ := want.MarshalJSON()
	if !bytes.Equal(g, w) {
		t.Error("the analysis differs with the dictionary from the other cache directory")
	}
}
