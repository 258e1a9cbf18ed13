// Package htmlarticle pulls a news article's headline and body text out of an HTML page, so
// that gisa can analyse saved pages as it analyses plain text.
//
// The article is found by readability (codeberg.org/readeck/go-readability, a maintained port of
// Mozilla's Readability): it scores the page's blocks and keeps the story, without menus,
// related links and comments, and reads the headline from the page's metadata. When it finds
// nothing, a fallback takes the element news sites mark as the story (Naver's dic_area and
// articleBodyContents, itemprop=articleBody, an id or class naming the article body), else the
// longest <article>, else <main>, else <body>, with the headline from og:title, <h1> or
// <title>. Either way scripts, styles, navigation, headers, footers, asides and forms are
// dropped, and block elements and <br> end lines, so paragraphs and photo captions stay on
// lines of their own.
package htmlarticle

import (
	"errors"
	"strings"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoText reports a page in which no article text was found.
var ErrNoText = errors.New("no article text found in the HTML page")

// Extract returns the headline and the body text of the article in page (UTF-8 HTML). Lines of
// the body are separated by "\n"; whitespace inside a line is collapsed.
func Extract(page string) (title, text string, err error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", "", err
	}
	body, title := readable(doc)
	if body == nil {
		body = findBody(doc)
		title = headline(doc, body)
	}
	var w lineWriter
	w.walk(body)
	lines := w.finish()
	// The headline repeated at the top of the body is dropped.
	if len(lines) > 0 && title != "" && lines[0] == title {
		lines = lines[1:]
	}
	text = strings.Join(lines, "\n")
	if text == "" {
		return title, "", ErrNoText
	}
	return title, text, nil
}

// maxElements bounds readability's work on one page; a larger page uses the fallback.
const maxElements = 100000

// readable returns the story's element and the headline as readability finds them, or a nil
// element when it finds no story.
func readable(doc *html.Node) (*html.Node, string) {
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	art, err := p.ParseDocument(doc, nil)
	if err != nil || art.Node == nil || collapse(textOf(art.Node)) == "" {
		return nil, ""
	}
	// The page's own headline (og:title, <h1>) is preferred to readability's, which may keep
	// the site's name from <title>.
	title := headline(doc, art.Node)
	if title == "" {
		title = collapse(art.Title())
	}
	return art.Node, title
}

// headline finds the page's headline.
func headline(doc, body *html.Node) string {
	if n := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta && (attr(n, "property") == "og:title" || attr(n, "name") == "og:title")
	}); n != nil {
		if t := collapse(attr(n, "content")); t != "" {
			return t
		}
	}
	for _, root := range []*html.Node{body, doc} {
		if n := find(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); n != nil {
			if t := collapse(textOf(n)); t != "" {
				return t
			}
		}
	}
	if n := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Title }); n != nil {
		return collapse(textOf(n))
	}
	return ""
}

// bodyMarkers name the element that holds the story on common Korean news sites.
var bodyMarkers = []string{"dic_area", "articlebodycontents", "articlebody", "article_body", "article-body", "news_body", "newsct_article", "article_txt", "news_content", "article-content", "article_content"}

// findBody picks the element holding the article: the longest element that a news site marks
// as the story, else the longest <article>, else <main>, else <body>.
func findBody(doc *html.Node) *html.Node {
	marked := func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if attr(n, "itemprop") == "articleBody" {
			return true
		}
		key := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
		for _, m := range bodyMarkers {
			if strings.Contains(key, m) {
				return true
			}
		}
		return false
	}
	for _, match := range []func(*html.Node) bool{
		marked,
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main },
		func(n *html.Node) bool { return n.DataAtom == atom.Body },
	} {
		var best *html.Node
		bestLen := -1
		for _, n := range findAll(doc, match) {
			if l := len(collapse(textOf(n))); l > bestLen {
				best, bestLen = n, l
			}
		}
		if best != nil {
			return best
		}
	}
	return doc
}

// findAll returns the outermost nodes under n that match (a match's descendants are not
// searched).
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	if match(n) {
		return []*html.Node{n}
	}
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAll(c, match)...)
	}
	return out
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Svg: true, atom.Template: true, atom.Select: true, atom.Head: true, atom.Object: true,
}

// blocks are the elements that start and end a line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Body: true, atom.Caption: true, atom.Hr: true,
}

// isHiddenStyle reports an inline style that hides the element.
func isHiddenStyle(style string) bool {
	style = strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// isCaptionClass reports a class that marks a photo caption (Naver's img_desc), which goes on
// a line of its own even when it is an inline element.
func isCaptionClass(class string) bool {
	class = strings.ToLower(class)
	return strings.Contains(class, "img_desc") || strings.Contains(class, "caption") || strings.Contains(class, "photo_desc")
}

// tagOf is n's element atom; elements that readability creates carry only their name.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// lineWriter gathers text into lines.
type lineWriter struct {
	lines []string
	cur   strings.Builder
}

func (w *lineWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[tagOf(n)] || hasAttr(n, "hidden") || isHiddenStyle(attr(n, "style")) {
			return
		}
		if tagOf(n) == atom.Br {
			w.endLine()
			return
		}
	}
	block := n.Type == html.ElementNode && (blocks[tagOf(n)] || isCaptionClass(attr(n, "class")))
	if block {
		w.endLine()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.endLine()
	}
}

func (w *lineWriter) endLine() {
	if line := collapse(w.cur.String()); line != "" {
		w.lines = append(w.lines, line)
	}
	w.cur.Reset()
}

func (w *lineWriter) finish() []string {
	w.endLine()
	return w.lines
}

// collapse trims s and turns every run of whitespace (including no-break spaces) into one
// space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// find returns the first node under n (n included, depth first) that matches.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m := find(c, match); m != nil {
			return m
		}
	}
	return nil
}

// textOf is the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
