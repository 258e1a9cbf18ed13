package tokenize

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	ko "github.com/ikawaha/kagome-dict-ko"
	kdict "github.com/ikawaha/kagome-dict/dict"

	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// The parts of mecab-ko-dic 2.1.1's configuration that kagome-dict-ko's compiled copy does not
// carry: the left-space penalty (dicrc), how features map to a pos-id (pos-id.def) and the
// unknown-word lengths (char.def). Apache-2.0, see dicdata/COPYING.
var (
	//go:embed dicdata/dicrc
	dicrcData []byte
	//go:embed dicdata/pos-id.def
	posIDData []byte
	//go:embed dicdata/char.def
	charDefData []byte
	// gisa's own: the order context ids are renumbered in (contextorder.go).
	//go:embed dicdata/context-order.txt
	contextOrderData []byte
)

// morph is one dictionary entry's lattice data: context ids, word cost and the extra cost it
// pays when whitespace precedes it (mecab-ko's left-space penalty, resolved through its pos-id).
type morph struct {
	left, right int16
	cost        int16
	penalty     int16
}

// MarshalJSON writes a morph as [left, right, cost, penalty] (for the dictionary's meta section).
func (m morph) MarshalJSON() ([]byte, error) {
	return json.Marshal([4]int16{m.left, m.right, m.cost, m.penalty})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (m *morph) UnmarshalJSON(b []byte) error {
	var a [4]int16
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	*m = morph{a[0], a[1], a[2], a[3]}
	return nil
}

// daNode is one cell of the double-array trie over the entries' UTF-8 bytes, as
// kagome-dict builds it: child of p by byte c is q = base[p]+c when check[q] == p, and the
// terminator cell base[p]+0 holds -id of the first entry with that surface.
type daNode struct {
	base, check int32
}

// daChild returns the state that byte c leads to from state p of da, ok false when none.
func daChild(da []daNode, p int, c byte) (q int, ok bool) {
	q = int(da[p].base) + int(c)
	return q, q >= 0 && q < len(da) && int(da[q].check) == p
}

// daEntry returns the first entry id of the surface that ends at state p of da, ok false when
// no surface ends there.
func daEntry(da []daNode, p int) (id int32, ok bool) {
	if e := int(da[p].base); e >= 0 && e < len(da) && int(da[e].check) == p && da[e].base <= 0 {
		return -da[e].base, true
	}
	return 0, false
}

// charClass is one character class of char.def.
type charClass struct {
	Name   string
	Invoke bool    // always add unknown-word candidates, even when the dictionary matched
	Group  bool    // add one candidate spanning the whole run of this class
	Length int     // add candidates of 1..Length characters
	Unk    []int32 // its entries in the unknown-word dictionary
}

// dictionary is the system dictionary flattened for the lattice: plain slices, no maps on the
// hot path, every large part a fixed-size array so that it can be used in place from a
// memory-mapped file (see dictfile.go). Feature strings are decoded only for output tokens.
type dictionary struct {
	da      []daNode
	rda     []runeCell // the same trie over code points (runetrie.go), nil when not built
	codes   runeCodes  // the characters' codes in rda
	dup     []uint8    // dup[id] = how many entries after id share its surface
	morphs  []morph
	posIdx  []uint16 // posIdx[id] indexes posNames: the full tag, e.g. "VV+EP"
	featOff []uint32 // featOff[id] is where the entry's feature record starts in featBlob
	feats   []byte   // records of 7 fields, each a uvarint length and the bytes
	conn    []int16  // conn[rnode.left*connRows + lnode.right]
	charCat []uint8  // class index per rune below len(charCat)

	meta dictMeta

	userIDsOnce sync.Once
	userIDs     map[string][2]int16 // context ids for user entries, see contextIDsByTag

	// The tables the lattice reads at random, moved to huge pages once the process has shown
	// it is a bulk job (hugepages.go); nil until then.
	hot       atomic.Pointer[hotTables]
	processed atomic.Int64 // bytes tokenized with this dictionary
	promote   sync.Once
}

// hotTables are the tables the lattice reads at random: the rune trie (or, without one, the
// double array and the homograph counts), the connection matrix and the entries' costs.
type hotTables struct {
	da     []daNode
	rda    []runeCell
	conn   []int16
	dup    []uint8
	morphs []morph
}

// tables returns the tables the lattice reads: the huge-page copies when there are some.
func (d *dictionary) tables() hotTables {
	if h := d.hot.Load(); h != nil {
		return *h
	}
	return hotTables{d.da, d.rda, d.conn, d.dup, d.morphs}
}

// hugePagesAfter is how many bytes a process tokenizes before the tables move to huge pages.
// A short run (one article) never pays the copy (about 50 MB, 0.1 CPU-second under load); a
// bulk job gains about a sixth of its tokenizing time, which goes mostly to TLB misses in
// these tables. A caller that knows a long input is coming moves them at once
// (Tokenizer.PrepareBulk).
const hugePagesAfter = 1 << 20

// count notes n more bytes tokenized and moves the tables to huge pages past the threshold.
func (d *dictionary) count(n int) {
	if d.processed.Add(int64(n)) > hugePagesAfter && d.hot.Load() == nil {
		d.promoteTables()
	}
}

// promoteTables moves the tables to huge pages, once per process.
func (d *dictionary) promoteTables() {
	d.promote.Do(func() {
		if h := hugePageTables(d.tables()); h != nil {
			d.hot.Store(h)
		}
	})
}

// dictMeta is the small part of the dictionary, stored as one JSON section.
type dictMeta struct {
	PosNames    []string
	ConnRows    int // number of right context ids
	LeftSize    int // number of left context ids
	Classes     []charClass
	Space       uint8 // class index of SPACE
	UnkMorphs   []morph
	UnkPOS      []string
	UnkContents [][]string
	// OrigLeft[id] and OrigRight[id] are mecab-ko-dic's numbers for the renumbered context ids
	// (contextorder.go); empty when the ids were kept.
	OrigLeft, OrigRight []int16
}

// origContext returns mecab-ko-dic's numbers for a (left, right) context id pair.
func (d *dictionary) origContext(lr [2]int16) [2]int16 {
	if d.meta.OrigLeft == nil {
		return lr
	}
	return [2]int16{d.meta.OrigLeft[lr[0]], d.meta.OrigRight[lr[1]]}
}

// sysDicts holds mecab-ko-dic as loaded in this process, per cache directory.
var sysDicts mapfile.PerDir[*dictionary]

// loadSystemDict returns mecab-ko-dic, loaded once per process and cache directory: mapped
// from the compiled copy in the cache when there is a good one, else compiled from
// kagome-dict-ko now (and cached for the next process). Notices go to c.Log.
func loadSystemDict(c mapfile.Cache) (*dictionary, error) {
	return sysDicts.Get(c, dictFile(), func() (*dictionary, error) { return openCachedDict(c) })
}

// buildDictionary flattens kagome-dict-ko's mecab-ko-dic 2.1.1 into the lattice's layout.
func buildDictionary() (*dictionary, error) {
	return newDictionary(ko.Dict(), contextOrderData)
}

// newDictionary flattens kd, renumbering its context ids in the order given (see
// contextorder.go), or keeping mecab-ko-dic's when order is nil.
func newDictionary(kd *kdict.Dict, order []byte) (*dictionary, error) {
	penalties, err := parseSpacePenalty(dicrcData)
	if err != nil {
		return nil, err
	}
	rules, err := parsePOSIDRules(posIDData)
	if err != nil {
		return nil, err
	}
	lengths, err := parseCharDefLengths(charDefData)
	if err != nil {
		return nil, err
	}
	n := len(kd.Morphs)
	d := &dictionary{
		da:      make([]daNode, len(kd.Index.Da)),
		dup:     make([]uint8, n),
		morphs:  make([]morph, n),
		posIdx:  make([]uint16, n),
		featOff: make([]uint32, n),
		conn:    kd.Connection.Vec,
		charCat: kd.CharCategory,
	}
	d.meta.PosNames = kd.POSTable.NameList
	d.meta.ConnRows = int(kd.Connection.Row)
	d.meta.LeftSize = int(kd.Connection.Col)
	for i, c := range kd.Index.Da {
		d.da[i] = daNode{c.Base, c.Check}
	}
	for id, k := range kd.Index.Dup {
		if k > 255 || id < 0 || int(id) >= n {
			return nil, fmt.Errorf("tokenize: entry %d has %d homographs, more than this layout holds", id, k)
		}
		d.dup[id] = uint8(k)
	}
	// Feature records are shared: most entries' 7 fields repeat another entry's exactly.
	seen := map[string]uint32{}
	var rec []byte
	feats := make([]string, 0, 8)
	for i, m := range kd.Morphs {
		p := kd.POSTable.POSs[i][0]
		d.posIdx[i] = uint16(p)
		feats = append(append(feats[:0], kd.POSTable.NameList[p]), kd.Contents[i]...)
		d.morphs[i] = morph{m.LeftID, m.RightID, m.Weight, penalties[rules.posID(feats)]}
		rec = rec[:0]
		for f := 0; f < 7; f++ {
			v := "*"
			if f < len(kd.Contents[i]) {
				v = kd.Contents[i][f]
			}
			rec = binary.AppendUvarint(rec, uint64(len(v)))
			rec = append(rec, v...)
		}
		off, ok := seen[string(rec)]
		if !ok {
			off = uint32(len(d.feats))
			seen[string(rec)] = off
			d.feats = append(d.feats, rec...)
		}
		d.featOff[i] = off
	}
	for i, name := range kd.CharClass {
		c := charClass{Name: name, Invoke: kd.InvokeList[i], Group: kd.GroupList[i], Length: lengths[name]}
		if name == "SPACE" {
			d.meta.Space = uint8(i)
		}
		d.meta.Classes = append(d.meta.Classes, c)
	}
	for cat, first := range kd.UnkDict.Index {
		if int(cat) >= len(d.meta.Classes) {
			return nil, fmt.Errorf("tokenize: unknown-word entry for class %d of %d", cat, len(d.meta.Classes))
		}
		for id := first; id <= first+kd.UnkDict.IndexDup[cat]; id++ {
			d.meta.Classes[cat].Unk = append(d.meta.Classes[cat].Unk, id)
		}
	}
	for i, m := range kd.UnkDict.Morphs {
		c := kd.UnkDict.Contents[i]
		d.meta.UnkPOS = append(d.meta.UnkPOS, c[0])
		d.meta.UnkContents = append(d.meta.UnkContents, c[1:])
		d.meta.UnkMorphs = append(d.meta.UnkMorphs, morph{m.LeftID, m.RightID, m.Weight, penalties[rules.posID(c)]})
	}
	if err := d.checkContextIDs(); err != nil {
		return nil, fmt.Errorf("tokenize: %v", err)
	}
	if d.rda, d.codes, err = buildRuneTrie(d.da, d.dup); err != nil {
		return nil, fmt.Errorf("tokenize: rune trie: %v", err)
	}
	if order != nil {
		o, err := parseContextOrder(order, d.meta.LeftSize, d.meta.ConnRows)
		if err != nil {
			return nil, fmt.Errorf("tokenize: %v", err)
		}
		d.renumber(o)
	}
	return d, nil
}

// checkContextIDs checks that every entry's context ids index the connection matrix, which
// the lattice's inner loop relies on, and that every class's unknown-word entries exist.
func (d *dictionary) checkContextIDs() error {
	if len(d.morphs) >= maxEntries || len(d.meta.UnkMorphs) >= maxEntries {
		return fmt.Errorf("%d entries, more than a lattice node can name", len(d.morphs))
	}
	ok := func(m morph) bool {
		return m.left >= 0 && int(m.left) < d.meta.LeftSize && m.right >= 0 && int(m.right) < d.meta.ConnRows
	}
	// Every process checks the 816k system entries as it loads the dictionary: a branch-free
	// pass takes the largest ids (read as unsigned, a negative one is larger than any), and
	// only a dictionary that fails is walked again to name the first bad entry.
	var maxLeft, maxRight uint16
	for _, m := range d.morphs {
		maxLeft, maxRight = max(maxLeft, uint16(m.left)), max(maxRight, uint16(m.right))
	}
	if int(maxLeft) >= d.meta.LeftSize || int(maxRight) >= d.meta.ConnRows {
		for id, m := range d.morphs {
			if !ok(m) {
				return fmt.Errorf("entry %d: context ids %d,%d outside the %dx%d matrix", id, m.left, m.right, d.meta.LeftSize, d.meta.ConnRows)
			}
		}
	}
	for id, m := range d.meta.UnkMorphs {
		if !ok(m) {
			return fmt.Errorf("unknown-word entry %d: context ids %d,%d outside the matrix", id, m.left, m.right)
		}
	}
	for _, c := range d.meta.Classes {
		for _, id := range c.Unk {
			if id < 0 || int(id) >= len(d.meta.UnkMorphs) {
				return fmt.Errorf("class %s: unknown-word entry %d missing", c.Name, id)
			}
		}
	}
	if len(d.meta.UnkPOS) != len(d.meta.UnkMorphs) || len(d.meta.UnkContents) != len(d.meta.UnkMorphs) {
		return fmt.Errorf("unknown-word tables disagree in length")
	}
	return nil
}

// class returns the char.def class of r.
func (d *dictionary) class(r rune) uint8 {
	if int(r) < len(d.charCat) && r >= 0 {
		return d.charCat[r]
	}
	return d.charCat[0]
}

// pos is the full tag of system entry id.
func (d *dictionary) pos(id int32) string { return d.meta.PosNames[d.posIdx[id]] }

// features decodes the 7 feature columns after the tag of system entry id into dst.
func (d *dictionary) features(id int32, dst *[7]string) {
	b := d.feats[d.featOff[id]:]
	for f := range dst {
		n, k := binary.Uvarint(b)
		if n > 0 {
			// The records are never modified: the strings can share their memory.
			dst[f] = unsafe.String(&b[k], int(n))
		} else {
			dst[f] = ""
		}
		b = b[k+int(n):]
	}
}

// parseSpacePenalty reads dicrc's left-space-penalty-factor: pos-id, cost, pos-id, cost, ...
func parseSpacePenalty(dicrc []byte) (map[int]int16, error) {
	sc := bufio.NewScanner(bytes.NewReader(dicrc))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok || strings.TrimSpace(k) != "left-space-penalty-factor" {
			continue
		}
		f := strings.Split(strings.TrimSpace(v), ",")
		if len(f)%2 != 0 {
			return nil, fmt.Errorf("tokenize: dicrc: left-space-penalty-factor has an odd number of fields")
		}
		m := map[int]int16{}
		for i := 0; i < len(f); i += 2 {
			id, err1 := strconv.Atoi(strings.TrimSpace(f[i]))
			cost, err2 := strconv.Atoi(strings.TrimSpace(f[i+1]))
			if err1 != nil || err2 != nil || cost > 32767 || cost < -32768 {
				return nil, fmt.Errorf("tokenize: dicrc: bad left-space-penalty-factor pair %q,%q", f[i], f[i+1])
			}
			m[id] = int16(cost)
		}
		return m, nil
	}
	return nil, fmt.Errorf("tokenize: dicrc has no left-space-penalty-factor")
}

