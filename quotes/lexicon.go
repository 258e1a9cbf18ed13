package quotes

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// Stance is the attitude a reporting verb gives its quote: Neutral for 말했다, Emphasis for
// 강조했다, Critical for 지적했다, and so on. It is "" when the verb is not in the lexicon.
type Stance string

// Stances of the reporting-verb lexicon.
const (
	Neutral    Stance = "neutral"    // 말했다, 밝혔다, 전했다, 설명했다, 덧붙였다
	Emphasis   Stance = "emphasis"   // 강조했다, 역설했다, 피력했다, 주장했다
	Critical   Stance = "critical"   // 지적했다, 비판했다, 꼬집었다, 반박했다
	Denial     Stance = "denial"     // 부인했다, 해명했다
	Demand     Stance = "demand"     // 촉구했다, 요구했다, 당부했다
	Forecast   Stance = "forecast"   // 전망했다, 내다봤다, 예상했다, 전망도 내놨다
	Affect     Stance = "affect"     // 토로했다, 털어놨다
	Concern    Stance = "concern"    // 우려했다, 경고했다
	Commitment Stance = "commitment" // 약속했다, 다짐했다
	Evaluation Stance = "evaluation" // 평가했다, 분석했다, 진단했다
	Belief     Stance = "belief"     // 믿는다, 생각한다, 본다
	Hope       Stance = "hope"       // 기대했다, 바란다
	Agreement  Stance = "agreement"  // 동의했다, 인정했다
	Question   Stance = "question"   // 물었다, 질문했다
	Advice     Stance = "advice"     // 조언했다, 제시했다
	Hearsay    Stance = "hearsay"    // …다고 한다
	Written    Stance = "written"    // …라고 돼 있다 (a document says)
	Finding    Stance = "finding"    // …다는 연구 결과를 발표했다 (noun frames only)
)

//go:embed lexicon.txt
var lexiconText string

// lexicon holds the reporting verbs (by stem) and reporting nouns with their stances.
type lexicon struct {
	verbs map[string]Stance
	nouns map[string]Stance
}

var lex = parseLexicon(lexiconText)

func parseLexicon(text string) lexicon {
	l := lexicon{verbs: map[string]Stance{}, nouns: map[string]Stance{}}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		m := l.verbs
		if f[0] == "noun" {
			m = l.nouns
		}
		for _, s := range f[2:] {
			if _, dup := m[s]; !dup {
				m[s] = Stance(f[1])
			}
		}
	}
	return l
}

// verbStance is the stance of a predicate stem (설명하, 밝히, 내놓 …): an exact entry, or an
// entry of two or more syllables that ends the stem (다시 설명하 → 설명하). Stems of one
// syllable (하, 보, 묻) match only exactly.
func verbStance(stem string) (Stance, bool) {
	if stem == "" {
		return "", false
	}
	if s, ok := lex.verbs[stem]; ok {
		return s, true
	}
	for i := range stem {
		if i == 0 {
			continue
		}
		suf := stem[i:]
		if utf8.RuneCountInString(suf) < 2 {
			break
		}
		if s, ok := lex.verbs[suf]; ok {
			return s, true
		}
	}
	return "", false
}

// nounStance is the stance of a reporting noun (전망, 지적, 설명 …).
func nounStance(n string) (Stance, bool) {
	s, ok := lex.nouns[n]
	return s, ok
}
