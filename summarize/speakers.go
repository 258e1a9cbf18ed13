package summarize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// buildSpeakers lists everyone quoted, ranked by how much they said: the number of quotes,
// then the characters quoted, then who spoke first. The same person named two ways in one
// article is listed once (see speakerNames). Title and organisation are the ones the speaker's
// quotes give most often, else the entities' (byName, may be nil).
func buildSpeakers(txt *tokenize.Text, qs []quotes.Quote, byName map[string]entities.Entity) []Speaker {
	type acc struct {
		sp     Speaker
		chars  int
		first  int
		titles tally
		orgs   tally
	}
	canon := speakerNames(txt, qs)
	idx := map[string]int{} // name → index in accs
	var accs []acc
	for i, q := range qs {
		if q.Speaker == nil || canon[q.Speaker.Name] == "" {
			continue
		}
		name := canon[q.Speaker.Name]
		k, ok := idx[name]
		if !ok {
			k = len(accs)
			idx[name] = k
			accs = append(accs, acc{sp: Speaker{Name: name}, first: i})
		}
		a := &accs[k]
		a.sp.Quotes++
		a.chars += utf8.RuneCountInString(q.Text)
		if q.Speaker.Title != "" {
			a.titles.add(q.Speaker.Title)
		}
		if q.Speaker.Org != "" {
			a.orgs.add(q.Speaker.Org)
		}
	}
	all := make([]*acc, len(accs)) // in order of first quote, as made
	for k := range accs {
		all[k] = &accs[k]
	}
	out := make([]Speaker, 0, len(all))
	slices.SortStableFunc(all, func(a, b *acc) int {
		if a.sp.Quotes != b.sp.Quotes {
			return cmp.Compare(b.sp.Quotes, a.sp.Quotes)
		}
		if a.chars != b.chars {
			return cmp.Compare(b.chars, a.chars)
		}
		return cmp.Compare(a.first, b.first)
	})
	for _, a := range all {
		a.sp.Title, a.sp.Org = a.titles.mostFrequent(), a.orgs.mostFrequent()
		if e, ok := byName[a.sp.Name]; ok {
			if a.sp.Title == "" {
				a.sp.Title = e.Title
			}
			if a.sp.Org == "" {
				a.sp.Org = e.Org
			}
		}
		out = append(out, a.sp)
	}
	return out
}

// tally counts the keys seen, a speaker's titles or organisations: a few each, so a list is
// cheaper than a map.
type tally []tallyEntry

// tallyEntry is one key of a tally and how many times it was seen.
type tallyEntry struct {
	key string
	n   int
}

// add counts one more k.
func (t *tally) add(k string) {
	for i := range *t {
		if (*t)[i].key == k {
			(*t)[i].n++
			return
		}
	}
	*t = append(*t, tallyEntry{k, 1})
}

// mostFrequent returns the most frequent key, the smallest on ties; "" for an empty tally.
func (t tally) mostFrequent() string {
	best, n := "", 0
	for _, e := range t {
		if e.n > n || (e.n == n && e.key < best) {
			best, n = e.key, e.n
		}
	}
	return best
}

// people indexes the PERSON entities by name.
func people(ents []entities.Entity) map[string]entities.Entity {
	m := map[string]entities.Entity{}
	for _, e := range ents {
		if e.Type == entities.Person {
			if _, ok := m[e.Name]; !ok {
				m[e.Name] = e
			}
		}
	}
	return m
}

// speakerNames maps each speaker name of the quotes to the name the summary lists it under, ""
// for names that cannot be a speaker. Names are trimmed of punctuation and of a trailing figure
// (기술경영 전문가 70% → 기술경영 전문가); a name of one character, or one whose mention in the
// text holds no noun (같은), is dropped; a surname with a title (이 위원, 리 부사장) goes to the full name of another speaker
// of the article with that surname (이민형, 피터 리); a name that begins another speaker's name
// (샤오우 → 샤오우엔) goes to the longer one.
func speakerNames(txt *tokenize.Text, qs []quotes.Quote) map[string]string {
	canon := map[string]string{}
	var names []string
	listed := map[string]bool{}    // the names in names
	someone := map[string]bool{}   // names opened by 한 as the tagger's determiner (한 정치평론가, 한 대표)
	titleOf := map[string]string{} // a speaker's title, as its quotes give it
	for _, q := range qs {
		if q.Speaker == nil {
			continue
		}
		if _, ok := canon[q.Speaker.Name]; ok {
			continue
		}
		n := cleanName(q.Speaker.Name)
		if !namesSomeone(txt, q.Speaker.Mention.Span) {
			n = ""
		}
		if indefinite(txt, q.Speaker.Mention.Span) {
			someone[n] = true
		}
		if q.Speaker.Title != "" {
			titleOf[n] = q.Speaker.Title
		}
		canon[q.Speaker.Name] = n
		if n != "" && !listed[n] {
			listed[n] = true
			names = append(names, n)
		}
	}
	target := shortForms(names)
	for n := range someone {
		// 한 정치평론가 is "a certain commentator", not 한동훈 대표: 한 read as a determiner is
		// a surname only when the title after it is the named speaker's (한 대표)
		if t := titleOf[target[n]]; target[n] != "" && t != "" && !strings.HasSuffix(n, " "+t) {
			delete(target, n)
		}
	}
	for raw, n := range canon {
		for i := 0; i < 3 && target[n] != ""; i++ {
			n = target[n]
		}
		canon[raw] = n
	}
	return canon
}