// posIDRules is pos-id.def: the first rule whose fields all match a morpheme's features gives
// its pos-id. A field matches when it is "*" or equal.
type posIDRules []struct {
	fields []string
	id     int
}

func parsePOSIDRules(def []byte) (posIDRules, error) {
	var rules posIDRules
	sc := bufio.NewScanner(bytes.NewReader(def))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		sp := strings.LastIndexByte(line, ' ')
		if sp < 0 {
			return nil, fmt.Errorf("tokenize: pos-id.def:%d: no id", n)
		}
		id, err := strconv.Atoi(strings.TrimSpace(line[sp+1:]))
		if err != nil {
			return nil, fmt.Errorf("tokenize: pos-id.def:%d: %v", n, err)
		}
		rules = append(rules, struct {
			fields []string
			id     int
		}{strings.Split(strings.TrimSpace(line[:sp]), ","), id})
	}
	return rules, nil
}

func (r posIDRules) posID(features []string) int {
rules:
	for _, rule := range r {
		for i, f := range rule.fields {
			if f == "*" {
				continue
			}
			if i >= len(features) || features[i] != f {
				continue rules
			}
		}
		return rule.id
	}
	return -1
}

// parseCharDefLengths reads the class lines of char.def ("NAME invoke group length").
func parseCharDefLengths(def []byte) (map[string]int, error) {
	m := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(def))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(f[0], "0x") {
			continue
		}
		n, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("tokenize: char.def: class %s: bad length %q", f[0], f[3])
		}
		m[f[0]] = n
	}
	return m, nil
}
