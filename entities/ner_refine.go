package entities

import (
	"slices"
	"strings"
)

// commonAcronyms are Latin acronyms of things, not organisations (API, GPU).
var commonAcronyms = setOf("AI", "API", "GPU", "CPU", "NPU", "IT", "ICT", "OS", "SW", "HW", "PC", "TV",
	"SNS", "MAU", "DAU", "GDP", "R&D", "CEO", "CTO", "CFO", "IoT", "VR", "AR", "XR", "5G", "LTE", "DB",
	"UI", "UX", "SaaS", "LLM", "GPT", "ESG", "IPO", "M&A", "EV", "OTT", "QR", "USB", "URL", "PDF",
	"DNA", "RNA", "mRNA", "PCR", "CT", "MRI", "LED", "OLED", "LCD", "SSD", "ETF", "GPS", "3D")

// refine corrects the tagger's spans of one sequence with the gazetteer: an exact organisation
// name is an organisation even where the tagger said person or nothing, a location span is split
// around an organisation named inside it (경기도 성남시 | 카카오 | 판교아지트), and acronyms of
// things (API, GPU) are no organisations.
func refine(s *nerSeq, spans []NERSpan) []NERSpan {
	out := spans[:0:0]
	for _, sp := range spans {
		if sp = trimQuotes(s, trimBrackets(s, sp)); sp.Start >= sp.End {
			continue
		}
		text := s.text(int32(sp.Start), int32(sp.End))
		switch {
		case sp.Type == "OG" && commonAcronyms[text]:
			continue
		case sp.Type == "OG":
			sp = trimTitle(s, sp)
		case (sp.Type == "QT" || sp.Type == "DT") && inModelName(s, sp):
			continue
		case sp.Type == "PS" && knownOrgs[text]:
			sp.Type = "OG"
		case sp.Type == "PS" && commonNoun(s, sp):
			continue
		case sp.Type == "LC":
			if parts, ok := splitLocation(s, sp); ok {
				out = append(out, parts...)
				continue
			}
		}
		out = append(out, sp)
	}
	// Untagged eojeols whose stem is a known organisation.
	for _, ej := range s.eojs {
		if !ej.known && ej.hi > ej.stemLo && knownOrgs[s.text(ej.stemLo, ej.hi)] {
			// the whole eojeol is the name though the morphemes cut it (마이크+로+소프트)
			ej.known, ej.knownHi = true, ej.hi
		}
		if !ej.known {
			continue
		}
		lo, hi := int(ej.stemLo), int(ej.knownHi)
		overlap := false
		for _, sp := range out {
			if sp.Start < hi && lo < sp.End {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, NERSpan{Start: lo, End: hi, Type: "OG"})
		}
	}
	slices.SortFunc(out, func(a, b NERSpan) int { return a.Start - b.Start })
	return out
}

// splitLocation splits a location span at an eojeol that is a known organisation's name.
func splitLocation(s *nerSeq, sp NERSpan) ([]NERSpan, bool) {
	for e := range s.eojs {
		ej := &s.eojs[e]
		if !ej.known || int(ej.stemLo) <= sp.Start || int(ej.knownHi) > sp.End {
			continue
		}
		var parts []NERSpan
		left := int(ej.stemLo)
		for left > sp.Start && charClass(s.runes[left-1]) == 'S' {
			left--
		}
		parts = append(parts, NERSpan{Start: sp.Start, End: left, Type: "LC"},
			NERSpan{Start: int(ej.stemLo), End: int(ej.knownHi), Type: "OG"})
		right := int(ej.knownHi)
		for right < sp.End && charClass(s.runes[right]) == 'S' {
			right++
		}
		if right < sp.End {
			parts = append(parts, NERSpan{Start: right, End: sp.End, Type: "LC"})
		}
		return parts, true
	}
	return nil, false
}

// commonNoun reports whether a person span is one common noun of the dictionary (태양, 로봇)
// with no title after it: the tagger's usual false person.
func commonNoun(s *nerSeq, sp NERSpan) bool {
	k := s.tok[sp.Start]
	if k < 0 || int(s.tokLo[k]) != sp.Start || int(s.tokHi[k]) != sp.End {
		return false
	}
	t := s.toks[k]
	if t.Tag() != "NNG" || t.Features.Semantic == "인명" || t.Unknown {
		return false
	}
	if e := s.eoj[sp.Start]; e >= 0 && (s.ef[e].titleNext || s.ef[e].titleNext2) {
		return false
	}
	return true
}

// trimBrackets cuts a span at a bracket it does not close or open: "IBS) 연구단" -> "연구단",
// "연구단(IBS" -> "연구단".
func trimBrackets(s *nerSeq, sp NERSpan) NERSpan {
	depth := 0
	for i := sp.Start; i < sp.End; i++ {
		switch s.runes[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth == 0 {
				sp.Start = i + 1
				for sp.Start < sp.End && charClass(s.runes[sp.Start]) == 'S' {
					sp.Start++
				}
			} else {
				depth--
			}
		}
	}
	if depth > 0 {
		for i := sp.End - 1; i >= sp.Start; i-- {
			if s.runes[i] == '(' || s.runes[i] == '[' {
				sp.End = i
				for sp.End > sp.Start && charClass(s.runes[sp.End-1]) == 'S' {
					sp.End--
				}
				break
			}
		}
	}
	return sp
}

// trimTitle drops a job title that ends an organisation span of several eojeols
// ("구글 수석연구원" -> "구글").
func trimTitle(s *nerSeq, sp NERSpan) NERSpan {
	e := s.eoj[sp.End-1]
	if e < 0 {
		return sp
	}
	ej := &s.eojs[e]
	if int(ej.stemLo) <= sp.Start || int(ej.stemHi) != sp.End || !titles[ej.stem] {
		return sp
	}
	end := int(ej.stemLo)
	for end > sp.Start && charClass(s.runes[end-1]) == 'S' {
		end--
	}
	sp.End = end
	return sp
}

// quoteMarks never begin or end an entity.
const quoteMarks = "“”‘’\"'「」『』《》〈〉<>"

// trimQuotes drops quote marks at the ends of a span.
func trimQuotes(s *nerSeq, sp NERSpan) NERSpan {
	for sp.Start < sp.End && strings.ContainsRune(quoteMarks, s.runes[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && strings.ContainsRune(quoteMarks, s.runes[sp.End-1]) {
		sp.End--
	}
	return sp
}

// inModelName reports whether a number span is glued to Latin letters before it, as in a
// model or version name (GPT-3.5, MS-01, A4): digits inside names are no quantities.
func inModelName(s *nerSeq, sp NERSpan) bool {
	i := sp.Start
	for i < sp.End && (s.runes[i] == '-' || charClass(s.runes[i]) == 'A' || charClass(s.runes[i]) == 'a') {
		i++
	}
	if i > sp.Start && i < sp.End && charClass(s.runes[i]) == 'D' {
		return true // the span itself starts with the letters
	}
	j := sp.Start - 1
	if j >= 0 && s.runes[j] == '-' {
		j--
	}
	return j >= 0 && (charClass(s.runes[j]) == 'A' || charClass(s.runes[j]) == 'a')
}
