package summarize

import (
	"strings"

	"github.com/gisa-nlp/gisa/tokenize"
)

// nounPhrase is the noun part of one word and what follows it.
type nounPhrase struct {
	nouns []tokenize.Token // the noun run: 국산, AI, 반도체, 회사, 들
	rest  []tokenize.Token // particles and endings after it, punctuation dropped
}

// nominalTag reports whether a tag can stand inside a noun run.
func nominalTag(tag string) bool {
	switch tag {
	case "NNG", "NNP", "SL", "SN", "SH", "XPN", "NR", "XSN", "NNBC":
		return true
	}
	return false
}

// punctTag reports whether a tag is punctuation.
func punctTag(tag string) bool {
	switch tag {
	case "SF", "SE", "SSO", "SSC", "SC", "SY":
		return true
	}
	return false
}

// splitNoun splits a word into its noun run and the rest. Leading punctuation is skipped; a
// hyphen or point between Latin letters and digits (GPT-3.5) and a parenthesised part
// (월간활성이용자수(MAU)) stay inside the run. A rest that drops punctuation is appended to
// *rests, which the caller keeps for as long as it keeps the phrase.
func splitNoun(e eojeol, rests *[]tokenize.Token) nounPhrase {
	toks := e.toks
	i := 0
	for i < len(toks) && punctTag(tokenize.FirstTag(toks[i].POS)) {
		i++
	}
	var np nounPhrase
	j := i
	for j < len(toks) {
		t := toks[j]
		tag := tokenize.FirstTag(t.POS)
		switch {
		case nominalTag(tag):
			j++
			continue
		case tag == "SY" && (t.Surface == "-" || t.Surface == ".") && j > i && j+1 < len(toks) && nominalTag(tokenize.FirstTag(toks[j+1].POS)):
			j++
			continue
		case tag == "SSO" && t.Surface == "(" && j > i:
			k := j + 1
			for k < len(toks) && nominalTag(tokenize.FirstTag(toks[k].POS)) {
				k++
			}
			if k < len(toks) && tokenize.FirstTag(toks[k].POS) == "SSC" && k > j+1 {
				j = k + 1
				continue
			}
		}
		break
	}
	np.nouns = toks[i:j]
	np.rest = toks[j:len(toks):len(toks)]
	for k, t := range np.rest {
		if punctTag(tokenize.FirstTag(t.POS)) {
			// Copy only when there is punctuation to drop ('터보'도, 말했다”며).
			lo := len(*rests)
			*rests = append(*rests, np.rest[:k]...)
			for _, u := range np.rest[k+1:] {
				if !punctTag(tokenize.FirstTag(u.POS)) {
					*rests = append(*rests, u)
				}
			}
			np.rest = (*rests)[lo:len(*rests):len(*rests)]
			break
		}
	}
	if len(np.rest) == 0 {
		np.rest = nil
	}
	return np
}

// bare reports whether the word is a noun run with nothing after it (국산, AI, 반도체).
func (np nounPhrase) bare() bool { return len(np.nouns) > 0 && len(np.rest) == 0 }

// marker classifies what follows the noun run: "topic" for 은/는/도 and the subject case 이/가,
// "frame" for a locative topic (에서는, 에서도), "" otherwise.
func (np nounPhrase) marker() string {
	if len(np.nouns) == 0 || len(np.rest) == 0 {
		return ""
	}
	first := np.rest[0]
	switch tokenize.FirstTag(first.POS) {
	case "JKS":
		return "topic"
	case "JX":
		switch first.Surface {
		case "은", "는", "도":
			return "topic"
		}
	case "JKB":
		if first.Surface == "에서" && len(np.rest) > 1 && tokenize.FirstTag(np.rest[1].POS) == "JX" {
			return "frame"
		}
	}
	return ""
}

// determiners are nouns that only point at, date or bound their head (기존 GPT-3.5 모델 →
// GPT-3.5, 지난해 기준 국내 치매 환자 → 국내 치매 환자, 16배 이상 출력 → 출력).
var determiners = map[string]bool{
	"기존": true, "현재": true, "신규": true, "해당": true, "전체": true, "각": true, "후": true,
	"이후": true, "최근": true, "지난해": true, "당시": true, "기준": true, "이상": true, "이하": true,
	"미만": true,
}

// genericHeads are heads that name only the kind of their modifier (반도체 회사 → 반도체,
// 서빙 분야 → 서빙).
var genericHeads = map[string]bool{
	"회사": true, "기업": true, "업체": true, "분야": true, "부문": true, "모델": true, "들": true,
	"측": true, "쪽": true,
}

// subjectStops are topic nouns that are never what a figure is about.
var subjectStops = map[string]bool{
	"시간": true, "기간": true, "이유": true, "결과": true, "경우": true, "사람": true, "것": true,
	"필요": true, "점": true, "관계자": true,
}

// core returns the text of a noun run without its determiners and generic heads, taken from
// src so that spacing stays as written; "" when nothing is left.
func core(src string, toks []tokenize.Token) string {
	lo, hi := 0, len(toks)
	for lo < hi && determiners[toks[lo].Surface] {
		lo++
	}
	for hi > lo+1 && genericHeads[toks[hi-1].Surface] {
		hi--
	}
	if lo >= hi {
		return ""
	}
	s := src[toks[lo].Start:toks[hi-1].End]
	return strings.Trim(s, " '‘’\"“”")
}

// quoted returns the part of s between single quotes ('GPT-3.5 터보' → GPT-3.5 터보), or "".
func quoted(s string) string {
	for _, pair := range [][2]string{{"'", "'"}, {"‘", "’"}, {"「", "」"}} {
		i := strings.Index(s, pair[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(pair[0]):], pair[1])
		if j > 0 {
			return strings.TrimSpace(s[i+len(pair[0]) : i+len(pair[0])+j])
		}
	}
	return ""
}
