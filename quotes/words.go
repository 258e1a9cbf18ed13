package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// word is one whitespace-delimited word (eojeol) of the source, with its tokens.
type word struct {
	tokenize.Span
	text     string
	toks     []tokenize.Token
	para     bool   // first word of a line
	sent     int    // index of the sentence (as this package splits them) holding the word
	inQ      bool   // the word starts inside a quote's content
	cleaned  string // clean(): text without trailing punctuation, computed once
	bare     string // trimParticle(): without trailing particles either, computed once
	head     string // stripMarks(bare), computed once
	stemmed  string // stem(), once stemDone
	stemDone bool
}

// splitWords cuts src into whitespace-delimited words and gives each the tokens that start
// inside it (toks are in source order). The words are appended to buf[:0]. valid tells
// whether src is valid UTF-8.
func splitWords(buf []word, src string, toks []tokenize.Token, valid bool) []word {
	ws := buf[:0]
	if n := strings.Count(src, " ") + strings.Count(src, "\n") + 1; cap(ws) < n {
		ws = make([]word, 0, n)
	}
	start := -1
	for i := 0; i < len(src); {
		// Bytes that cannot start white space are skipped in a tight loop.
		if j := skipNonSpace(src, i); j > i {
			if start < 0 {
				start = i
			}
			if i = j; i == len(src) {
				break
			}
		}
		c, space, size := src[i], true, 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(src[i:])
			space = isSpace(r)
		}
		if !space {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			ws = append(ws, word{Span: tokenize.Span{Start: start, End: i}, text: src[start:i]})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		ws = append(ws, word{Span: tokenize.Span{Start: start, End: len(src)}, text: src[start:]})
	}
	lo := 0
	for i := range ws {
		w := &ws[i]
		w.para = i == 0 || strings.IndexByte(src[ws[i-1].End:w.Start], '\n') >= 0
		for lo < len(toks) && toks[lo].Start < w.Start {
			lo++
		}
		hi := lo
		for hi < len(toks) && toks[hi].Start < w.End {
			hi++
		}
		w.toks = toks[lo:hi:hi]
		lo = hi // the next word starts after this one ends
		mendTitleTopic(w)
		w.init(valid)
	}
	for i := range ws {
		if at := gluedAt(&ws[i]); at >= 0 {
			return splitGlued(ws, valid)
		}
	}
	return ws
}

// gluedAt is the offset where word w holds two words the writer left no space between: a
// topic and the quote after it (gluedTopic), or a sentence's end and the next sentence's first
// word (gluedSentence). -1 when there is none.
func gluedAt(w *word) int {
	if at := gluedTopic(w); at >= 0 {
		return at
	}
	return gluedSentence(w)
}

// gluedSentence is the offset in w right after a sentence-final ending and its period glued to
// the next word (밝혔다.문 대통령은): the sentence ends there, as the tokenizer's splitter also
// reads it. -1 when there is none.
func gluedSentence(w *word) int {
	if strings.IndexByte(w.text, '.') < 0 {
		return -1 // (most words hold no period)
	}
	for k := 0; k+2 < len(w.toks); k++ {
		t, dot, next := &w.toks[k], &w.toks[k+1], &w.toks[k+2]
		if dot.Surface != "." || dot.Start != t.End || next.Start != dot.End || !strings.HasSuffix(t.Surface, "다") || !strings.HasSuffix(t.POS, "EF") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(next.Surface); utf8fast.IsSyllable(r) {
			return next.Start
		}
	}
	return -1
}

// init sets the word's text forms from its text and tokens.
func (w *word) init(valid bool) {
	w.cleaned = trimPunct(w.text)
	w.bare = w.trimParticle()
	// bare is a prefix of text, valid UTF-8 when src is and it ends at a code point.
	if valid && (len(w.bare) == len(w.text) || utf8.RuneStart(w.text[len(w.bare)])) {
		w.head = stripValidMarks(w.bare)
	} else {
		w.head = stripMarks(w.bare)
	}
}

