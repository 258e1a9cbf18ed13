package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

const maxAlias = 20 // longest parenthesised alias, in code points

// resolveOrgs makes the organisation entities: tagged spans, their parenthesised aliases, and
// abbreviations of names given earlier. It returns a function naming the organisation at a
// span (its canonical name), or the span's text when no organisation was found there.
func resolveOrgs(d *corefDoc, spans []rawSpan, b *entityBuilder, mention func(lo, hi int) Mention) func(tokenize.Span) string {
	occs := b.occs[:0]
	defer func() { b.occs = occs }()
	parent := b.parent
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(x, y string) {
		rx, ry := find(x), find(y)
		if rx != ry {
			parent[ry] = rx
		}
	}
	for _, s := range spans {
		if s.Type != Organization {
			continue
		}
		text := d.src[s.Start:s.End]
		occs = append(occs, orgOcc{s.Span, text})
		find(text)
		// X(Y): an alias in brackets right after the name.
		if lo, hi, ok := bracketAfter(d.src, s.End); ok && aliasPair(text, d.src[lo:hi]) {
			alias := d.src[lo:hi]
			occs = append(occs, orgOcc{tokenize.Span{Start: lo, End: hi}, alias})
			union(text, alias)
			if _, ok := b.written[text]; !ok {
				b.written[text] = d.src[s.Start : hi+1] // 세계보건기구(WHO), as written
			}
		}
		// X(Y) where the tagger found Y: the name before the bracket.
		if strings.HasSuffix(d.src[:s.Start], "(") && strings.HasPrefix(d.src[s.End:], ")") {
			if lo, ok := wordBefore(d.src, s.Start-1); ok && aliasPair(d.src[lo:s.Start-1], text) {
				alias := d.src[lo : s.Start-1]
				occs = append(occs, orgOcc{tokenize.Span{Start: lo, End: s.Start - 1}, alias})
				union(text, alias)
				if _, ok := b.written[alias]; !ok {
					b.written[alias] = d.src[lo : s.End+1]
				}
			}
		}
	}
	// Abbreviations of a name given earlier (과기정통부 after 과학기술정보통신부): the first
	// name seen that the new one abbreviates.
	seen := &b.seen
	seen.reset()
	for _, o := range occs {
		if _, dup := parent[o.text]; dup && seen.has(o.text) {
			continue
		}
		if f := seen.abbreviated(o.text); f != "" {
			union(f, o.text)
		}
		seen.add(o.text)
	}
	linkPartAbbreviations(occs, find, union)
	// Canonical names: the longest member of each group, with its bracketed alias as the text
	// first wrote them together (세계보건기구(WHO)).
	canon := b.canon
	for _, o := range occs {
		r := find(o.text)
		c, ok := canon[r]
		if !ok || utf8.RuneCountInString(o.text) > utf8.RuneCountInString(c) {
			canon[r] = o.text
		}
	}
	for r, c := range canon {
		if w, ok := b.written[c]; ok {
			canon[r] = w
		}
	}
	at := b.at // read by the function returned, while b lives
	for _, o := range occs {
		r := find(o.text)
		e := b.get(Organization, r, canon[r])
		b.add(e, mention(o.Start, o.End))
		at[o.Span] = canon[r]
	}
	return func(sp tokenize.Span) string {
		if sp.Start >= sp.End || !d.valid(sp.Start, sp.End) {
			return ""
		}
		if n, ok := at[sp]; ok {
			return n
		}
		return d.src[sp.Start:sp.End]
	}
}

// orgNames holds the organisation names seen so far, in order, so that the first one a new
// name abbreviates is found among the few it can be: those that end with a space and the new
// name (by that ending), and those with its first and last code points (by that pair). A scan
// of all names seen for every name made a long text's organisations quadratic.
type orgNames struct {
	names    []string
	index    map[string]int    // name → its place in names
	bySuffix map[string]int    // the words after a space in a name → the first name ending so
	byEnds   map[[2]rune][]int // first and last code point → the names, in order
}

// reset empties ns, keeping its maps.
func (ns *orgNames) reset() {
	if ns.index == nil {
		ns.index, ns.bySuffix, ns.byEnds = map[string]int{}, map[string]int{}, map[[2]rune][]int{}
	}
	clear(ns.names)
	clear(ns.index)
	clear(ns.bySuffix)
	clear(ns.byEnds)
	ns.names = ns.names[:0]
}

