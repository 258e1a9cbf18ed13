package figures

import (
	"strings"
)

// Parse reads one figure from a short phrase such as "5000원 이상", "섭씨37도",
// "25000 - 30000원", "1.1 시간" or "삼겹살 두근", without a tokenizer: the figure starts at the
// first word that holds a number, and words before it are its Measure. Spans are bytes of s.
// It is the string-level core of Extract, which adds the context checks (dates, names,
// ordinals) that need the surrounding sentence.
func Parse(s string) (Figure, bool) {
	for i := 0; i < len(s); {
		if f, ok := parseFigureAt(s, i); ok {
			f.Measure = strings.TrimSpace(s[:i])
			return f, true
		}
		sp := strings.IndexByte(s[i:], ' ')
		if sp < 0 {
			break
		}
		i += sp + 1
	}
	return Figure{}, false
}

// phrasePrefixes are words that may stand before a figure in a phrase.
var phrasePrefixes = []string{"대략", "거의", "최대", "최소", "약", "시속", "초속", "섭씨", "화씨", "영하"}

// halfHour lists the ways duckling writes half an hour with no number (시간반, 반시간, 시반).
var halfHour = []string{"시간 반", "시간반", "반 시간", "반시간", "시반"}

func parseFigureAt(s string, i int) (Figure, bool) {
	pre := ""
	for _, p := range phrasePrefixes {
		if strings.HasPrefix(s[i:], p) {
			pre = p
			i += len(p)
			i += len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
			break
		}
	}
	for _, h := range halfHour {
		if strings.HasPrefix(s[i:], h) {
			f := Figure{Text: s[i : i+len(h)], Value: 0.5, Unit: "시간", Kind: KindDuration, Sentence: -1, SameAs: -1}
			f.Start, f.End = i, i+len(h)
			return f, true
		}
	}
	start := i
	cur, w := prefixCurrencyAt(s[i:])
	if w > 0 {
		i += w
		i += len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
	}
	var rd reading
	if strings.HasPrefix(s[i:], "반") {
		// 반 리터: half of a unit.
		k := i + len("반")
		if k < len(s) && s[k] == ' ' {
			k++
		}
		c, ok := counterAt(s[k:])
		if !ok {
			return Figure{}, false
		}
		rd = reading{start: i, numEnd: i + len("반"), unitStart: k, unitEnd: k + len(c.surface), value: 0.5, unit: c.unit, kind: c.kind}
		rd.end, rd.after = rd.unitEnd, rd.unitEnd
	} else {
		var ok bool
		if rd, ok = readFigure(s, i, nil); !ok {
			return Figure{}, false
		}
	}
	if w > 0 {
		if rd.hasUnit() && rd.unit != cur.unit {
			return Figure{}, false
		}
		rd.unit, rd.kind, rd.start = cur.unit, cur.kind, start
	}
	if !rd.hasUnit() && w == 0 && rd.kind == "" {
		if rd.end < len(s) && s[rd.end] != ' ' {
			return Figure{}, false // 삼겹살 is not 3 겹살
		}
		rd.kind = KindCount
	}
	f := Figure{Text: s[rd.start:rd.end], Value: rd.value, ValueTo: rd.valueTo, Unit: rd.unit, Kind: rd.kind, Sentence: -1, SameAs: -1}
	f.Start, f.End = rd.start, rd.end
	switch rd.qualifier {
	case "이상", "이하", "미만", "초과":
		f.Qualifier = rd.qualifier
	default:
		f.Qualifier = rd.qualifier
		if q, ok := preQualifiers[pre]; ok {
			f.Qualifier = q
		}
	}
	applyLeadWord(&f, pre)
	return f, true
}