// gluedTopic is the offset in w where an opening quote mark follows a subject or topic
// particle with no space (대변인은"일본이 …): the writer left the space out, and the topic and
// the quote are two words. -1 when there is none.
func gluedTopic(w *word) int {
	if strings.IndexByte(w.text, '"') < 0 && !strings.Contains(w.text, "“") {
		return -1 // (most words hold no mark)
	}
	for k := 0; k+1 < len(w.toks); k++ {
		t, m := &w.toks[k], &w.toks[k+1]
		if m.Start != t.End || m.End >= w.End {
			continue
		}
		switch t.Surface {
		case "은", "는", "이", "가":
		default:
			continue
		}
		if tag := tokenize.FirstTag(t.POS); tag != "JX" && tag != "JKS" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(m.Surface); r == '"' || r == '“' {
			return m.Start
		}
	}
	return -1
}

// splitGlued splits every word of ws that holds two words (see gluedAt) in two, in place: ws
// grows by the number of splits (within its capacity when it can, the article's word buffer
// is reused between extractions) and the words move back from the end.
func splitGlued(ws []word, valid bool) []word {
	n := 0
	for i := range ws {
		if gluedAt(&ws[i]) >= 0 {
			n++
		}
	}
	old := len(ws)
	ws = slices.Grow(ws, n)[:old+n]
	j := old + n - 1
	for i := old - 1; i >= 0; i-- {
		w := ws[i]
		at := gluedAt(&w)
		if at < 0 {
			ws[j] = w
			j--
			continue
		}
		k := 0
		for k < len(w.toks) && w.toks[k].Start < at {
			k++
		}
		a, b := w, w
		a.Span, a.text, a.toks = tokenize.Span{Start: w.Start, End: at}, w.text[:at-w.Start], w.toks[:k:k]
		b.Span, b.text, b.toks, b.para = tokenize.Span{Start: at, End: w.End}, w.text[at-w.Start:], w.toks[k:], false
		a.init(valid)
		b.init(valid)
		ws[j], ws[j-1] = b, a
		j -= 2
	}
	return ws
}

// spaceLead marks the bytes that may start white space: the ASCII spaces, and the only bytes
// that start a white-space code point beyond ASCII (U+0085, U+00A0, U+1680, U+2000…U+205F,
// U+3000).
var spaceLead = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// skipNonSpace returns the first index from i on of a byte of s that may start white space,
// len(s) when there is none.
func skipNonSpace(s string, i int) int {
	for i < len(s) && !spaceLead[s[i]] {
		i++
	}
	return i
}

// isSpace is unicode.IsSpace without its table lookup: the White_Space code points.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r'
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	case r <= 0x3000:
		return r == 0x1680 || 0x2000 <= r && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
	}
	return false
}

// trimPunct strips trailing sentence punctuation and commas from s.
func trimPunct(s string) string {
	for len(s) > 0 {
		// By bytes: the ASCII marks, … (E2 80 A6) and · (C2 B7); what the last code point
		// decodes to is one of them exactly when its bytes end s.
		switch c := s[len(s)-1]; {
		case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?':
			s = s[:len(s)-1]
		case c == ']' && footnoteAt(s) > 0:
			s = s[:footnoteAt(s)] // 밝혔다.[3]: a wiki's citation mark
		case strings.HasSuffix(s, "]]") && strings.LastIndex(s, "[[") > 0:
			s = s[:strings.LastIndex(s, "[[")] // 말했다.[[분류:]]: a wiki's link left in the text
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		case strings.HasSuffix(s, "·"):
			s = s[:len(s)-len("·")]
		default:
			return s
		}
	}
	return s
}

// endsSentence reports whether the text ends with sentence-final punctuation.
func endsSentence(s string) bool {
	for len(s) > 0 {
		// By bytes, as trimPunct: closing marks ) ] } > " ' ” (E2 80 9D) ’ (E2 80 99) are
		// skipped, then . ? ! or 。 (E3 80 82) ends a sentence.
		switch c := s[len(s)-1]; {
		case c == ']' && footnoteAt(s) >= 0:
			s = s[:footnoteAt(s)] // 실렸다.[1]: a wiki's citation mark after the period
		case c == ')' || c == ']' || c == '}' || c == '>' || c == '"' || c == '\'':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’"):
			s = s[:len(s)-3]
		default:
			return c == '.' || c == '?' || c == '!' || strings.HasSuffix(s, "。")
		}
	}
	return false
}

// footnoteAt is where a citation mark of digits ending s begins ([1], [12]), -1 if s ends
// with none.
func footnoteAt(s string) int {
	i := len(s) - 2
	for i >= 0 && s[i] >= '0' && s[i] <= '9' {
		i--
	}
	if i < 0 || s[i] != '[' || i == len(s)-2 {
		return -1
	}
	return i
}

