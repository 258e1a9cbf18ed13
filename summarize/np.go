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
	// A name in quote marks (‘산바(SANBA)’가) is one noun however the tagger cut it (산/VV+ETM
	// 바/NNB): after an opening mark, a bound noun goes on the run the cut prefix opens.
	named := i > 0 && (toks[i-1].Surface == "‘" || toks[i-1].Surface == "'") && i+1 < len(toks) &&
		cutPrefix(toks[i]) && tokenize.FirstTag(toks[i+1].POS) == "NNB"
	if named {
		j = i + 2
	} else if i+1 < len(toks) && cutPrefix(toks[i]) && (nominalTag(tokenize.FirstTag(toks[i+1].POS)) ||
		joiners[toks[i+1].Surface] && i+2 < len(toks) && nominalTag(tokenize.FirstTag(toks[i+2].POS))) {
		// Korean spaces after an adnominal ending, a determiner or an interjection, so a word
		// that opens with one and goes on with a noun is a compound the tokenizer cut (대한/VV+ETM
		// 상공 회의소, 두/MM 잇 서베이, 예스/IC 24, 베인/VV+ETM & 컴퍼니): one noun run.
		j = i + 1
	} else if i+2 < len(toks) && (tokenize.FirstTag(toks[i].POS) == "VV" || tokenize.FirstTag(toks[i].POS) == "VA") &&
		tokenize.FirstTag(toks[i+1].POS) == "EC" && nominalTag(tokenize.FirstTag(toks[i+2].POS)) {
		// Korean spaces after a connective ending as well, so a word that opens with a verb
		// and its connective and goes on with a noun is a name the tokenizer cut (더불/VV 어/EC
		// 민주당: 더불어민주당, 더불어시민당).
		j = i + 2
	}
	for j < len(toks) {
		t := toks[j]
		tag := tokenize.FirstTag(t.POS)
		switch {
		case nominalTag(tag) || tag == "NNB" && personSuffixes[t.Surface] && j > i || tag == "NNB" && sideNouns[t.Surface]:
			// (울릉도 쪽이 5cm: 쪽, 측, 편 are bound nouns of a side, the noun phrase of the
			// noun written before them.)
			j++
			continue
		case (tag == "MAG" || tag == "MM" || t.POS == "VCP+ETM") && j > i && j+1 < len(toks) &&
			(nominalTag(tokenize.FirstTag(toks[j+1].POS)) || toks[j+1].Surface == "("):
			// Korean spaces after an adverb, a determiner or an adnominal, so one between nouns
			// inside a word is a piece of a noun the tokenizer cut (국민/안/전처는: 국민안전처;
			// 사람/인(www.saramin.co.kr)이: 사람인).
			j++
			continue
		case tag == "MM" && len(toks) == 1 && officeDeterminers[t.Surface]:
			// 넬슨 만델라 전 대통령: 전 (former) or 현 (current) before a title is part of the
			// person's noun phrase.
			j++
			continue
		case (tag == "SY" || tag == "SC") && joiners[t.Surface] && j > i && j+1 < len(toks) && nominalTag(tokenize.FirstTag(toks[j+1].POS)):
			j++
			continue
		case tag == "SSO" && t.Surface == "(" && j > i:
			k := j + 1
			for k < len(toks) && (nominalTag(tokenize.FirstTag(toks[k].POS)) || toks[k].Surface == "·" || toks[k].Surface == "," || toks[k].Surface == "." && k > j+1) {
				k++
			}
			if k < len(toks) && tokenize.FirstTag(toks[k].POS) == "SSC" && k > j+1 {
				j = k + 1
				continue
			}
		}
		break
	}
	// A word never takes a particle and then more nouns: 마이크+로+소프트+연구소+는 is one noun
	// the tokenizer cut, so the run goes on to the word's last noun.
	if j > i {
		last := -1
		for k := j; k < len(toks); k++ {
			tag := tokenize.FirstTag(toks[k].POS)
			switch {
			case nominalTag(tag):
				last = k
				continue
			case strings.HasPrefix(tag, "J"):
				continue
			}
			break
		}
		if last >= j && strings.HasPrefix(tokenize.FirstTag(toks[j].POS), "J") {
			j = last + 1
		}
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

// sideNouns are the bound nouns of a side or a party (울릉도 쪽, 주최 측).
var sideNouns = map[string]bool{"쪽": true, "측": true}

// cutPrefix reports a determiner (두, 새), an interjection (예스 in 예스24) or a verb or
// adjective with an adnominal ending in one token (대한, 큰).
func cutPrefix(t tokenize.Token) bool {
	return t.POS == "MM" || t.POS == "IC" || strings.HasPrefix(t.POS, "VV+ETM") || strings.HasPrefix(t.POS, "VA+ETM")
}

// officeDeterminers are the determiners written as a word of their own before a title.
var officeDeterminers = map[string]bool{"전": true, "현": true, "前": true, "現": true}

// joiners are the marks that join nouns into one name or list inside a word (GPT-3.5,
// 베인&컴퍼니, 러시아·미국·일본).
var joiners = map[string]bool{"-": true, ".": true, "&": true, "·": true, "/": true}

// personSuffixes are the bound nouns that end a person's name (A씨, 김 군).
var personSuffixes = map[string]bool{"씨": true, "군": true, "양": true, "옹": true}

// head returns the last noun of the run, with the noun before it when the tagger cut a suffix
// off (이용/NNG 률/XSN: the attribute 이용률).
func (np nounPhrase) head() string {
	n := len(np.nouns)
	if n == 0 {
		return ""
	}
	if n > 1 && tokenize.FirstTag(np.nouns[n-1].POS) == "XSN" {
		return np.nouns[n-2].Surface + np.nouns[n-1].Surface
	}
	return np.nouns[n-1].Surface
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
		// 서빙 분야에서는, ISS에는: a place or domain made the topic.
		if (first.Surface == "에서" || first.Surface == "에") && len(np.rest) > 1 && tokenize.FirstTag(np.rest[1].POS) == "JX" &&
			(np.rest[1].Surface == "는" || np.rest[1].Surface == "도" || np.rest[1].Surface == "ㄴ") {
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
	"미만": true, "대상": true, "때": true, "뒤": true,
	"한편": true, // 한편 한국은행은: meanwhile, a connective the tagger reads as a noun
	"반면": true, // 반면 석유제품 수출은: on the other hand, likewise
}

// genericHeads are heads that name only the kind of their modifier (반도체 회사 → 반도체,
// 서빙 분야 → 서빙).
var genericHeads = map[string]bool{
	"회사": true, "기업": true, "업체": true, "분야": true, "부문": true, "모델": true, "들": true,
	"측": true, "쪽": true,
}

// compoundHead reports a generic head that closes a compound noun written as one word: after a
// prefix (대/XPN 기업: 대기업) or glued to the noun before it (중소/NNG 기업, 벤처기업), the head is
// part of the noun and names no kind of a name before it. The plural 들 and 측 or 쪽 (the side
// of) are suffixes, dropped however they are written.
func compoundHead(toks []tokenize.Token, k int) bool {
	switch toks[k].Surface {
	case "들", "측", "쪽":
		return false
	}
	return tokenize.FirstTag(toks[k-1].POS) == "XPN" || toks[k-1].Eojeol == toks[k].Eojeol && toks[k-1].End == toks[k].Start
}

// subjectStops are topic nouns that are never what a figure is about.
var subjectStops = map[string]bool{
	"시간": true, "기간": true, "이유": true, "결과": true, "경우": true, "사람": true, "것": true,
	"필요": true, "점": true, "관계자": true, "계획": true, "의향": true, "경험": true, "가능성": true,
	"문제": true, "의견": true, "생각": true, "질문": true, "목적": true, "전망": true, "예정": true,
	"방침": true, "우려": true, "기대": true, "효과": true, "영향": true,
	// A view or an answer is what a share of people holds (“허용해야 한다”는 입장은 35%), not
	// who holds it.
	"입장": true, "평가": true,
	"이외": true, "이밖": true, "그밖": true, "그외": true, // 이외에도: besides, a connective
	// Nouns of content or circumstance name what a clause says (…이 선고되었던 내용이다,
	// 이러한 상황은): never whose a figure is.
	"내용": true, "상황": true, "상태": true,
	"원래": true, "본래": true, // 원래는 무료인: an adverb, originally
	// 많은 곳은 600㎜ 이상: 곳 (a place) named by what it has names no place of its own; the
	// place the sentence is about is written elsewhere (제주에는).
	"곳": true,
}

// core returns the text of a noun run without its determiners and generic heads, taken from
// src so that spacing stays as written; "" when nothing is left.
func core(src string, toks []tokenize.Token) string {
	lo, hi := 0, len(toks)
	// A determiner is stripped as a word of its own (지난해 기준 국내 치매 환자), never from
	// inside one (기준금리).
	for lo < hi && (determiners[toks[lo].Surface] && (lo+1 == hi || toks[lo+1].Eojeol != toks[lo].Eojeol) || timeToken(toks, lo)) {
		lo++
		if lo+1 < hi && toks[lo].Surface == "(" && toks[lo].Eojeol == toks[lo-1].Eojeol {
			// 8시(KST) 현재 피해: the gloss in brackets of a time stripped goes with it.
			for lo < hi && toks[lo].Surface != ")" {
				lo++
			}
			lo++
		}
	}
	for hi > lo+1 && genericHeads[toks[hi-1].Surface] && !compoundHead(toks, hi-1) {
		hi--
	}
	if lo >= hi {
		return ""
	}
	s := src[toks[lo].Start:toks[hi-1].End]
	s = dropNotes(strings.Trim(s, " '‘’\"“”"))
	if i := strings.IndexByte(s, ')'); i >= 0 && !strings.Contains(s[:i], "(") {
		s = strings.TrimSpace(s[i+1:]) // 교과부) 장관: the end of a bracket opened before the phrase
	}
	return s
}

// dropNotes removes the notes in brackets that follow a name without being part of it: an
// age, with or without a sex (A씨(33) → A씨, D씨(41·여) → D씨).
func dropNotes(s string) string {
	for {
		i := strings.Index(s, "(")
		if i <= 0 {
			return s
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			return s
		}
		note := s[i+1 : i+j]
		if note == "" || !isAgeNote(note) {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// isAgeNote reports a bracketed age note: digits, with 여/남/세 and separators.
func isAgeNote(note string) bool {
	digit := false
	for _, r := range note {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == '·' || r == ',' || r == ' ' || r == '여' || r == '남' || r == '세':
		default:
			return false
		}
	}
	return digit
}

// timeToken reports that toks[i] starts or continues a date or a number before the noun
// phrase proper (2008년 11월 25일 아버지, 14일 슈퍼문): never part of a holder.
func timeToken(toks []tokenize.Token, i int) bool {
	t := toks[i]
	switch tokenize.FirstTag(t.POS) {
	case "SN":
		// 2008년 11월 25일: digits with their counter; 2분위, 3사 are names.
		return i+1 < len(toks) && tokenize.FirstTag(toks[i+1].POS) == "NNBC" && timeCounters[toks[i+1].Surface]
	case "NNBC", "NNB":
		return i > 0 && tokenize.FirstTag(toks[i-1].POS) == "SN" && timeCounters[t.Surface]
	}
	return timeNouns[t.Surface]
}

// timeCounters count the parts of a date or a clock time.
var timeCounters = map[string]bool{"년": true, "월": true, "일": true, "시": true, "분": true, "초": true}

// timeNouns are nouns of time that may stand before a holder without belonging to it.
var timeNouns = map[string]bool{
	"올해": true, "지난해": true, "작년": true, "내년": true, "오늘": true, "어제": true, "내일": true,
	"이날": true, "날": true, "당일": true, "최근": true, "당시": true, "현재": true, "다음달": true, "지난달": true,
	"이달": true, "내달": true, "이때": true, "그때": true, "지난주": true, "이번주": true, "다음주": true, "오전": true, "오후": true,
	"새벽": true, "밤": true, "낮": true, "저녁": true, "아침": true, "현지": true, "시각": true,
	"현지시각": true, "현지시간": true, "경": true, "쯤": true, "께": true, "무렵": true,
	"때": true, "시절": true, "이제": true, "지금": true, "요즘": true, // 1차 양산때는 100대, 이제는: the time when, as 당시
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
