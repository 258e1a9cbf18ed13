package tokenize

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	ko "github.com/ikawaha/kagome-dict-ko"
	kdict "github.com/ikawaha/kagome-dict/dict"
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
)

// morph is one dictionary entry's lattice data: context ids, word cost and the extra cost it
// pays when whitespace precedes it (mecab-ko's left-space penalty, resolved through its pos-id).
type morph struct {
	left, right int16
	cost        int16
	penalty     int16
}

// charClass is one character class of char.def.
type charClass struct {
	name   string
	invoke bool // always add unknown-word candidates, even when the dictionary matched
	group  bool // add one candidate spanning the whole run of this class
	length int  // add candidates of 1..length characters
	unk    []int32
}

// dictionary is the system dictionary flattened for the lattice: plain slices, no maps on the
// hot path. Feature strings stay in the kagome dictionary and are read only for output tokens.
type dictionary struct {
	da       kdict.IndexTable
	dup      []uint8 // dup[id] = how many entries after id share its surface
	morphs   []morph
	pos      []string // pos[id] = full tag, e.g. "VV+EP"
	contents [][]string

	conn     []int16 // conn[rnode.left*connRows + lnode.right]
	connRows int
	leftSize int // number of left context ids

	charCat []uint8 // class index per rune below len(charCat)
	classes []charClass
	space   uint8 // class index of SPACE

	unkMorphs   []morph
	unkPOS      []string
	unkContents [][]string

	userIDsOnce sync.Once
	userIDs     map[string][2]int16 // context ids for user entries, see contextIDsByTag
}

var (
	sysDictOnce sync.Once
	sysDict     *dictionary
	sysDictErr  error
)

// loadSystemDict loads mecab-ko-dic once per process.
func loadSystemDict() (*dictionary, error) {
	sysDictOnce.Do(func() {
		sysDict, sysDictErr = newDictionary(ko.Dict())
	})
	return sysDict, sysDictErr
}

func newDictionary(kd *kdict.Dict) (*dictionary, error) {
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
	d := &dictionary{
		da:       kd.Index,
		morphs:   make([]morph, len(kd.Morphs)),
		pos:      make([]string, len(kd.Morphs)),
		contents: kd.Contents,
		conn:     kd.Connection.Vec,
		connRows: int(kd.Connection.Row),
		leftSize: int(kd.Connection.Col),
		charCat:  kd.CharCategory,
	}
	d.dup = make([]uint8, len(kd.Morphs))
	for id, n := range kd.Index.Dup {
		if n > 255 {
			return nil, fmt.Errorf("tokenize: entry %d has %d homographs, more than this layout holds", id, n)
		}
		d.dup[id] = uint8(n)
	}
	names := kd.POSTable.NameList
	feats := make([]string, 0, 8)
	for i, m := range kd.Morphs {
		tag := names[kd.POSTable.POSs[i][0]]
		d.pos[i] = tag
		feats = append(append(feats[:0], tag), kd.Contents[i]...)
		d.morphs[i] = morph{m.LeftID, m.RightID, m.Weight, penalties[rules.posID(feats)]}
	}
	for i, name := range kd.CharClass {
		c := charClass{name: name, invoke: kd.InvokeList[i], group: kd.GroupList[i], length: lengths[name]}
		if name == "SPACE" {
			d.space = uint8(i)
		}
		d.classes = append(d.classes, c)
	}
	for cat, first := range kd.UnkDict.Index {
		for id := first; id <= first+kd.UnkDict.IndexDup[cat]; id++ {
			d.classes[cat].unk = append(d.classes[cat].unk, id)
		}
	}
	d.unkMorphs = make([]morph, len(kd.UnkDict.Morphs))
	d.unkPOS = make([]string, len(kd.UnkDict.Morphs))
	d.unkContents = make([][]string, len(kd.UnkDict.Morphs))
	for i, m := range kd.UnkDict.Morphs {
		c := kd.UnkDict.Contents[i]
		d.unkPOS[i] = c[0]
		d.unkContents[i] = c[1:]
		d.unkMorphs[i] = morph{m.LeftID, m.RightID, m.Weight, penalties[rules.posID(c)]}
	}
	return d, nil
}

// class returns the char.def class of r.
func (d *dictionary) class(r rune) uint8 {
	if int(r) < len(d.charCat) && r >= 0 {
		return d.charCat[r]
	}
	return d.charCat[0]
}

// connCost is the connection cost from a morpheme with right id r to one with left id l.
func (d *dictionary) connCost(r, l int16) int32 {
	return int32(d.conn[int(l)*d.connRows+int(r)])
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
