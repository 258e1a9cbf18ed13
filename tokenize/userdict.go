package tokenize

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	kdict "github.com/ikawaha/kagome-dict/dict"

	"github.com/gisa-nlp/gisa/internal/mapfile"
	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

// DefaultUserCost is the word cost of a user entry that gives none. It is below the cost of
// almost every system entry, so a user word wins over the pieces the system dictionary offers.
const DefaultUserCost = 0

// UserDict is a user dictionary: extra entries such as 카카오엔터프라이즈/NNP or 챗GPT/NNP.
type UserDict struct {
	index   kdict.IndexTable
	morphs  []morph
	entries []userEntry
}

type userEntry struct {
	surface  string
	pos      string
	contents []string  // the feature columns, as MeCab prints them
	feats    *Features // contents, shared by the entry's tokens
}

// newUserEntry makes the entry of a user dictionary line.
func newUserEntry(surface, pos string, contents []string) userEntry {
	return userEntry{surface: surface, pos: pos, contents: contents, feats: newFeatures(contents)}
}

// ReadUserDict reads a user dictionary in CSV: surface,POS[,semantic class[,cost]], one entry a
// line; blank lines and lines starting with # are skipped. name is used in error messages.
// Context ids come from the system dictionary's commonest ids for that tag and final consonant.
func ReadUserDict(r io.Reader, name string) (*UserDict, error) {
	d, err := loadSystemDict(mapfile.Cache{Log: os.Stderr})
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	type row struct {
		e userEntry
		m morph
	}
	var rows []row
	ids := d.userContextIDs()
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		line, _ := cr.FieldPos(0)
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, a...))
		}
		if len(rec) < 2 || len(rec) > 4 {
			return nil, bad("want surface,POS[,semantic[,cost]], got %d fields", len(rec))
		}
		surface, pos := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if surface == "" || !utf8.ValidString(surface) || strings.ContainsAny(surface, " \t") {
			return nil, bad("surface %q must be non-empty UTF-8 without spaces", surface)
		}
		semantic := "*"
		if len(rec) > 2 && strings.TrimSpace(rec[2]) != "" {
			semantic = strings.TrimSpace(rec[2])
		}
		cost := DefaultUserCost
		if len(rec) > 3 {
			c, err := strconv.Atoi(strings.TrimSpace(rec[3]))
			if err != nil || c < -32768 || c > 32767 {
				return nil, bad("cost %q is not a whole number from -32768 to 32767", rec[3])
			}
			cost = c
		}
		coda := codaOf(surface)
		lr, ok := ids[pos+","+coda]
		if !ok {
			return nil, bad("unknown POS tag %q", pos)
		}
		rows = append(rows, row{
			e: newUserEntry(surface, pos, []string{semantic, coda, surface, "*", "*", "*", "*"}),
			m: morph{left: lr[0], right: lr[1], cost: int16(cost)},
		})
	}
	if len(rows) >= maxEntries {
		return nil, fmt.Errorf("%s: %d entries, more than a lattice node can name", name, len(rows))
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].e.surface < rows[j].e.surface })
	u := &UserDict{}
	keys := make([]string, len(rows))
	for i, r := range rows {
		keys[i] = r.e.surface
		u.entries = append(u.entries, r.e)
		u.morphs = append(u.morphs, r.m)
	}
	if len(keys) > 0 {
		idx, err := kdict.BuildIndexTable(keys)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		u.index = idx
	}
	return u, nil
}

// LoadUserDict reads a user dictionary file; see ReadUserDict.
func LoadUserDict(path string) (*UserDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadUserDict(f, path)
}

// Len is the number of entries.
func (u *UserDict) Len() int { return len(u.entries) }

// codaOf is "T" when the last syllable of s ends in a consonant, "F" for an open syllable, and
// "*" when it is not Hangul.
func codaOf(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch utf8fast.Final(r) {
	case -1:
		return "*"
	case 0:
		return "F"
	}
	return "T"
}

// userContextIDs returns contextIDsByTag(d), computed once.
func (d *dictionary) userContextIDs() map[string][2]int16 {
	d.userIDsOnce.Do(func() { d.userIDs = contextIDsByTag(d) })
	return d.userIDs
}

// contextIDsByTag maps "TAG,coda" to the (left, right) context ids most used by plain
// (non-Inflect, non-Compound) system entries of that tag and coda; "TAG,*" holds the commonest
// for the tag whatever the coda, as a fallback.
func contextIDsByTag(d *dictionary) map[string][2]int16 {
	counts := map[string]map[[2]int16]int{}
	bump := func(k string, lr [2]int16) {
		if counts[k] == nil {
			counts[k] = map[[2]int16]int{}
		}
		counts[k][lr]++
	}
	var c [7]string
	for id, m := range d.morphs {
		d.features(int32(id), &c)
		if c[3] != "*" || c[0] != "*" {
			continue
		}
		lr := [2]int16{m.left, m.right}
		bump(d.pos(int32(id))+","+c[1], lr)
		bump(d.pos(int32(id))+",*", lr)
	}
	out := map[string][2]int16{}
	for k, m := range counts {
		best, bestN := [2]int16{}, -1
		for lr, n := range m {
			// Ties go to the lower pair in mecab-ko-dic's own numbering, whatever gisa's.
			o, ob := d.origContext(lr), d.origContext(best)
			if n > bestN || n == bestN && (o[0] < ob[0] || o[0] == ob[0] && o[1] < ob[1]) {
				best, bestN = lr, n
			}
		}
		out[k] = best
	}
	for k := range counts {
		tag, coda, _ := strings.Cut(k, ",")
		if coda != "*" {
			continue
		}
		for _, c := range []string{"T", "F"} {
			if _, ok := out[tag+","+c]; !ok {
				out[tag+","+c] = out[k]
			}
		}
	}
	return out
}
