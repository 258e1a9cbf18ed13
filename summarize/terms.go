package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
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

// vocab interns the terms of one document as small integers, so that term lists are built,
// counted and compared without string maps; a term is looked up from a byte buffer and only
// its first occurrence allocates.
type vocab struct {
	ids   map[string]int32
	names []string // names[id] is the term
	stop  []uint8  // stop[id]: the term's stopNoun and stopPredicate bits, set once
	buf   []byte
	arena strings.Builder // the bytes of the terms made from byte buffers, chunk by chunk
}

// Bits of vocab.stop.
const (
	stopNoun      = 1 << iota // the term is in stopNouns
	stopPredicate             // the term is in stopPredicates
)

// add gives the new term s the next id.
func (v *vocab) add(s string) int32 {
	id := int32(len(v.names))
	v.ids[s] = id
	v.names = append(v.names, s)
	var stop uint8
	if stopNouns[s] {
		stop |= stopNoun
	}
	if stopPredicates[s] {
		stop |= stopPredicate
	}
	v.stop = append(v.stop, stop)
	return id
}

// newVocab returns a vocab for about size terms.
func newVocab(size int) *vocab { return &vocab{ids: make(map[string]int32, size)} }

// reset empties v, keeping its map and buffers.
func (v *vocab) reset() {
	clear(v.ids)
	clear(v.names)
	v.names, v.stop = v.names[:0], v.stop[:0]
}

// id returns the id of the term b, adding it when new.
func (v *vocab) id(b []byte) int32 {
	if id, ok := v.ids[string(b)]; ok {
		return id
	}
	return v.add(v.intern(b))
}

// arenaChunk is the size of a new chunk of a vocab's arena.
const arenaChunk = 4096

// intern returns b as a string kept in v's arena: the terms share a few allocations instead of
// one each. A full chunk is left to the strings made in it (strings.Builder never changes the
// bytes it has written) and a new one started.
func (v *vocab) intern(b []byte) string {
	if v.arena.Cap()-v.arena.Len() < len(b) {
		v.arena = strings.Builder{}
		v.arena.Grow(max(arenaChunk, len(b)))
	}
	start := v.arena.Len()
	v.arena.Write(b)
	return v.arena.String()[start:]
}

// idOf returns the id of the term s, adding it when new.
func (v *vocab) idOf(s string) int32 {
	if id, ok := v.ids[s]; ok {
		return id
	}
	return v.add(s)
}

// appendLower appends s lower-cased as strings.ToLower does it.
func appendLower(b []byte, s string) []byte {
	switch lowerCase(s) {
	case lowerSame:
		return append(b, s...) // most terms: Hangul, digits, lower-case Latin
	case lowerOther:
		return append(b, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// What lower-casing does to a string (lowerCase).
const (
	lowerSame  = iota // nothing: no letter with a case
	lowerASCII        // it lowers ASCII capitals, and there are no other letters with a case
	lowerOther        // it may change letters beyond ASCII: strings.ToLower's business
)

// lowerCase tells what lower-casing does to s: Hangul syllables and ASCII other than capitals
// stay; anything else beyond ASCII may change.
func lowerCase(s string) int {
	upper := false // an ASCII capital to lower
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		// Hangul syllables have no case; other letters may.
		if utf8fast.Syllable(s, i) >= 0 {
			i += 3
			continue
		}
		return lowerOther
	}
	if upper {
		return lowerASCII
	}
	return lowerSame
}

// contentIDs appends to out the ids of the content morphemes of a sentence: nouns and proper
// nouns, roots, Latin words (lower-cased), Hanja, numbers with their counters, and, when
// withPredicates is set, the lemmas of verbs and adjectives. Adjacent nouns, roots and Latin
// words inside one eojeol are also returned joined ("챗"+"GPT" adds "챗gpt"), so compounds
// count as terms of their own. facts are the tokens' facts, aligned with toks.
func (v *vocab) contentIDs(toks []tokenize.Token, facts []tokFact, withPredicates bool, out []int32) []int32 {
	runStart := 0 // the run is toks[runStart:runStart+runLen]
	runLen := 0   // how many morphemes the run holds
	runEojeol := -1
	var term [64]byte
	flush := func() {
		if runLen > 1 {
			// Only a run of two or more is a term: its surfaces are joined here.
			run := v.buf[:0]
			for k := runStart; k < runStart+runLen; k++ {
				if facts[k].class == tcLatin {
					run = appendLower(run, toks[k].Surface)
				} else {
					run = append(run, toks[k].Surface...)
				}
			}
			out = append(out, v.id(run))
			v.buf = run
		}
		runLen = 0
	}
	facts = facts[:len(toks)]
	for i := range toks {
		t, f := &toks[i], &facts[i]
		if t.Eojeol != runEojeol {
			flush()
			runEojeol = t.Eojeol
		}
		inRun := false
		switch f.class {
		case tcNoun:
			if f.term >= 0 && v.stop[f.term]&stopNoun == 0 {
				out = append(out, f.term)
			}
			inRun = true
		case tcRoot, tcHanja, tcLatin:
			if f.term >= 0 {
				out = append(out, f.term)
			}
			inRun = true
		case tcPrefix:
			inRun = true // a prefix joins the compound it starts: 초+거대+AI
		case tcNumber:
			if i+1 < len(toks) && toks[i+1].Eojeol == t.Eojeol && facts[i+1].class == tcCounter {
				if t.Surface != "" || toks[i+1].Surface != "" {
					out = append(out, v.id(append(append(term[:0], t.Surface...), toks[i+1].Surface...)))
				}
			}
		case tcPredicate:
			if withPredicates && f.term >= 0 && v.stop[f.term]&stopPredicate == 0 {
				out = append(out, f.term)
			}
		}
		if inRun {
			if runLen == 0 {
				runStart = i
			}
			runLen++
		} else {
			flush()
		}
	}
	flush()
	return out
}
