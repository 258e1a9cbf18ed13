package tokenize

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
)

// sharedDir returns ../shared (the project's read-only data) or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := shareddata.Dir()
	if err != nil {
		t.Skip(err, " (it holds the reference data): skipping")
	}
	return dir
}

// mecabLines formats text's analysis as MeCab prints it, one input line at a time.
func mecabLines(tk *Tokenizer, text string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		for _, t := range tk.AppendTokens(nil, line) {
			out = append(out, t.Surface+"\t"+t.MeCabFeature())
		}
		out = append(out, "EOS")
	}
	return out
}

// splitEOS groups MeCab output lines into sentences.
func splitEOS(lines []string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range lines {
		if l == "EOS" {
			out = append(out, cur)
			cur = nil
			continue
		}
		if l != "" {
			cur = append(cur, l)
		}
	}
	return out
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// TestTrickyMatchesMeCab compares with MeCab 0.996's own output over the same dictionary
// (testdata/tricky-mecab.txt), whole feature strings included.
func TestTrickyMatchesMeCab(t *testing.T) {
	tk, err := New(WithSpacePenalty(false))
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile("testdata/tricky.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := mecabLines(tk, string(in))
	want := readLines(t, "testdata/tricky-mecab.txt")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("differs from MeCab:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReferenceSentences checks mecab-ko-dic's 45 reference sentences with the space penalty
// on (surface and tag). MeCab 0.996 itself, without the penalty, matches 39.
func TestReferenceSentences(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data/tokenize")
	tk := testTokenizer(t)
	in, err := os.ReadFile(filepath.Join(dir, "mecab-ko-input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := splitEOS(mecabLines(tk, string(in)))
	want := splitEOS(readLines(t, filepath.Join(dir, "mecab-ko-expected.txt")))
	if len(got) != len(want) {
		t.Fatalf("%d sentences analysed, %d expected", len(got), len(want))
	}
	surfTag := func(s []string) string {
		var b strings.Builder
		for _, l := range s {
			surface, feat, _ := strings.Cut(l, "\t")
			tag, _, _ := strings.Cut(feat, ",")
			b.WriteString(surface + "/" + tag + " ")
		}
		return b.String()
	}
	equal := 0
	for i := range got {
		if g, w := surfTag(got[i]), surfTag(want[i]); g == w {
			equal++
		} else {
			t.Logf("sentence %d differs:\n got %s\nwant %s", i+1, g, w)
		}
	}
	t.Logf("%d of %d reference sentences equal", equal, len(want))
	if equal < 44 {
		t.Errorf("%d of %d reference sentences equal, want at least 44", equal, len(want))
	}
}

// TestAgreesWithMeCab runs the MeCab peer (../shared/tools/mecab-peer/setup.sh builds it) on
// the reference inputs and every news article, and compares line by line, penalty off.
func TestAgreesWithMeCab(t *testing.T) {
	shared := sharedDir(t)
	dic := os.Getenv("GISA_MECAB_DIC")
	if dic == "" {
		home, _ := os.UserHomeDir()
		dic = filepath.Join(home, ".cache/gisa-mecab-peer/dic")
	}
	mecab, err := exec.LookPath("mecab")
	if err != nil {
		t.Skip("mecab not installed (bash ../shared/tools/mecab-peer/setup.sh installs it): skipping")
	}
	if _, err := os.Stat(filepath.Join(dic, "sys.dic")); err != nil {
		t.Skipf("MeCab peer dictionary not at %s (run ../shared/tools/mecab-peer/setup.sh): skipping", dic)
	}
	articles := filepath.Join(t.TempDir(), "articles.txt")
	writeArticles(t, filepath.Join(shared, "data/news/articles.jsonl"), articles)
	tk, err := New(WithSpacePenalty(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		filepath.Join(shared, "data/tokenize/mecab-ko-input.txt"),
		filepath.Join(shared, "data/tokenize/tricky.txt"),
		articles,
	} {
		in, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(mecab, "-d", dic, path).Output()
		if err != nil {
			t.Fatalf("mecab %s: %v", path, err)
		}
		want := splitEOS(strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"))
		got := splitEOS(mecabLines(tk, string(in)))
		if len(got) != len(want) {
			t.Fatalf("%s: %d lines analysed, MeCab %d", path, len(got), len(want))
		}
		diff := 0
		for i := range got {
			if strings.Join(got[i], "\n") != strings.Join(want[i], "\n") {
				diff++
				if diff <= 5 {
					t.Errorf("%s: line %d differs from MeCab:\n got %q\nwant %q", filepath.Base(path), i+1, got[i], want[i])
				}
			}
		}
		t.Logf("%s: %d lines, %d differ from MeCab", filepath.Base(path), len(got), diff)
	}
}

// writeArticles writes each article of a JSON Lines file as its title line and text line.
func writeArticles(t *testing.T, jsonl, out string) {
	t.Helper()
	f, err := os.Open(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ Title, Text string }
		if err := jsonUnmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		b.WriteString(a.Title + "\n" + a.Text + "\n")
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestUnknownWordsStayWhole(t *testing.T) {
	tk := testTokenizer(t)
	toks, err := tk.Tokenize("국내외 초거대AI 경쟁에 GPT-3.5 모델과 2조4000억원이 들었다.")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Surface+"/"+tok.POS)
	}
	s := strings.Join(got, " ")
	for _, want := range []string{"AI/SL", "GPT/SL", "3/SN ./SY 5/SN", "2/SN 조/NR 4000/SN 억/NR 원/NNBC"} {
		if !strings.Contains(s, want) {
			t.Errorf("want %q in %s", want, s)
		}
	}
}

func TestSpacePenaltyOption(t *testing.T) {
	// From mecab-ko-dic's reference sentences: plain MeCab lets the ending 서 start an eojeol
	// after a space; mecab-ko's penalty makes 서 the verb 서다 (서/VV+EC).
	plain, err := New(WithSpacePenalty(false))
	if err != nil {
		t.Fatal(err)
	}
	join := func(toks []Token) string {
		var s []string
		for _, t := range toks {
			s = append(s, t.Surface+"/"+t.Tag())
		}
		return strings.Join(s, " ")
	}
	const s = "끝에 네가 서있다면 좋을 텐데"
	with, _ := testTokenizer(t).Tokenize(s)
	without, _ := plain.Tokenize(s)
	if got := join(with); !strings.Contains(got, "네/NP 가/JKS 서/VV") {
		t.Errorf("penalty on: %s, want 네/NP 가/JKS 서/VV", got)
	}
	if got := join(without); !strings.Contains(got, "네/IC 가/VV 서/EC") {
		t.Errorf("penalty off: %s, want MeCab's 네/IC 가/VV 서/EC", got)
	}
}

func TestTokenFields(t *testing.T) {
	tk := testTokenizer(t)
	text := "백상엽 대표는 공원에 갔다.\n둘째 줄"
	toks, err := tk.Tokenize(text)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	for _, tok := range toks {
		if text[tok.Start:tok.End] != tok.Surface {
			t.Errorf("byte span %v of %q is %q", tok.Span, tok.Surface, text[tok.Start:tok.End])
		}
		if string(runes[tok.Runes.Start:tok.Runes.End]) != tok.Surface {
			t.Errorf("rune span %v of %q is %q", tok.Runes, tok.Surface, string(runes[tok.Runes.Start:tok.Runes.End]))
		}
	}
	byS := map[string]Token{}
	for _, tok := range toks {
		byS[tok.Surface] = tok
	}
	if g := byS["백상엽"]; g.POS != "NNP" || g.Features.Semantic != "인명" || g.Eojeol != 0 {
		t.Errorf("백상엽: %+v", g)
	}
	g := byS["갔"]
	if g.POS != "VV+EP" || g.Tag() != "VV" || g.Lemma != "가다" || g.Features.Type != "Inflect" || g.Eojeol != 3 {
		t.Errorf("갔: %+v", g)
	}
	if len(g.Parts) != 2 || g.Parts[0] != (Part{Surface: "가", POS: "VV"}) || g.Parts[1] != (Part{Surface: "았", POS: "EP"}) {
		t.Errorf("갔 parts: %+v", g.Parts)
	}
	if g := byS["는"]; g.Eojeol != 1 || g.Lemma != "는" {
		t.Errorf("는: %+v", g)
	}
	if g := byS["줄"]; g.Eojeol != 5 {
		t.Errorf("줄 is in eojeol %d, want 5 (a new line starts a new eojeol)", g.Eojeol)
	}
}

func TestBadAndEmptyInput(t *testing.T) {
	tk := testTokenizer(t)
	for _, s := range []string{"", " ", "\n\n", " \t \n "} {
		toks, err := tk.Tokenize(s)
		if err != nil || len(toks) != 0 {
			t.Errorf("Tokenize(%q) = %v, %v; want no tokens", s, toks, err)
		}
	}
	_, err := tk.Tokenize("가나다 \xff라마")
	var ue *InvalidUTF8Error
	if !errors.As(err, &ue) || ue.Offset != 10 {
		t.Fatalf("err = %v, want invalid UTF-8 at byte offset 10", err)
	}
	if !strings.Contains(err.Error(), "byte offset 10") {
		t.Errorf("message %q does not name the offset", err)
	}
}

func TestLongUnknownRun(t *testing.T) {
	// A run of letters longer than MeCab's max grouping size is cut into pieces, as MeCab does.
	tk := testTokenizer(t)
	s := strings.Repeat("x", 40)
	toks, err := tk.Tokenize(s)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, tok := range toks {
		b.WriteString(tok.Surface)
	}
	if b.String() != s {
		t.Errorf("tokens do not cover the input: %q", b.String())
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "백상엽 대표는 “AI”라고 말했다.", "\xff\xfe", "a\x00b", "2조4000억원 GPT-3.5", "ㄱㄴ ｱｲ 漢字 🙂"} {
		f.Add(s)
	}
	tk := testTokenizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks, err := tk.Tokenize(s)
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatalf("invalid UTF-8 %q accepted", s)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || s[tok.Start:tok.End] != tok.Surface {
				t.Fatalf("bad token %+v after offset %d in %q", tok, prev, s)
			}
			prev = tok.End
		}
	})
}

// A Token built by hand has no Features; its feature string reads them as empty columns.
func TestMeCabFeatureWithoutFeatures(t *testing.T) {
	if got, want := (Token{POS: "NNG"}).MeCabFeature(), "NNG,*,*,*,*,*,*,*"; got != want {
		t.Fatalf("MeCabFeature of a Token without Features = %q, want %q", got, want)
	}
}

// PrepareBulk moves the tables (where huge pages are to be had) and changes no analysis.
func TestPrepareBulkKeepsAnalyses(t *testing.T) {
	tk, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const text = "백상엽 카카오엔터프라이즈 대표는 \"초거대AI 시장이 열렸다\"고 말했다.\n챗GPT는 출시 5일 만에 사용자 100만 명을 모았다."
	before, err := tk.Tokenize(text)
	if err != nil {
		t.Fatal(err)
	}
	tk.PrepareBulk()
	tk.PrepareBulk() // once per process: the second call does nothing
	after, err := tk.Tokenize(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != len(after) {
		t.Fatalf("%d tokens after PrepareBulk, %d before", len(after), len(before))
	}
	for i := range before {
		if before[i].Span != after[i].Span || before[i].MeCabFeature() != after[i].MeCabFeature() {
			t.Fatalf("token %d: %q %s after PrepareBulk, %q %s before", i, after[i].Surface, after[i].MeCabFeature(), before[i].Surface, before[i].MeCabFeature())
		}
	}
	t.Logf("tables on huge pages: %v", tk.dict.hot.Load() != nil)
}

func TestFirstTag(t *testing.T) {
	for pos, want := range map[string]string{"VV+EP": "VV", "NNG": "NNG", "VCP+EF+SF": "VCP", "": "", "+": ""} {
		if got := FirstTag(pos); got != want {
			t.Errorf("FirstTag(%q) = %q, want %q", pos, got, want)
		}
	}
}
