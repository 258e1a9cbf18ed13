package quotes

import (
	"strings"
	"unicode/utf8"
)

// Surveys. A survey article names the group it asked once, in its headline or lead, by a share
// of it (대한민국 국민 65.8%, 소비자의 79%는, 기술경영 전문가 10명 중 7명은) or as the topic of
// its finding (대한민국 국민들은 …것으로 나타났다) or as whom it asked (성인 남녀 1,000명을
// 대상으로, 기업 519개사를 대상으로); after that, shares and counts of people (응답자의 31.9%가, 67.6%가, 912명이,
// 응답자는) answer for that group. A number phrase never speaks by itself.

// surveyWords mark an article that reports a survey.
var surveyWords = []string{"설문", "조사", "응답", "여론조사"}

// population is the group the article's survey asked, as written, or "" when the article
// reports no survey or names no group. It is computed once.
func (d *doc) population() string {
	if d.popDone {
		return d.pop
	}
	d.popDone = true
	survey := false
	for _, w := range surveyWords {
		if strings.Contains(d.src, w) {
			survey = true
			break
		}
	}
	if !survey {
		return ""
	}
	// the headline and the lead's first two sentences, by a share of the group or as the topic
	// of the finding
	lead := 0
	for s := range d.sents {
		a, b := d.sents[s][0], d.sents[s][1]
		head := d.inHeadline(d.words[a].Start)
		if !head {
			lead++
			if lead > 2 {
				break
			}
		}
		if g := d.shareGroup(a, b); g != "" {
			d.pop = g
			return g
		}
		if !head {
			if g := d.findingTopic(a, b); g != "" {
				d.pop = g
				return g
			}
		}
	}
	// whom the survey asked: X N명을 대상으로
	for i := 1; i+1 < len(d.words); i++ {
		if d.words[i+1].clean() == "대상으로" && isAsked(numberWord(d.words[i].clean())) {
			if g := d.groupBefore(i); g != "" {
				d.pop = g
				return g
			}
		}
	}
	if strings.Contains(d.src, "응답자") {
		d.pop = "응답자"
	}
	return d.pop
}

// shareGroup is the group named before a share in words [a, b) (대한민국 국민 65.8%, 소비자의
// 79%는, 기술경영 전문가 10명 중 7명은), or "".
func (d *doc) shareGroup(a, b int) string {
	for i := a + 1; i < b && i < a+8; i++ {
		c := numberWord(d.words[i].clean())
		if !isPercent(c) && !(isCount(c) && i+1 < b && d.words[i+1].clean() == "중") {
			continue
		}
		// 소비자의 79%: the owner; 국민 65.8%: the phrase before
		if g := d.groupBefore(i); g != "" {
			return g
		}
	}
	return ""
}

// findingTopic is the topic of a survey's finding in words [a, b): a group of people marked
// 은/는 at the start of a sentence that ends in …것으로 나타났다/조사됐다 (대한민국 국민들은 …
// 예상하는 것으로 나타났다), or "".
func (d *doc) findingTopic(a, b int) string {
	last := d.words[b-1].clean()
	if !strings.HasPrefix(last, "나타났") && !strings.HasPrefix(last, "조사됐") && !strings.HasPrefix(last, "조사되었") {
		return ""
	}
	if b-2 < a || d.words[b-2].clean() != "것으로" {
		return ""
	}
	for i := a; i < b && i < a+4; i++ {
		if d.isTopic(i) {
			p := d.npBefore(i)
			if d.peopleNoun(p.to) {
				return joinFields(stripMarks(d.text(p)))
			}
			return ""
		}
	}
	return ""
}

// groupBefore is the phrase of people right before word i (the words before it back to a
// particle or a mark, or its owner marked 의), or "" when its head names no people.
func (d *doc) groupBefore(i int) string {
	k := i - 1
	if k < 0 {
		return ""
	}
	w := &d.words[k]
	end := w.End
	if strings.HasSuffix(w.clean(), "의") {
		end = w.Start + len(w.clean()) - len("의") // 소비자의 79%: the owner
	} else if !d.isNominal(k) || w.clean() != w.text && !strings.HasSuffix(w.text, ",") {
		return ""
	}
	from := k
	for j := k - 1; j >= 0 && j > k-3 && !d.words[j+1].para && d.isNominal(j) && d.words[j].clean() == d.words[j].text; j-- {
		from = j // back to the start of the line at most
	}
	if !d.peopleNoun(k) {
		return ""
	}
	g := joinFields(stripMarks(stripParens(d.src[d.words[from].Start:end])))
	return strings.TrimRight(g, ",")
}

// peopleNoun reports a word whose head names people: a noun of the speakers' list of people
// (국민, 소비자, 직장인, 대학생 …) or of groups, or a noun ending in one.
func (d *doc) peopleNoun(i int) bool {
	h := d.words[i].bare
	h = strings.TrimSuffix(strings.TrimSuffix(stripParens(stripMarks(h)), "의"), "들")
	_, _, last := wordStats(h)
	return hasSuffixWord(names.people, last) || hasSuffixWord(names.group, last)
}

