package tokenize

import (
	"fmt"
	"os"
	"testing"
)

// TestRuneTrieMatchesByteTrie checks that the rune trie holds exactly the surfaces of
// kagome-dict's byte double array, each with the same first entry and homograph count.
func TestRuneTrieMatchesByteTrie(t *testing.T) {
	d := testTokenizer(t).dict
	if d.rda == nil {
		t.Fatal("no rune trie: some surface holds a character outside the BMP")
	}
	keys, err := byteSurfaces(d.da, len(d.dup))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		cur := d.rda[0]
		for _, r := range k.s {
			q := cur.base() + int(d.codes[r])
			if d.codes[r] == 0 || q >= len(d.rda) || d.rda[q].label() != d.codes[r] {
				t.Fatalf("surface %q is not in the rune trie", k.s)
			}
			cur = d.rda[q]
		}
		id, dup, _ := cur.entries()
		if id != k.id || dup != int32(d.dup[k.id]) {
			t.Fatalf("surface %q: entries %d+%d, the byte trie has %d+%d", k.s, id, dup, k.id, d.dup[k.id])
		}
	}
	ends := 0
	for _, c := range d.rda {
		if _, _, ok := c.entries(); ok {
			ends++
		}
	}
	if ends != len(keys) || len(keys) < 100000 {
		t.Fatalf("%d surfaces end in the rune trie, %d in the byte trie", ends, len(keys))
	}
	t.Logf("%d surfaces in %d cells", len(keys), len(d.rda))
}

// TestRuneTrieLookupsAgree tokenizes with the rune trie and with the byte double array alone
// and wants the same tokens, on news text and on input that trips decoders: NUL, invalid
// UTF-8, U+FFFD, characters beyond the BMP, Hangul next to Jamo and Hanja.
func TestRuneTrieLookupsAgree(t *testing.T) {
	text := seedText(t)
	for _, f := range []string{"testdata/tricky.txt", "testdata/tricky-more.txt"} {
		if b, err := os.ReadFile(f); err == nil {
			text += "\n" + string(b)
		}
	}
	text += "\n널\x00문자와 깨진\xff\xfe바이트 \xed\xa0\x80대리 \ufffd대체 😀웃음 𝄞악보 ㄱㄴ자모 韓國한국 ｱｲ가나다\xe2\x82"
	walks := trieWalkers(t)
	for _, pen := range []bool{true, false} {
		if err := walks.agree(text, pen); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzRuneTrieAgrees wants the same tokens from the rune trie as from the byte double array
// on any input.
func FuzzRuneTrieAgrees(f *testing.F) {
	for _, s := range []string{"백상엽 대표는 “AI”라고 말했다.", "널\x00문자 \xff\xfe깨진", "😀웃음 𝄞 ㄱㄴ 韓國한국", "2조4000억원 GPT-3.5 터보"} {
		f.Add(s, true)
	}
	walks := trieWalkers(f)
	f.Fuzz(func(t *testing.T, s string, penalty bool) {
		if err := walks.agree(s, penalty); err != nil {
			t.Fatal(err)
		}
	})
}

// walkers holds the test dictionary twice: with its rune trie, and with the byte double array
// alone (as a dictionary compiled without the rune trie would be).
type walkers struct{ bytesOnly, runes *dictionary }

func trieWalkers(t testing.TB) walkers {
	d := testTokenizer(t).dict
	bytesOnly := &dictionary{da: d.da, dup: d.dup, morphs: d.morphs, posIdx: d.posIdx, featOff: d.featOff, feats: d.feats, conn: d.conn, charCat: d.charCat, meta: d.meta}
	return walkers{bytesOnly, d}
}

// agree tokenizes text both ways and reports the first token that differs.
func (w walkers) agree(text string, penalty bool) error {
	a := newTokenizer(w.bytesOnly, WithSpacePenalty(penalty))
	b := newTokenizer(w.runes, WithSpacePenalty(penalty))
	ta, tb := a.AppendTokens(nil, text), b.AppendTokens(nil, text)
	if len(ta) != len(tb) {
		return fmt.Errorf("penalty %v: %d tokens walking bytes, %d walking runes in %q", penalty, len(ta), len(tb), text)
	}
	for i := range ta {
		if ta[i].Span != tb[i].Span || ta[i].Runes != tb[i].Runes || ta[i].MeCabFeature() != tb[i].MeCabFeature() {
			return fmt.Errorf("penalty %v, token %d: %+v walking bytes, %+v walking runes", penalty, i, ta[i], tb[i])
		}
	}
	return nil
}
