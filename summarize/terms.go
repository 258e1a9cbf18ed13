package summarize

import (
	"strings"

	"github.com/gisa-nlp/gisa/tokenize"
)

// stopPredicates are verb and adjective lemmas too common or too functional to say what a
// sentence is about.
var stopPredicates = map[string]bool{
	"하다": true, "있다": true, "없다": true, "되다": true, "이다": true, "아니다": true, "않다": true,
	"같다": true, "보다": true, "주다": true, "대하다": true, "위하다": true, "따르다": true,
	"통하다": true, "의하다": true, "말하다": true, "밝히다": true, "이러하다": true, "그러하다": true,
	"어떠하다": true, "오다": true, "가다": true, "받다": true, "나오다": true, "들다": true,
}

// stopNouns are nouns that carry no topic of their own in news prose.
var stopNouns = map[string]bool{
	"이번": true, "최근": true, "가운데": true, "관련": true, "경우": true, "이상": true, "이하": true,
	"대비": true, "정도": true, "당시": true, "이후": true, "이전": true, "오늘": true, "지난": true,
	"올해": true, "내년": true, "작년": true, "지난해": true, "이날": true, "한편": true, "설명": true,
	"말": true, "전망": true, "강조": true, "지적": true, "언급": true, "예정": true, "계획": true,
	"연간": true, "중": true, "현지시간": true, "현지": true,
}

// contentTerms returns the content morphemes of a sentence: nouns and proper nouns, roots,
// Latin words (lower-cased), Hanja, numbers with their counters, and, when withPredicates is set,
// the lemmas of verbs and adjectives. Adjacent nouns, roots and Latin words inside one eojeol are
// also returned joined ("챗"+"GPT" adds "챗gpt"), so compounds count as terms of their own.
func contentTerms(toks []tokenize.Token, withPredicates bool) []string {
	var out []string
	var run []string
	runEojeol := -1
	flush := func() {
		if len(run) > 1 {
			out = append(out, strings.Join(run, ""))
		}
		run = run[:0]
	}
	for i, t := range toks {
		if t.Eojeol != runEojeol {
			flush()
			runEojeol = t.Eojeol
		}
		term, inRun := "", false
		switch t.Tag() {
		case "NNG", "NNP":
			if !stopNouns[t.Surface] {
				term = t.Surface
			}
			inRun = true
		case "XR", "SH":
			term, inRun = t.Surface, true
		case "XPN":
			inRun = true // a prefix joins the compound it starts: 초+거대+AI
		case "SL":
			term, inRun = strings.ToLower(t.Surface), true
		case "SN":
			if i+1 < len(toks) && toks[i+1].Eojeol == t.Eojeol {
				switch toks[i+1].Tag() {
				case "NNBC", "NR", "NNB":
					term = t.Surface + toks[i+1].Surface
				}
			}
		case "VV", "VA":
			if withPredicates && !stopPredicates[t.Lemma] {
				term = t.Lemma
			}
		}
		if term != "" {
			out = append(out, term)
		}
		if inRun {
			surf := t.Surface
			if t.Tag() == "SL" {
				surf = strings.ToLower(surf)
			}
			run = append(run, surf)
		} else {
			flush()
		}
	}
	flush()
	return out
}