// isShare reports a noun phrase that is a share or a count of the people a survey asked:
// 79.4%, 65.8%(2,711명), 912명, 10명 중 7명, 응답자, 응답자의 66.9%, 대상 응답자 65.9%.
func (d *doc) isShare(p np) bool {
	t := stripMarks(d.text(p))
	_, first, last := wordStats(stripParens(t))
	if n := numberWord(last); isPercent(n) || isCount(n) || n == "절반" || n == "과반" {
		return true
	}
	return strings.TrimSuffix(last, "들") == "응답자" || strings.TrimSuffix(first, "들") == "응답자"
}

// isPercent reports a word that is a percentage: 79%, 65.8%, 93％.
func isPercent(w string) bool {
	w = strings.TrimLeft(w, "약")
	return (strings.HasSuffix(w, "%") || strings.HasSuffix(w, "％") || strings.HasSuffix(w, "퍼센트")) && startsWithDigit(w)
}

// isCount reports a word that counts people: 912명, 1,000명.
func isCount(w string) bool {
	return strings.HasSuffix(w, "명") && startsWithDigit(w)
}

// isAsked reports a word that counts whom a survey asked: people (1,000명), companies
// (519개사, 300곳) or households (500가구).
func isAsked(w string) bool {
	if !startsWithDigit(w) {
		return false
	}
	for _, c := range []string{"명", "개사", "곳", "가구", "개"} {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// startsWithDigit reports a word whose first character is an ASCII digit.
func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= '0' && r <= '9'
}

// surveySpeaker is the speaker for a share of a survey's group: the group, with the phrase as
// its mention.
func (d *doc) surveySpeaker(p np) *Speaker {
	if !d.isShare(p) {
		return nil
	}
	g := d.population()
	if g == "" {
		return nil
	}
	return &Speaker{Name: g, Mention: Mention{Span: p.Span, Text: d.text(p)}}
}

// numberWord is a word of figures without its bracketed aside and the particle after it
// (65.8%(2,711명)가 → 65.8%, 79%는 → 79%, 1,000명을 → 1,000명).
func numberWord(w string) string {
	if i := strings.IndexAny(w, "(（"); i > 0 {
		rest := w[i:]
		if j := strings.IndexAny(rest, ")）"); j >= 0 {
			w = w[:i] + rest[j+1:]
		}
	}
	for _, p := range []string{"에게", "에서", "는", "은", "가", "이", "를", "을", "의", "도", "와", "과"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// answerNouns name a survey's answers: ‘…’는 응답이 22.2%, ‘…’는 의견도 7.2%였다.
var answerNouns = map[string]bool{"응답": true, "의견": true, "답변": true, "대답": true}

// answerCount is the word of the share that counts the answer named at word i (응답이 22.2%),
// -1 when word i is no answer noun followed by a share, or the article reports no survey.
func (d *doc) answerCount(i, end int) int {
	if i+1 >= end || !answerNouns[leadingNoun(&d.words[i])] || d.population() == "" {
		return -1
	}
	if !d.countsShare(i + 1) {
		return -1
	}
	return i + 1
}

// countsShare reports a word that is a share or a count of people: 22.2%, 7.2%였다, 910명.
func (d *doc) countsShare(i int) bool {
	c := strings.TrimRight(d.words[i].clean(), ",")
	for _, cop := range []string{"였다", "이었다", "다", "에", "로"} {
		if strings.HasSuffix(c, cop) && startsWithDigit(c) {
			c = strings.TrimSuffix(c, cop)
			break
		}
	}
	n := numberWord(c)
	return isPercent(n) || isCount(n)
}

// answerVerbs are the stems that report a survey answer.
var answerVerbs = map[string]bool{"응답하": true, "답하": true, "대답하": true, "답변하": true, "생각하": true, "꼽": true}

// shareNouns count answers: …라고 응답한 비율, …라고 답한 응답자는, …라는 응답이.
var shareNouns = map[string]bool{"비율": true, "응답": true, "응답자": true, "응답자들": true, "이들": true, "사람": true, "사람들": true, "이": true, "곳": true}

// answerShare reports a quote framed as a counted answer of a survey: the closing mark's word
// and the words up to the frame's verb hold an answer verb that modifies a noun counting the
// answers (‘아니오’라고 응답한 비율, ”45만원 이상“이라고 답한 응답자는) or an answer noun
// counted itself (answerCount: ‘다양한 사회경험을 위해’라는 응답이 11.2%). Such an answer is the asked group's,
// whoever ran the survey.
func (d *doc) answerShare(f frame) bool {
	if f.next <= 0 || d.population() == "" {
		return false
	}
	last := f.next + 2
	if f.verb >= 0 && f.verb < last {
		last = f.verb
	}
	for i := f.next - 1; i <= last && i+1 < len(d.words); i++ {
		w := &d.words[i]
		if i >= f.next && d.answerCount(i, len(d.words)) >= 0 {
			return true
		}
		if answerVerbs[w.stem()] && isModifier(w) && shareNouns[d.words[i+1].head] {
			return true
		}
	}
	return false
}

// isPopulation reports a speaker that is the group the article's survey asked.
func (d *doc) isPopulation(sp *Speaker) bool {
	return d.popDone && d.pop != "" && sp.Name == d.pop
}
