package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

// factsByTests are the facts of eojeol e as the tests that wordFacts stands for compute them.
func factsByTests(src string, e docEojeol) (eojFacts, uint8) {
	var f eojFacts
	add := func(ok bool, fact eojFacts) {
		if ok {
			f |= fact
		}
	}
	w := src[e.Start:e.End]
	add(utf8.RuneCountInString(w) == 1, factOneRune)
	first := e.stem
	if utf8.RuneCountInString(w) == 1 {
		first = w
	}
	r, size := utf8.DecodeRuneInString(first)
	add(size > 0 && isSurname(r), factSurname)
	add(nameRunes(e.stem), factHangul)
	add(titles[e.stem], factTitle)
	add(corefTitle(e.stem), factCorefTitle)
	add(titleEnding(e.stem), factTitleEnd)
	add(ambiguousTitles[e.stem], factAmbiguous)
	add(honorifics[e.stem], factHonorific)
	add(determiners[e.stem], factDeterminer)
	for _, n := range sourceNounList {
		if strings.HasSuffix(e.stem, n) {
			add(e.stem != "", factSource)
		}
	}
	for _, h := range teamHeads {
		if strings.HasSuffix(e.stem, h) {
			add(e.stem != "", factTeam)
		}
	}
	add(e.stem == "" && strings.ContainsFunc(w, teamHeadEnd), factTeamLetters)
	return f, uint8(min(utf8.RuneCountInString(e.stem), maxStemRunes))
}

// TestWordFactsMatchTheirTests: the facts newCorefDoc computes once per eojeol are those the
// rules computed for themselves, on every eojeol of the 53 articles and on made-up words
// (titles, determiners, honorifics, one code point, invalid UTF-8, long stems).
func TestWordFactsMatchTheirTests(t *testing.T) {
	check := func(src string, e docEojeol) {
		t.Helper()
		wordFacts(src, &e)
		f, n := factsByTests(src, e)
		if e.facts != f || e.stemRunes != n {
			t.Fatalf("%q (stem %q): wordFacts gives %09b, %d code points; the tests give %09b, %d",
				src[e.Start:e.End], e.stem, e.facts, e.stemRunes, f, n)
		}
	}
	words := []string{"", "백", "관계자", "업계관계자", "관계자들", "측근", "연구팀", "공동연구진", "박사팀", "팀", "주", "대표", "선임연구위원", "수석부사장", "시장", "위원회", "씨", "여사",
		"이", "그", "해당", "같은", "동", "김철수", "클링너", "연구원", "CEO", "a", "\xff", "김\xff",
		"\xed\xa0\x80", "이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이" +
			"이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이" +
			"이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이" +
			"이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이" +
			"이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이" +
			"이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이이"}
	for _, w := range words {
		for _, src := range []string{w, "(" + w, w + "는", "“" + w + "”"} {
			check(src, docEojeol{Span: tokenize.Span{Start: 0, End: len(src)}, stem: w})
			check(src, docEojeol{Span: tokenize.Span{Start: 0, End: len(src)}}) // no stem
		}
	}
	txts, _, err := summeval.AnalyzeNews(testTokenizer(t))
	shareddata.SkipIfMissing(t, err)
	for _, txt := range txts {
		d := newCorefDoc(txt)
		for _, e := range d.eojs {
			check(d.src, e)
		}
		d.release()
	}
}

// TestTagKindOf: the kinds of every tag the tokenizer gives the 53 articles, and of tags of no
// token, are those the tests they stand for give.
func TestTagKindOf(t *testing.T) {
	tags := []string{"", "SF", "SSO", "SSC", "SY", "SP", "SE", "SC", "NNG", "NNP", "NNB", "NNBC", "NR", "NP",
		"SL", "SH", "SN", "XSN", "XPN", "XR", "UNKNOWN", "JKS", "JX", "EC", "EF", "ETM", "VV", "VA", "VCP",
		"MAG", "MAJ", "MM", "IC", "XSV", "XSA", "J", "E"}
	txts, _, err := summeval.AnalyzeNews(testTokenizer(t))
	if err == nil {
		for _, txt := range txts {
			for _, tok := range txt.Tokens {
				tags = append(tags, tokenize.FirstTag(tok.POS))
			}
		}
	}
	for _, tag := range tags {
		var want tagKind
		if openMarkTag(tag) {
			want |= kindMark
		}
		if stemTag(tag) {
			want |= kindStem
		}
		if tag == "SF" {
			want |= kindSF
		}
		if got := tagKindOf(tag); got != want {
			t.Fatalf("tagKindOf(%q) = %03b, want %03b", tag, got, want)
		}
	}
}