// shortForms maps each name that is a short form of another (sameSpeaker) to the first such
// other in names, which are distinct.
func shortForms(names []string) map[string]string {
	target := map[string]string{}
	words := make([][]string, len(names)) // each name's words, split once for all pairs
	for i, n := range names {
		words[i] = strings.Fields(n)
	}
	// The names another can be a short form of, by what sameSpeaker compares: the first code
	// point of a one-word name of two to four, the last word of a longer name, and every
	// beginning of a one-word name. Each list is in the order of names, so the first that
	// sameSpeaker accepts in the lists a name's form points to is the first of all names
	// (a scan of all names for each made an article of many speakers quadratic).
	all := make([]int, len(names))
	for j := range all {
		all[j] = j
	}
	byFirst, byLast, byStart := map[rune][]int{}, map[string][]int{}, map[string][]int{}
	for j, b := range names {
		lw := words[j]
		switch {
		case len(lw) == 1:
			if n := utf8.RuneCountInString(b); n >= 2 && n <= 4 {
				r, _ := utf8.DecodeRuneInString(b)
				byFirst[r] = append(byFirst[r], j)
			}
			for k := 1; k < len(b); k++ {
				byStart[b[:k]] = append(byStart[b[:k]], j)
			}
		case len(lw) > 1:
			byLast[lw[len(lw)-1]] = append(byLast[lw[len(lw)-1]], j)
		}
	}
	for i, a := range names {
		sw := words[i]
		var lists [2][]int
		switch {
		case len(sw) == 2 && utf8.RuneCountInString(sw[0]) == 1 && utf8.ValidString(sw[0]):
			r, _ := utf8.DecodeRuneInString(sw[0])
			lists = [2][]int{byFirst[r], byLast[sw[0]]}
		case len(sw) == 2 && utf8.RuneCountInString(sw[0]) == 1:
			lists[0] = all // a surname not valid UTF-8: no index
		case len(sw) == 1:
			lists[0] = byStart[a]
		}
		best := len(names)
		for _, list := range lists {
			for _, j := range list {
				if j >= best {
					break
				}
				if a != names[j] && sameSpeaker(a, names[j], sw, words[j]) {
					best = j
					break
				}
			}
		}
		if best < len(names) {
			target[a] = names[best]
		}
	}
	return target
}

// cleanName trims a speaker name; "" when it cannot name anyone.
func cleanName(n string) string {
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(n), ".,;:·…"))
	for len(words) > 1 {
		r, _ := utf8.DecodeRuneInString(words[len(words)-1])
		if !unicode.IsDigit(r) {
			break
		}
		words = words[:len(words)-1]
	}
	n = strings.Join(words, " ")
	if utf8.RuneCountInString(n) < 2 {
		return ""
	}
	return n
}

// sameSpeaker reports whether short names the same speaker as long, in a short form: a surname
// and a title (이 위원 for 이민형, 리 부사장 for 피터 리), or the beginning of the name (샤오우 for
// 샤오우엔).
// sw and lw are the names' words (strings.Fields).
func sameSpeaker(short, long string, sw, lw []string) bool {
	if len(sw) == 2 && utf8.RuneCountInString(sw[0]) == 1 && !strings.Contains(long, sw[1]) {
		if len(lw) == 1 && utf8.RuneCountInString(long) >= 2 && utf8.RuneCountInString(long) <= 4 && strings.HasPrefix(long, sw[0]) {
			return true
		}
		if len(lw) > 1 && lw[len(lw)-1] == sw[0] {
			return true
		}
	}
	return len(sw) == 1 && len(lw) == 1 && len(short) < len(long) && strings.HasPrefix(long, short)
}

// indefinite reports a speaker's mention opened by 한 that the tagger reads as the determiner
// (MM): "a certain" (한 정치평론가) or the surname 한 (한 대표), which only the title tells apart.
func indefinite(txt *tokenize.Text, sp tokenize.Span) bool {
	if txt == nil || sp.Start >= sp.End || sp.End > len(txt.Source) {
		return false
	}
	toks := tokensIn(txt, sp)
	return len(toks) > 0 && toks[0].Surface == "한" && tokenize.FirstTag(toks[0].POS) == "MM"
}

// namesSomeone reports whether a speaker's mention holds a noun, a counter (3명), a pronoun or a
// foreign word; true when the mention is not in the text (an omitted subject).
func namesSomeone(txt *tokenize.Text, sp tokenize.Span) bool {
	if txt == nil || sp.Start >= sp.End || sp.End > len(txt.Source) {
		return true
	}
	toks := tokensIn(txt, sp)
	if len(toks) == 0 {
		return true
	}
	for _, t := range toks {
		switch tokenize.FirstTag(t.POS) {
		case "NNG", "NNP", "NNB", "NNBC", "NR", "NP", "SL", "SH":
			return true
		}
	}
	return false
}
