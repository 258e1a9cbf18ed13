package summarize

import (
	"strings"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/tokenize"
)

// bracketOwner returns the noun phrase a figure in brackets right after it is a note on: a
// person's age (최성순 (49세), 이은경(37세), 바레토(여, 65세)), a player's goals (구자철(1골
// 1도움)), a farm's head count (돼지농장(4,300마리)). Korean news writes such notes in brackets
// after the noun they describe, so that noun holds the figure, ahead of the clause's topic.
// The bracket holds only the figures, with at most a label ended by a comma (여, 본명 김봉남,)
// or an approximator (약) before them; a share alone in brackets is left to the survey rules
// (an answer's share, 농축수산물(34.7%), is the part, not the holder), while a share after a
// count (김두관(8만 7천842표, 14.3%)) restates it for the same noun; an attribute or a time
// before the bracket (임기(4년), 12일(현지시간)) is no holder. It also returns the index of
// the last word of the noun phrase, -1 when there is none.
func (b *factBuilder) bracketOwner(fs *factSentence, fig figures.Figure) (string, int) {
	if len(fs.words) == 0 {
		return "", -1
	}
	share := fig.Kind == figures.KindPercent || fig.Kind == figures.KindFraction
	lo, hi := fs.words[0].Start, fs.words[len(fs.words)-1].End
	p := strings.LastIndexByte(b.src[lo:fig.Start], '(')
	if p < 0 {
		return "", -1
	}
	p += lo
	if strings.IndexByte(b.src[p:fig.Start], ')') >= 0 {
		return "", -1 // the bracket closed before the figure
	}
	first := fig.Start         // the first figure inside the bracket
	for _, f := range b.figs { // in the order of the text
		if f.Start >= first {
			break
		}
		if f.Start > p {
			first = f.Start
			if f.Kind != figures.KindPercent && f.Kind != figures.KindFraction {
				share = false // 김두관(8만 7천842표, 14.3%): the votes, then their share
			}
		}
	}
	if share {
		return "", -1
	}
	inner := strings.TrimSpace(b.src[p+1 : first])
	for _, q := range [...]string{"약", "당시", "만", "전체", "모두"} { // 의원(전체 121명): the whole group counted
		if strings.HasSuffix(inner, q) && (len(inner) == len(q) || strings.HasSuffix(inner, " "+q)) {
			inner = strings.TrimSpace(strings.TrimSuffix(inner, q))
			break
		}
	}
	if inner != "" && !strings.HasSuffix(inner, ",") || strings.ContainsAny(inner, "()") {
		return "", -1
	}
	q := strings.IndexByte(b.src[fig.End:hi], ')')
	if q < 0 {
		return "", -1
	}
	// After the figure, only more figures of the bracket before it closes.
	rest := b.src[fig.End : fig.End+q]
	for _, f := range b.figs {
		if f.Start >= fig.End+q {
			break
		}
		if f.Start >= fig.End {
			rest = strings.Replace(rest, f.Text, "", 1)
		}
	}
	if strings.Trim(rest, " ,·") != "" {
		return "", -1
	}
	k := fs.wordAt(p)
	if k < 0 {
		return "", -1
	}
	end := k // the word whose nouns end right before the bracket
	if fs.words[k].Start == p {
		end = k - 1
		if end < 0 || !fs.nps[end].bare() || fs.figWords[end] {
			return "", -1
		}
	}
	np := fs.nps[end]
	if len(np.nouns) == 0 || np.nouns[0].Start >= p {
		return "", -1
	}
	last, k0 := np.nouns[0], 0
	for k, t := range np.nouns {
		if t.End > p {
			break
		}
		last, k0 = t, k
	}
	if tokenize.FirstTag(last.POS) == "SN" || k0 > 0 && tokenize.FirstTag(np.nouns[k0-1].POS) == "SN" {
		return "", -1 // 12일(현지시간), 1억 달러(약 1300억원): a number, no holder (M48A5K전차 is a name)
	}
	if isAttribute(last.Surface) || timeNouns[last.Surface] || baselineTimes[last.Surface] || relativeTimes[last.Surface] ||
		strings.HasSuffix(fig.Text, last.Surface) {
		return "", -1 // 모든 경기 (7경기): the bracket restates how many the noun counts
	}
	j := end - 1
	for j >= 0 && !fs.figWords[j] && !endsClause(fs.words[j]) && fs.nps[j].bare() {
		j--
	}
	start := fs.words[j+1].Start
	if j+1 == end {
		start = np.nouns[0].Start
	}
	s := dropNotes(strings.Trim(strings.TrimSpace(b.src[start:last.End]), " '‘’\"“”"))
	if s == "" {
		return "", -1
	}
	return b.name(s), end
}

// relativeTimes follow a length of time to make it a point in time (한달 전, 3년 뒤, 당시).
var relativeTimes = map[string]bool{"전": true, "후": true, "뒤": true, "이전": true, "이후": true, "당시": true}
