package entities

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// scanBySurname and scanByFamilyName read every person followed, as bySurname and
// byFamilyName did before their look-ups by name.
func scanBySurname(l *linker, surname, title string, at int, foreign bool) *Entity {
	var best *Entity
	bestScore := -1
	for _, t := range l.people.list {
		e := t.e
		if e.Type != Person || len(e.Mentions) == 0 || e.Mentions[0].Start > at || sourceEntity(e) {
			continue
		}
		if foreign {
			if !strings.HasSuffix(e.Name, " "+surname) {
				continue
			}
		} else if utf8.RuneCountInString(e.Name) < 2 || !strings.HasPrefix(e.Name, surname) || strings.ContainsRune(e.Name, ' ') {
			continue
		}
		score := max(t.last, e.Mentions[0].Start)
		if title != "" && sameTitle(e.Title, title) {
			score += 1 << 30
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

func scanByFamilyName(l *linker, name string, at int) *Entity {
	if strings.ContainsRune(name, ' ') {
		return nil
	}
	var best *Entity
	bestAt := -1
	for _, t := range l.people.list {
		e := t.e
		if len(e.Mentions) > 0 && e.Mentions[0].Start < at && strings.HasSuffix(e.Name, " "+name) && t.last > bestAt {
			best, bestAt = e, t.last
		}
	}
	return best
}

// TestLinkerLookupsAreScans follows random people (Korean names, foreign names of two or three
// words, unnamed sources) and asks bySurname and byFamilyName about every surname, family name
// and title at every offset: the answers are those of reading every person.
func TestLinkerLookupsAreScans(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	words := []string{"백상엽", "백", "백승", "김철수", "김", "브루스 클링너", "클링너", "피터 리", "리", "마이클 피터 리", "업계 관계자", "혼", "샤오우엔 혼"}
	titles := []string{"", "대표", "연구원", "선임연구원", "교수"}
	for trial := 0; trial < 200; trial++ {
		l := &linker{}
		for k := rng.IntN(20); k > 0; k-- {
			e := &Entity{Name: words[rng.IntN(len(words))], Type: Person, Title: titles[rng.IntN(len(titles))]}
			if rng.IntN(8) == 0 {
				e.Type = Organization
			}
			if rng.IntN(6) != 0 {
				at := rng.IntN(100)
				e.Mentions = []Mention{{Span: tokenize.Span{Start: at, End: at + 3}}}
			}
			for m := rng.IntN(3); m >= 0; m-- {
				l.people.track(e, rng.IntN(100), role(rng.IntN(3)), rng.IntN(4) == 0)
			}
		}
		for _, w := range append(words, "", "대") {
			for _, ti := range titles {
				for at := 0; at < 110; at += 7 {
					for _, foreign := range []bool{false, true} {
						if got, want := l.bySurname(w, ti, at, foreign), scanBySurname(l, w, ti, at, foreign); got != want {
							t.Fatalf("trial %d: bySurname(%q, %q, %d, %v) = %v, the scan %v", trial, w, ti, at, foreign, got, want)
						}
					}
				}
			}
			for at := 0; at < 110; at += 7 {
				if got, want := l.byFamilyName(w, at), scanByFamilyName(l, w, at); got != want {
					t.Fatalf("trial %d: byFamilyName(%q, %d) = %v, the scan %v", trial, w, at, got, want)
				}
			}
		}
	}
}
