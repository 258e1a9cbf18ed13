package quotes

import (
	"strings"

	"github.com/gisa-nlp/gisa/tokenize"
)

// soundbites finds the soundbites of broadcast news, written in brackets with the speaker's
// name, a slash, the title and a colon before the words: [김기남 / 삼성전자 사장 : 반도체 업황이
// 나아지고 있습니다]. Each is a direct quote of the named person, in text order.
func (d *doc) soundbites() []Quote {
	var out []Quote
	for from := 0; ; {
		i := strings.IndexByte(d.src[from:], '[')
		if i < 0 {
			return out
		}
		open := from + i
		from = open + 1
		j := strings.IndexAny(d.src[open:], "]\n")
		if j < 0 || d.src[open+j] != ']' {
			continue
		}
		inner := d.src[open+1 : open+j]
		slash, colon := strings.Index(inner, " / "), strings.Index(inner, " : ")
		if slash <= 0 || colon < slash {
			continue
		}
		name := strings.TrimSpace(inner[:slash])
		a := open + 1 + colon + len(" : ")
		b := open + j
		a, b = trimSpan(d.src, a, b)
		if name == "" || b <= a || strings.Count(name, " ") > 2 {
			continue
		}
		ns := open + 1 + strings.Index(inner, name)
		p := np{from: d.wordAt(ns), to: d.wordAt(ns + len(name) - 1)}
		p.Span = tokenize.Span{Start: ns, End: ns + len(name)}
		sp := d.speakerOf(p)
		if sp == nil {
			continue
		}
		if role := strings.Fields(inner[slash+len(" / ") : colon]); sp.Title == "" && len(role) > 0 {
			// 삼성전자 사장: the organisation, then the title
			sp.Title = role[len(role)-1]
			if sp.Org == "" && len(role) > 1 {
				sp.Org = strings.Join(role[:len(role)-1], " ")
			}
		}
		out = append(out, Quote{Span: spanOf(a, b), Kind: Direct, Speaker: sp})
		from = b
	}
}
