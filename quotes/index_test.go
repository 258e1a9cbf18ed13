package quotes

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

// extractWith runs the extractor on txt with every entity mention, person and team indexed
// (scan false) or all read in full (scan true), and returns its state.
func extractWith(txt *tokenize.Text, head tokenize.Span, ents []entities.Entity, scan bool) *doc {
	defer func(n int) { scanUpTo = n }(scanUpTo)
	scanUpTo = 0
	if scan {
		scanUpTo = math.MaxInt - 1
	}
	d := newDoc(txt, head, ents)
	d.run()
	return d
}

// TestIndexesAgreeWithScans asks the indexes every question the extractor could ask of them,
// on the seed article and the 53 news articles of ../shared (when present) after extraction
// has added its speakers and teams, and compares with the answers of reading all entries.
// Every article is indexed, however few its entries.
func TestIndexesAgreeWithScans(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed-kakao.txt")
	if err != nil {
		t.Fatal(err)
	}
	srcs := []string{string(seed)}
	if arts, err := summeval.LoadNewsArticles(); err == nil {
		for _, a := range arts {
			src, _ := a.Document()
			srcs = append(srcs, src)
		}
	} else {
		t.Logf("the seed article only: %v", err)
	}
	tk, err := tokenize.New()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := entities.NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	queries := 0
	for n, src := range srcs {
		txt, err := tk.Analyze(src)
		if err != nil {
			t.Fatal(err)
		}
		head := tokenize.Span{End: max(strings.IndexByte(src, '\n'), 0)}
		ents := rec.Recognize(txt)
		d, ref := extractWith(txt, head, ents, false), extractWith(txt, head, ents, true)
		if d.entityIndex() == nil || len(d.people) > 0 && d.pidx.byKey == nil || ref.entityIndex() != nil || ref.pidx.byKey != nil {
			t.Fatal("extractWith did not index one and scan the other")
		}
		// people and teams are both docs' (the same), found by the same rules
		if len(d.people) != len(ref.people) || len(d.teams) != len(ref.teams) {
			t.Fatalf("article %d: %d people and %d teams indexed, %d and %d read in full", n, len(d.people), len(d.teams), len(ref.people), len(ref.teams))
		}
		personIndex := func(d *doc, p *person) int {
			for i := range d.people {
				if &d.people[i] == p {
					return i
				}
			}
			return -1
		}
		entityIndex := func(e *entities.Entity) int {
			for i := range ents {
				if &ents[i] == e {
					return i
				}
			}
			return -1
		}
		checkEntityAt := func(sp tokenize.Span) {
			if got, want := entityIndex(d.entityAt(sp)), entityIndex(ref.entityAt(sp)); got != want {
				t.Fatalf("article %d: entityAt(%v) is entity %d, reading all gives %d", n, sp, got, want)
			}
		}
		// the names, surnames, last words and titles met, and none
		surnames, titles := map[string]bool{"": true}, map[string]bool{"": true}
		for _, p := range d.people {
			surnames[p.name] = true
			surnames[string([]rune(p.name)[:1])] = true
			surnames[p.name[strings.LastIndexByte(p.name, ' ')+1:]] = true
			titles[p.title] = true
			if r := []rune(p.title); len(r) > 1 {
				titles[string(r[1:])] = true
			}
		}
		heads := map[string]bool{"연구진": true, "연구팀": true}
		for _, tm := range d.teams {
			heads[tm.name] = true
		}
		// spans touching a mention on either side, and inside one
		for _, e := range ents {
			for _, m := range e.Mentions {
				checkEntityAt(tokenize.Span{Start: m.End, End: m.End + 3})
				checkEntityAt(tokenize.Span{Start: max(m.Start-3, 0), End: m.Start})
				checkEntityAt(tokenize.Span{Start: m.Start + 1, End: m.Start + 1})
			}
		}
		for k := range d.words {
			w := d.words[k]
			checkEntityAt(w.Span)
			got, want := d.omittedSubject(k), ref.omittedSubject(k)
			if (got == nil) != (want == nil) || got != nil && *got != *want {
				t.Fatalf("article %d: omittedSubject(%d) = %v, reading all gives %v", n, k, got, want)
			}
			for h := range heads {
				if got, want := d.latestTeam(h, w.Start), ref.latestTeam(h, w.Start); got != want {
					t.Fatalf("article %d: latestTeam(%q, %d) = %q, reading all gives %q", n, h, w.Start, got, want)
				}
			}
			if k%3 != 0 && k != len(d.words)-1 {
				continue
			}
			for _, at := range []int{w.Start, len(d.src)} {
				for s := range surnames {
					for ti := range titles {
						for _, foreign := range []bool{false, true} {
							queries++
							got, want := personIndex(d, d.findPerson(s, ti, at, foreign)), personIndex(ref, ref.findPerson(s, ti, at, foreign))
							if got != want {
								t.Fatalf("article %d: findPerson(%q, %q, %d, %v) is person %d, reading all gives %d", n, s, ti, at, foreign, got, want)
							}
						}
					}
				}
			}
		}
		d.release()
		ref.release()
	}
	t.Logf("%d articles, %d findPerson queries", len(srcs), queries)
}