// has reports whether name was seen.
func (ns *orgNames) has(name string) bool {
	_, ok := ns.index[name]
	return ok
}

// add records a name, after those seen.
func (ns *orgNames) add(name string) {
	k := len(ns.names)
	ns.names = append(ns.names, name)
	if _, ok := ns.index[name]; !ok {
		ns.index[name] = k
	}
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' {
			if _, ok := ns.bySuffix[name[i+1:]]; !ok {
				ns.bySuffix[name[i+1:]] = k
			}
		}
	}
	ends := [2]rune{firstRune(name), lastRune(name)}
	ns.byEnds[ends] = append(ns.byEnds[ends], k)
}

// abbreviated returns the first name seen that short abbreviates (isAbbreviation), "" if none.
func (ns *orgNames) abbreviated(short string) string {
	// isAbbreviation's first case: a name ending with a space and short
	best, ok := ns.bySuffix[short]
	if !ok || utf8.RuneCountInString(short) < 2 {
		best = len(ns.names)
	}
	// its second: a name with short's first and last code points
	for _, k := range ns.byEnds[[2]rune{firstRune(short), lastRune(short)}] {
		if k >= best {
			break
		}
		if isAbbreviation(short, ns.names[k]) {
			best = k
			break
		}
	}
	if best == len(ns.names) {
		return ""
	}
	return ns.names[best]
}

// linkPartAbbreviations joins a short Hangul name still alone in its group to the first longer
// name it abbreviates by the first syllables of its parts (partAbbreviation), whichever of the
// two the article wrote first (a headline's 선관위 before the body's 중앙선거관리위원회). Only
// distinct names are compared, and only short ones against long ones: a few dozen per article.
func linkPartAbbreviations(occs []orgOcc, find func(string) string, union func(x, y string)) {
	var shorts, longs []string
	seen := map[string]bool{}
	for _, o := range occs {
		if seen[o.text] || !hangulOnly(strings.ReplaceAll(o.text, " ", "")) {
			continue
		}
		seen[o.text] = true
		n := utf8.RuneCountInString(o.text)
		if n >= 2 && n <= 4 && !strings.Contains(o.text, " ") {
			shorts = append(shorts, o.text)
		}
		if n >= 4 {
			longs = append(longs, o.text)
		}
	}
	for _, s := range shorts {
		if find(s) != s {
			continue // already joined (an alias, or an abbreviation by its ends)
		}
		for _, l := range longs {
			if find(l) != find(s) && partAbbreviation(s, l) {
				union(l, s)
				break
			}
		}
	}
	for _, s := range longs {
		// 중앙선거관리위원회 → 선거관리위원회: the same name past a leading qualifier of two
		// syllables (중앙, 국립, 한국), as partAbbreviation reads one; when the text names two
		// bodies so (울산지방법원, 부산지방법원), the short name is neither's
		if find(s) != s || strings.Contains(s, " ") {
			continue
		}
		full := ""
		for _, l := range longs {
			if find(l) != find(s) && !strings.Contains(l, " ") && strings.HasSuffix(l, s) && utf8.RuneCountInString(l)-utf8.RuneCountInString(s) == 2 {
				if full != "" && find(full) != find(l) {
					full = ""
					break
				}
				full = l
			}
		}
		if full != "" {
			union(full, s)
		}
	}
}

// partAbbreviation reports whether short abbreviates full's last word the way Korean shortens
// an institution's name: the first syllables of its parts in order, from its first syllable or
// past a leading qualifier of two (중앙, 한국), ending with the first syllable of its last part,
// one of its last three (선관위 for 중앙선거관리위원회, 질본 for 질병관리본부, 한은 for 한국은행).
func partAbbreviation(short, full string) bool {
	if i := strings.LastIndexByte(full, ' '); i >= 0 {
		full = full[i+1:]
	}
	s, f := []rune(short), []rune(full)
	if len(s) < 2 || len(s) > 4 || len(f) < len(s)+2 || !strings.ContainsRune(string(f[len(f)-3:]), s[len(s)-1]) {
		return false
	}
	if rest, ok := strings.CutPrefix(full, short); ok && !orgKindTail[rest] {
		return false // 북한연구, 한국전력: a name that opens a longer one is no shortening of it
	}
	for _, start := range [...]int{0, 2} {
		if f[start] != s[0] || start > 0 && len(s) < 3 {
			continue // (past a qualifier, two syllables are too few to tell: 정부 is no 과기정통부)
		}
		if inOrder(short, string(f[start:])) {
			return true
		}
	}
	return false
}

