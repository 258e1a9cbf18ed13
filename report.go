package gisa

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/summarize"
)

// WriteReport writes the analysis as a report for a person at a terminal: the headline, the
// speakers with their title and organisation, their claims (or the quotes themselves when no
// claims were ranked), a table of facts (or of figures when no facts were joined), the
// keywords and the summary sentences. Sections with nothing in them are left out.
func (a *Analysis) WriteReport(w io.Writer) error {
	bw := bufio.NewWriter(w)
	title := a.Title
	if title == "" {
		title = "(no headline)"
	}
	fmt.Fprintln(bw, title)
	fmt.Fprintln(bw, strings.Repeat("=", min(displayWidth(title), 78)))
	if a.ID != "" {
		fmt.Fprintf(bw, "id %s · ", a.ID)
	}
	fmt.Fprintf(bw, "%s · %s · %s · %s\n", plural(len(a.Sentences), "sentence"), plural(len(a.Quotes), "quote"),
		plural(len(a.Figures), "figure"), plural(len(a.Entities), "entity"))

	s := a.Summary
	if len(s.Speakers) > 0 {
		fmt.Fprintln(bw, "\nSpeakers")
		for _, sp := range s.Speakers {
			fmt.Fprintf(bw, "  %s  (%s)\n", joinNonEmpty(" · ", sp.Name, sp.Title, sp.Org), plural(sp.Quotes, "quote"))
		}
	}
	if len(s.Claims) > 0 {
		fmt.Fprintln(bw, "\nClaims")
		for _, c := range s.Claims {
			fmt.Fprintf(bw, "  %s: “%s”\n", c.Speaker, c.Text)
		}
	}
	if len(s.Claims) == 0 && len(a.Quotes) > 0 {
		// No claims were ranked: list the quotes themselves, by speaker.
		fmt.Fprintln(bw, "\nQuotes")
		for _, q := range a.Quotes {
			who := "(unattributed)"
			if q.Speaker != nil {
				who = joinNonEmpty(" · ", q.Speaker.Name, q.Speaker.Title, q.Speaker.Org)
			}
			fmt.Fprintf(bw, "  %s %s: “%s”\n", who, joinNonEmpty(" ", q.Kind, q.Verb), q.Text)
		}
	}
	switch {
	case len(s.Facts) > 0:
		fmt.Fprintln(bw, "\nFacts")
		writeTable(bw, factRows(s.Facts))
	case len(a.Figures) > 0:
		fmt.Fprintln(bw, "\nFigures")
		rows := [][]string{{"figure", "value", "kind", "measure", "sentence"}}
		for _, f := range a.Figures {
			v := formatNumber(f.Value)
			if f.ValueTo != nil {
				v += "~" + formatNumber(*f.ValueTo)
			}
			rows = append(rows, []string{f.Text, joinNonEmpty(" ", v+f.Unit, f.Qualifier), f.Kind, f.Measure, strconv.Itoa(f.Sentence)})
		}
		writeTable(bw, rows)
	}
	if len(s.Keywords) > 0 {
		fmt.Fprintf(bw, "\nKeywords: %s\n", strings.Join(s.Keywords, ", "))
	}
	if len(s.Sentences) > 0 {
		fmt.Fprintln(bw, "\nSummary")
		for _, x := range s.Sentences {
			fmt.Fprintf(bw, "  [%d] %s\n", x.Index, x.Text)
		}
	}
	return bw.Flush()
}

// factRows lays the facts out as statements, one a row, each said once: whose (subject), what
// (the measure), how much (the value with its qualifier where Korean puts it: 약 40여가지 reads
// 약 40, 3년 이상 reads 3년 이상) and in how long or against what (in 40일, vs GPT-3.5).
func factRows(facts []summarize.Fact) [][]string {
	rows := [][]string{{"subject", "what", "value", "period / compared with"}}
	seen := map[string]bool{}
	for _, f := range facts {
		var with string
		if f.Period != nil {
			with = "in " + qualified(formatNumber(f.Period.Value)+f.Period.Unit, f.Period.Qualifier)
		}
		if f.Comparison != "" {
			with = joinNonEmpty(", ", with, "vs "+f.Comparison)
		}
		row := []string{f.Subject, f.Measure, qualified(formatNumber(f.Value)+f.Unit, f.Qualifier), with}
		if key := strings.Join(row, "\x00"); !seen[key] {
			seen[key] = true
			rows = append(rows, row)
		}
	}
	return rows
}

// qualified puts a qualifier where Korean writes it: 약, 거의, 최대, 최소 before the value, the
// bounds and approximations (이상, 미만, 여, 가량) after it.
func qualified(value, q string) string {
	switch q {
	case "":
		return value
	case "약", "거의", "최대", "최소":
		return q + " " + value
	}
	return value + " " + q
}

// plural writes "1 quote", "2 quotes", "3 entities".
func plural(n int, noun string) string {
	switch {
	case n == 1:
		return "1 " + noun
	case strings.HasSuffix(noun, "y"):
		return strconv.Itoa(n) + " " + strings.TrimSuffix(noun, "y") + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// formatNumber writes v without exponent or trailing zeros, grouping thousands:
// 10,000,000, 0.1, 2.5.
func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// writeTable writes rows as columns aligned by terminal width (Hangul takes two columns).
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// displayWidth is the number of terminal columns s takes: two for Hangul, CJK and full-width
// forms, one for the rest.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
			r >= 0xF900 && r <= 0xFAFF, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
			n += 2
		default:
			n++
		}
	}
	return n
}
