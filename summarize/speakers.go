package summarize

import (
	"sort"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// quote is the part of quotes.Quote that speakers and claims are built from.
type quote struct {
	tokenize.Span
	Text, Kind, Verb string
	Sentence         int
	Speaker          *person // nil when nobody could be named
}

// person is a quoted speaker: canonical name, title and organisation.
type person struct {
	Name, Title, Org string
}

// buildSpeakers lists everyone quoted, ranked by how much they said: the number of quotes,
// then the characters quoted, then who spoke first. Title and organisation are the ones the
// speaker's quotes give most often, else the entities' (byName, may be nil).
func buildSpeakers(qs []quote, byName map[string]person) []Speaker {
	type acc struct {
		sp     Speaker
		chars  int
		first  int
		titles map[string]int
		orgs   map[string]int
	}
	idx := map[string]*acc{}
	var all []*acc
	for i, q := range qs {
		if q.Speaker == nil || q.Speaker.Name == "" {
			continue
		}
		a, ok := idx[q.Speaker.Name]
		if !ok {
			a = &acc{sp: Speaker{Name: q.Speaker.Name}, first: i, titles: map[string]int{}, orgs: map[string]int{}}
			idx[q.Speaker.Name] = a
			all = append(all, a)
		}
		a.sp.Quotes++
		a.chars += utf8.RuneCountInString(q.Text)
		if q.Speaker.Title != "" {
			a.titles[q.Speaker.Title]++
		}
		if q.Speaker.Org != "" {
			a.orgs[q.Speaker.Org]++
		}
	}
	out := make([]Speaker, 0, len(all))
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].sp.Quotes != all[j].sp.Quotes {
			return all[i].sp.Quotes > all[j].sp.Quotes
		}
		if all[i].chars != all[j].chars {
			return all[i].chars > all[j].chars
		}
		return all[i].first < all[j].first
	})
	for _, a := range all {
		a.sp.Title, a.sp.Org = mostFrequent(a.titles), mostFrequent(a.orgs)
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

// mostFrequent returns the most frequent key, the smallest on ties; "" for an empty map.
func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}