// lastTok is the last token of w that is not punctuation, or nil.
func (w *word) lastTok() *tokenize.Token {
	for i := len(w.toks) - 1; i >= 0; i-- {
		switch tokenize.FirstTag(w.toks[i].POS) {
		case "SF", "SP", "SSO", "SSC", "SC", "SE", "SY", "SO", "SW":
			continue
		}
		return &w.toks[i]
	}
	return nil
}

// hasTag reports whether any token of w has one of the given first tags.
func (w *word) hasTag(tags ...string) bool {
	for _, t := range w.toks {
		for _, g := range tags {
			if tokenize.FirstTag(t.POS) == g || strings.Contains(t.POS, g) {
				return true
			}
		}
	}
	return false
}

// isPredicate reports whether w holds a verb, adjective or copula.
func (w *word) isPredicate() bool {
	for _, t := range w.toks {
		switch tokenize.FirstTag(t.POS) {
		case "VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA":
			return true
		}
		if t.Features.Type == "Inflect" && (strings.HasPrefix(t.Features.FirstPOS, "V") || strings.HasPrefix(t.Features.FirstPOS, "XS")) {
			return true
		}
	}
	return false
}

// stem is the dictionary stem of w's predicate without 다: 설명하 for 설명했다, 밝히 for
// 밝혔다, 내놓 for 내놨다, 알리지 for the passive 알려졌다. It is "" when w holds no predicate.
func (w *word) stem() string {
	if !w.stemDone {
		w.stemmed, w.stemDone = w.makeStem(), true
	}
	return w.stemmed
}

// makeStem computes stem. Its pieces are gathered first and joined once: most stems are one
// piece (a verb's lemma), returned as it is.
func (w *word) makeStem() string {
	var b, noun pieces
	for k, t := range w.toks {
		tag := tokenize.FirstTag(t.POS)
		if tag == "EC" && t.Surface == "다" && b.String() == "내" && k+1 < len(w.toks) && strings.HasPrefix(w.toks[k+1].Lemma, "보") {
			// 내다봤다, read 내/VX 다/EC 봤/VX by the dictionary: the verb 내다보다 (to foresee)
			b.add("다")
			continue
		}
		switch {
		case tag == "NNG" || tag == "XR" || tag == "NNP":
			noun.add(t.Surface)
			continue
		case tag == "XSV" || tag == "XSA" || tag == "VCP":
			b.addAll(&noun)
			switch {
			case tag == "VCP":
				b.add("이")
			case t.Lemma != "" && t.Lemma != "하다" && strings.HasSuffix(t.Lemma, "다"):
				b.add(strings.TrimSuffix(t.Lemma, "다")) // 되다, 시키다
			default:
				b.add("하")
			}
			noun.reset()
		case strings.HasPrefix(tag, "V"):
			noun.reset()
			if tag == "VX" && b.size > 0 && aspectAux[strings.TrimSuffix(t.Lemma, "다")] {
				continue // 주장해왔다 is 주장하: an aspect auxiliary glued after -아/어
			}
			if len(t.Parts) > 0 && sameOnset(t.Surface, t.Parts[0].Surface) {
				// an inflected entry: its verb parts (알리+지 of 알려진); not an entry that
				// reads a form as another verb (하/VX as 않: 하였다 is 하다)
				ended := false
				for _, p := range t.Parts {
					if ended && p.POS == "VX" && aspectAux[p.Surface] {
						break // 밝혀왔다: 밝히, the auxiliary after the ending adds aspect only
					}
					ended = b.size > 0 && strings.HasPrefix(p.POS, "E")
					if strings.HasPrefix(p.POS, "V") || strings.HasPrefix(p.POS, "XS") {
						b.add(p.Surface)
					}
				}
			} else {
				b.add(strings.TrimSuffix(t.Lemma, "다"))
			}
		case strings.HasPrefix(tag, "E") || strings.HasPrefix(tag, "J"):
			if b.size > 0 {
				return b.String()
			}
			noun.reset()
		default:
			noun.reset()
		}
	}
	return b.String()
}

// aspectAux are the auxiliary verbs written after -아/어 that add aspect and keep the main
// verb's meaning (주장해 왔다, 밝혀 두었다, 말해 버렸다): the main verb is the predicate's stem.
// 지다 (알려졌다, passive) and 보다 (말해 봤다, trying) change it and are not among them.
var aspectAux = map[string]bool{"오": true, "가": true, "두": true, "놓": true, "버리": true, "내": true}

