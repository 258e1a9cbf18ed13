package tokenize

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	ko "github.com/ikawaha/kagome-dict-ko"

	"github.com/gisa-nlp/gisa/internal/shareddata"
)

var updateContextOrder = flag.Bool("update-context-order", false,
	"rewrite dicdata/context-order.txt from the lattices of ../shared's KLUE-NER dev sentences")

// plainTokenizer tokenizes with mecab-ko-dic's own context ids (no renumbering).
func plainTokenizer(tb testing.TB) *Tokenizer {
	tb.Helper()
	d, err := newDictionary(ko.Dict(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return newTokenizer(d)
}

// TestContextOrderFile checks the embedded order renumbers the ids; with
// -update-context-order it first rewrites the file.
func TestContextOrderFile(t *testing.T) {
	if *updateContextOrder {
		writeContextOrder(t)
		return
	}
	d := testTokenizer(t).dict
	if d.meta.OrigLeft == nil || d.meta.OrigRight == nil {
		t.Fatal("context ids were not renumbered")
	}
	if _, err := parseContextOrder(contextOrderData, d.meta.LeftSize, d.meta.ConnRows); err != nil {
		t.Fatal(err)
	}
}

// TestRenumberingKeepsAnalyses checks that the renumbered dictionary gives exactly the
// analyses of mecab-ko-dic's numbering, with and without the space penalty and with a user
// dictionary (whose context ids are chosen by counting system entries, ties by id).
func TestRenumberingKeepsAnalyses(t *testing.T) {
	text := seedText(t)
	for _, f := range []string{"testdata/tricky.txt", "testdata/tricky-more.txt"} {
		if b, err := os.ReadFile(f); err == nil {
			text += "\n" + string(b)
		}
	}
	plain, renum := plainTokenizer(t), testTokenizer(t)
	ud, err := ReadUserDict(strings.NewReader("카카오엔터프라이즈,NNP\n초거대AI,NNG\n백상엽,NNP,인명\n"), "user.csv")
	if err != nil {
		t.Fatal(err)
	}
	// The same user entries with mecab-ko-dic's ids, for the plain dictionary.
	plainUD := *ud
	plainUD.morphs = slices.Clone(ud.morphs)
	for i, m := range plainUD.morphs {
		lr := renum.dict.origContext([2]int16{m.left, m.right})
		plainUD.morphs[i].left, plainUD.morphs[i].right = lr[0], lr[1]
	}
	for _, pen := range []bool{true, false} {
		for _, users := range [][2]*UserDict{{nil, nil}, {&plainUD, ud}} {
			a := newTokenizer(plain.dict, WithSpacePenalty(pen), WithUserDict(users[0]))
			b := newTokenizer(renum.dict, WithSpacePenalty(pen), WithUserDict(users[1]))
			user := users[1]
			ta, tb := a.AppendTokens(nil, text), b.AppendTokens(nil, text)
			if len(ta) != len(tb) {
				t.Fatalf("penalty %v, user %v: %d tokens vs %d renumbered", pen, user != nil, len(ta), len(tb))
			}
			for i := range ta {
				if ta[i].Span != tb[i].Span || ta[i].POS != tb[i].POS || ta[i].MeCabFeature() != tb[i].MeCabFeature() {
					t.Fatalf("penalty %v, user %v, token %d: %+v vs renumbered %+v", pen, user != nil, i, ta[i], tb[i])
				}
			}
		}
	}
	if a, b := contextIDsByTag(plain.dict), contextIDsByTag(renum.dict); len(a) != len(b) {
		t.Fatalf("user-entry context ids: %d tags vs %d", len(a), len(b))
	} else {
		for k, lr := range a {
			if got := renum.dict.origContext(b[k]); got != lr {
				t.Errorf("user-entry ids for %s: %v, renumbered %v (originally %v)", k, lr, b[k], got)
			}
		}
	}
}

// writeContextOrder counts how often each context id occurs among the lattice nodes of the
// KLUE-NER dev sentences and writes the ids most used first (id 0 always first).
func writeContextOrder(t *testing.T) {
	dir, err := shareddata.Dir()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "data", "ner", "klue_dev.spans.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tk := plainTokenizer(t)
	d := tk.dict
	left, right := make([]int, d.meta.LeftSize), make([]int, d.meta.ConnRows)
	lt := new(lattice)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	sentences := 0
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(r.Text, "\n") {
			tk.viterbi(lt, line)
			for _, n := range lt.nodes[1:] {
				left[n.left]++
				right[n.right]++
			}
		}
		sentences++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# gisa: mecab-ko-dic context ids, most used first (see contextorder.go).\n")
	fmt.Fprintf(&b, "# Counted over the lattices of %d KLUE-NER v1.1 dev sentences; regenerate with\n", sentences)
	fmt.Fprintf(&b, "# go test ./tokenize -run TestContextOrderFile -update-context-order\n")
	for _, side := range []struct {
		name   string
		counts []int
	}{{"left", left}, {"right", right}} {
		ids := make([]int, len(side.counts))
		for i := range ids {
			ids[i] = i
		}
		slices.SortStableFunc(ids[1:], func(a, b int) int { return cmp.Compare(side.counts[b], side.counts[a]) })
		b.WriteString(side.name)
		for _, id := range ids {
			fmt.Fprintf(&b, " %d", id)
		}
		b.WriteString("\n")
	}
	if err := os.WriteFile(filepath.Join("dicdata", "context-order.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote dicdata/context-order.txt from %d sentences", sentences)
}
