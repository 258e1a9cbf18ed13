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

// extractWith runs the extractor on txt with every entity mention indexed (scan false) or all
// read in full (scan true), and returns its state.
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

// TestIndexesAgreeWithScans asks the entity index every question the extractor could ask of
// it, on the seed article and the 53 news articles of ../shared (when present), and compares
// with the answers of reading all mentions. Every article is indexed, however few its mentions.
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
		if d.entityIndex() == nil || ref.entityIndex() != nil {
			t.Fatal("extractWith did not index one and scan the other")
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
			queries++
			if got, want := entityIndex(d.entityAt(sp)), entityIndex(ref.entityAt(sp)); got != want {
				t.Fatalf("article %d: entityAt(%v) is entity %d, reading all gives %d", n, sp, got, want)
			}
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
		}
		d.release()
		ref.release()
	}
	t.Logf("%d articles, %d entityAt queries", len(srcs), queries)
}