// pieces is a string built from pieces, joined only when read (and not at all when it is
// one piece): a strings.Builder without the copies, on the stack.
type pieces struct {
	list [6]string // the pieces, list[:n]
	n    int
	size int // the bytes of all pieces
}

// add appends s.
func (p *pieces) add(s string) {
	if s == "" {
		return
	}
	if p.n == len(p.list) {
		// Full (a rare long word): the pieces so far become one.
		p.list[0], p.n = p.String(), 1
	}
	p.list[p.n] = s
	p.n++
	p.size += len(s)
}

// addAll appends the pieces of q.
func (p *pieces) addAll(q *pieces) {
	for _, s := range q.list[:q.n] {
		p.add(s)
	}
}

// reset empties p.
func (p *pieces) reset() { p.n, p.size = 0, 0 }

// String returns the pieces joined.
func (p *pieces) String() string {
	switch p.n {
	case 0:
		return ""
	case 1:
		return p.list[0]
	}
	var b strings.Builder
	b.Grow(p.size)
	for _, s := range p.list[:p.n] {
		b.WriteString(s)
	}
	return b.String()
}

// clean is the text of w without trailing punctuation.
func (w *word) clean() string { return w.cleaned }

// wordStats returns len(strings.Fields(s)) and its first and last word ("" when there is
// none), without making the list.
func wordStats(s string) (n int, first, last string) {
	for i := 0; ; n++ {
		a, b := nextField(s, i)
		if a == b {
			return n, first, last
		}
		if n == 0 {
			first = s[a:b]
		}
		last, i = s[a:b], b
	}
}

// nextField returns the bounds of the first word of s at or after i, words as strings.Fields
// splits them (invalid bytes are part of a word); start == end == len(s) when there is none.
func nextField(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isSpace(rune(c)) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(s) {
		// Only a byte of spaceLead can start white space, and none of them continues a
		// code point: the others are stepped over one by one.
		if i = skipNonSpace(s, i); i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			break // the ASCII bytes of spaceLead are all white space
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			break
		}
		i += size
	}
	return start, i
}

// joinFields returns strings.Join(strings.Fields(s), " "): s itself when its words are
// already one ASCII space apart.
func joinFields(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case spaceLead[c]: // other white space, or a byte that may start it
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// nonSpaceRunes returns len([]rune(strings.Join(strings.Fields(s), ""))): the code points of
// s that are not white space.
func nonSpaceRunes(s string) int {
	if !utf8.ValidString(s) {
		// Joined, the bytes of an invalid sequence split by a space may make one code point.
		return len([]rune(strings.Join(strings.Fields(s), "")))
	}
	n := 0
	for _, r := range s {
		if !isSpace(r) {
			n++
		}
	}
	return n
}

// sameOnset reports whether the first syllables of a and b begin with the same consonant (했
// and 하, 알려 and 알리): an inflected form keeps its stem's first consonant.
func sameOnset(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if utf8fast.Initial(ra) < 0 || utf8fast.Initial(rb) < 0 {
		return ra == rb
	}
	return utf8fast.Initial(ra) == utf8fast.Initial(rb)
}

// mendTitleTopic reads a title with the topic particle that the dictionary took for a verb
// and its modifier ending (직무대리는: 직무/NNG 대리/VV 는/ETM, "that irons") as the title and
// 는: a title written whole and followed by 은/는 is a noun marked as the topic, the most common
// way a speaker is named before what they say. The word's tokens are replaced by a copy.
func mendTitleTopic(w *word) {
	n := len(w.toks)
	if n < 2 {
		return
	}
	v, e := w.toks[n-2], w.toks[n-1]
	if e.POS != "ETM" || e.Surface != "는" && e.Surface != "은" || e.End != w.End || v.POS != "VV" && v.POS != "VA" || v.End != e.Start {
		return
	}
	if !hasSuffixWord(names.title, w.text[:e.Start-w.Start]) {
		return
	}
	toks := make([]tokenize.Token, n)
	copy(toks, w.toks)
	toks[n-2].POS, toks[n-2].Lemma, toks[n-2].Features = "NNG", v.Surface, namedFeatures
	toks[n-1].POS, toks[n-1].Lemma, toks[n-1].Features = "JX", e.Surface, namedFeatures
	w.toks = toks
}
