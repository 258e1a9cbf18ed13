package tokenize

import "encoding/binary"

// AppendMeCab appends the analysis of one line of text (valid UTF-8, no newline) to dst in
// MeCab's output format: one "surface<TAB>features" line per morpheme, then "EOS". It gives
// the same bytes as formatting AppendTokens' tokens with MeCabFeature, without building the
// tokens' lemmas, parts and offsets, which the format does not show.
func (t *Tokenizer) AppendMeCab(dst []byte, line string) []byte {
	lt := t.pool.Get()
	defer t.pool.Put(lt)
	t.dict.count(len(line))
	for _, k := range t.viterbi(lt, line) {
		n := &lt.nodes[k]
		dst = append(dst, line[n.start:n.end]...)
		dst = append(dst, '\t')
		switch n.src() {
		case srcSystem:
			dst = append(dst, t.dict.pos(n.id())...)
			b := t.dict.feats[t.dict.featOff[n.id()]:]
			for f := 0; f < 7; f++ {
				ln, w := int(b[0]), 1 // a uvarint length: one byte below 128
				if ln >= 0x80 {
					v, k := binary.Uvarint(b)
					ln, w = int(v), k
				}
				dst = append(dst, ',')
				if ln == 0 {
					dst = append(dst, '*')
				} else {
					dst = append(dst, b[w:w+ln]...)
				}
				b = b[w+ln:]
			}
		case srcUnknown:
			dst = appendFeatures(dst, t.dict.meta.UnkPOS[n.id()], t.dict.meta.UnkContents[n.id()])
		case srcUser:
			e := &t.user.entries[n.id()]
			dst = appendFeatures(dst, e.pos, e.contents)
		}
		dst = append(dst, '\n')
	}
	return append(dst, "EOS\n"...)
}

// appendFeatures appends "POS,f1,...,f7" with "*" for empty fields.
func appendFeatures(dst []byte, pos string, contents []string) []byte {
	dst = append(dst, pos...)
	for i := 0; i < 7; i++ {
		dst = append(dst, ',')
		if i < len(contents) && contents[i] != "" {
			dst = append(dst, contents[i]...)
		} else {
			dst = append(dst, '*')
		}
	}
	return dst
}