// orgKindTail are the ends of an institution's kind that a short name may leave off its whole
// name (삼성 for 삼성그룹, 인수위 for 인수위원회).
var orgKindTail = map[string]bool{"그룹": true, "원회": true, "위원회": true, "본부": true}

// firstRune and lastRune are s's first and last code points (utf8.RuneError for none).
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// bracketAfter finds "(Y)" starting at byte i, with Y a short name; it returns Y's span.
func bracketAfter(src string, i int) (lo, hi int, ok bool) {
	if !strings.HasPrefix(src[i:], "(") {
		return 0, 0, false
	}
	lo = i + 1
	j := strings.IndexByte(src[lo:], ')')
	if j <= 0 {
		return 0, 0, false
	}
	hi = lo + j
	y := src[lo:hi]
	if n := utf8.RuneCountInString(y); n > maxAlias || strings.TrimSpace(y) != y || !nameLike(y) {
		return 0, 0, false
	}
	return lo, hi, true
}

// wordBefore returns the start of the run of letters and digits ending at byte end.
func wordBefore(src string, end int) (int, bool) {
	lo, n := end, 0
	for lo > 0 {
		r, size := utf8.DecodeLastRuneInString(src[:lo])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		lo -= size
		n++
	}
	return lo, n >= 2 && n <= 2*maxAlias
}

// nameLike reports whether s holds a letter and no sentence punctuation or quotes.
func nameLike(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letter = true
		}
		if strings.ContainsRune(".,?!;:\"“”'‘’()[]", r) {
			return false
		}
	}
	return letter
}

// isAbbreviation reports whether short abbreviates full: its last words (취리히대 for 스위스
// 취리히대), or shorter with the same first and last code point and its code points in full in
// order (과기정통부, 과학기술정보통신부).
func isAbbreviation(short, full string) bool {
	if len(full) > len(short) && full[len(full)-len(short)-1] == ' ' && strings.HasSuffix(full, short) &&
		utf8.RuneCountInString(short) >= 2 {
		return true // 스위스 취리히대 -> 취리히대
	}
	// short's code points, in order, among full's, with the same first and last (without
	// converting either to []rune: most pairs differ at once).
	ns := utf8.RuneCountInString(short)
	if ns < 2 || ns >= utf8.RuneCountInString(full) {
		return false
	}
	s0, _ := utf8.DecodeRuneInString(short)
	f0, _ := utf8.DecodeRuneInString(full)
	sl, _ := utf8.DecodeLastRuneInString(short)
	fl, _ := utf8.DecodeLastRuneInString(full)
	return s0 == f0 && sl == fl && inOrder(short, full)
}

// inOrder reports whether short's code points all occur in full, in their order (과기정통부 in
// 과학기술정보통신부).
func inOrder(short, full string) bool {
	j := 0 // bytes of short matched
	for _, r := range full {
		if j < len(short) {
			if c, size := utf8.DecodeRuneInString(short[j:]); c == r {
				j += size
			}
		}
	}
	return j == len(short)
}

// aliasPair reports whether a name and the bracketed form after it name the same thing: one is
// Latin and the other Hangul (세계보건기구(WHO), 구글(Google)), or one abbreviates the other
// (과학기술정보통신부(과기정통부)).
func aliasPair(name, alias string) bool {
	if isAbbreviation(alias, name) || isAbbreviation(name, alias) {
		return true
	}
	return latinOnly(name) != latinOnly(alias) && (hangulOnly(name) || hangulOnly(alias))
}

// latinOnly reports whether s has Latin letters and no Hangul.
func latinOnly(s string) bool {
	latin := false
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			return false
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		}
	}
	return latin
}

// hangulOnly reports whether s has Hangul and no Latin letters.
func hangulOnly(s string) bool {
	hangul := false
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			hangul = true
		case r < 0x80 && unicode.IsLetter(r):
			return false
		}
	}
	return hangul
}
