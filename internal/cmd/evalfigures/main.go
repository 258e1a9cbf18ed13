// Command evalfigures measures the figures extractor on the peer suites and the gold set.
//
//	go run ./internal/cmd/evalfigures [-shared ../shared] [-errors 20] [-pred out.jsonl]
//
// It prints duckling_ko.jsonl results per dimension, kor_to_number_ko.jsonl results, the
// figure precision, recall and F1 of figures.Extract on data/gold/dev.jsonl as scored by
// tools/score.py itself (the gold articles are analysed as title + "\n" + text and written in
// the gisa/1 figures format score.py reads), and a check against KLUE-NER's dev labels that
// calendar dates and clock times are not read as figures.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/tokenize"
)

func main() {
	shared := flag.String("shared", "", "the shared data folder (default: ../shared next to the repository root)")
	nerr := flag.Int("errors", 20, "how many misses of each kind to list")
	predPath := flag.String("pred", "", "keep the gold-set predictions in this file")
	flag.Parse()
	if err := run(*shared, *nerr, *predPath, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalfigures:", err)
		os.Exit(1)
	}
}

func run(shared string, nerr int, predPath string, w io.Writer) error {
	if shared == "" {
		var err error
		if shared, err = shareddata.Dir(); err != nil {
			return err
		}
	}
	if err := duckling(filepath.Join(shared, "data", "figures", "duckling_ko.jsonl"), nerr, w); err != nil {
		return err
	}
	if err := korToNumber(filepath.Join(shared, "data", "figures", "kor_to_number_ko.jsonl"), nerr, w); err != nil {
		return err
	}
	tk, err := tokenize.New()
	if err != nil {
		return err
	}
	if err := gold(tk, shared, nerr, predPath, w); err != nil {
		return err
	}
	return klue(tk, filepath.Join(shared, "data", "ner", "klue_dev.spans.jsonl"), nerr, w)
}

func readJSONL(path string) ([]map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

func same(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// ducklingUnits maps gisa's normalised units to duckling's unit names, with a scale for
// durations (duckling reports them in its own grain).
var ducklingUnits = map[string]string{
	"달러": "USD", "센트": "cent", "유로": "EUR", "파운드": "GBP", "원": "KRW",
	"㎞": "kilometre", "마일": "mile", "m": "metre", "㎝": "centimetre",
	"㎖": "millilitre", "L": "litre", "갤런": "gallon", "hL": "hectolitre",
	"℃": "celsius", "℉": "fahrenheit", "도": "degree", "근": "근", "g": "gram", "컵": "cup",
}

var seconds = map[string]float64{"초": 1, "second": 1, "분": 60, "minute": 60, "시간": 3600, "hour": 3600, "일": 86400, "day": 86400}

// duckling checks every case of duckling's Korean corpus: the whole text is one value.
func duckling(path string, nerr int, w io.Writer) error {
	cases, err := readJSONL(path)
	if err != nil {
		return err
	}
	type tally struct{ ok, n int }
	dims := map[string]*tally{}
	order := []string{}
	var misses []string
	for _, c := range cases {
		dim := c["dim"].(string)
		if dims[dim] == nil {
			dims[dim] = &tally{}
			order = append(order, dim)
		}
		dims[dim].n++
		text := c["text"].(string)
		ok, got := ducklingCase(dim, text, c)
		if ok {
			dims[dim].ok++
		} else if len(misses) < nerr {
			misses = append(misses, fmt.Sprintf("  miss %s %q: got %s, want %v %v", dim, text, got, c["value"], c["unit"]))
		}
	}
	fmt.Fprintln(w, "duckling_ko.jsonl")
	for _, d := range order {
		fmt.Fprintf(w, "  %-16s %3d/%d\n", d, dims[d].ok, dims[d].n)
	}
	for _, m := range misses {
		fmt.Fprintln(w, m)
	}
	return nil
}

func ducklingCase(dim, text string, c map[string]any) (bool, string) {
	switch dim {
	case "numeral":
		n, ok := figures.ParseNumber(text)
		return ok && n.End == len(text) && same(n.Value, c["value"].(float64)), fmt.Sprintf("%v (end %d)", n.Value, n.End)
	case "ordinal":
		o, ok := figures.ParseOrdinal(text)
		return ok && o.End == len(text) && float64(o.Value) == c["value"].(float64), fmt.Sprint(o.Value)
	}
	f, ok := figures.Parse(text)
	if rest := strings.TrimSpace(text[min(f.End, len(text)):]); ok && rest != "" && rest == f.Qualifier {
		f.End = len(text) // "5000원 이상": the bound is the qualifier after the figure
	}
	if !ok || f.End != len(text) {
		return false, fmt.Sprintf("%+v", f)
	}
	got := fmt.Sprintf("%v %v %s %s %q", f.Value, f.ValueTo, f.Unit, f.Qualifier, f.Measure)
	unit, _ := c["unit"].(string)
	if dim == "duration" {
		return same(f.Value*seconds[f.Unit], c["value"].(float64)*seconds[unit]), got
	}
	if ducklingUnits[f.Unit] != unit {
		return false, got
	}
	if dim == "quantity" && strings.Contains(c["haskell"].(string), "Just") {
		if !strings.Contains(c["haskell"].(string), `"`+f.Measure+`"`) || f.Measure == "" {
			return false, got
		}
	}
	switch v := c["value"].(type) {
	case float64:
		return f.ValueTo == nil && f.Qualifier == "" && same(f.Value, v), got
	case map[string]any:
		from, hasFrom := v["from"].(float64)
		to, hasTo := v["to"].(float64)
		switch {
		case hasFrom && hasTo:
			return f.ValueTo != nil && same(f.Value, from) && same(*f.ValueTo, to), got
		case hasFrom:
			return f.ValueTo == nil && same(f.Value, from) && (f.Qualifier == "이상" || f.Qualifier == "초과"), got
		case hasTo:
			return f.ValueTo == nil && same(f.Value, to) && (f.Qualifier == "이하" || f.Qualifier == "미만"), got
		}
	}
	return false, got
}

// korToNumber checks kor-to-number.js's cases: value and rest, and no value for parse_ok:false.
func korToNumber(path string, nerr int, w io.Writer) error {
	cases, err := readJSONL(path)
	if err != nil {
		return err
	}
	var all, digit, digitN, bad, badN int
	var misses []string
	for _, c := range cases {
		text := c["text"].(string)
		group := c["group"].(string)
		digitBased := strings.HasPrefix(group, "숫자") || strings.HasPrefix(group, "만 단위") || strings.HasPrefix(group, "십 단위")
		n, ok := figures.ParseNumber(text)
		rest := text
		if ok {
			rest = strings.TrimLeft(text[n.End:], " ")
		}
		var good bool
		if c["parse_ok"] == false {
			badN++
			good = !ok
			if good {
				bad++
			}
		} else {
			want, _ := c["value"].(float64)
			good = ok && same(n.Value, want) && rest == c["rest"]
		}
		if good {
			all++
		} else if len(misses) < nerr {
			misses = append(misses, fmt.Sprintf("  miss %q: got %v rest %q, want %v rest %q", text, n.Value, rest, c["value"], c["rest"]))
		}
		if digitBased {
			digitN++
			if good {
				digit++
			}
		}
	}
	fmt.Fprintln(w, "kor_to_number_ko.jsonl")
	fmt.Fprintf(w, "  digit-based      %3d/%d\n  all              %3d/%d\n  parse_ok:false   %3d/%d rejected\n", digit, digitN, all, len(cases), bad, badN)
	for _, m := range misses {
		fmt.Fprintln(w, m)
	}
	return nil
}

// predFigure is one figure in the gisa/1 JSON that score.py reads.
type predFigure struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Value     float64  `json:"value"`
	ValueTo   *float64 `json:"value_to,omitempty"`
	Unit      string   `json:"unit"`
	Kind      string   `json:"kind"`
	Measure   string   `json:"measure"`
	Qualifier string   `json:"qualifier"`
	Sentence  int      `json:"sentence"`
}

// gold runs figures.Extract over the gold articles and scores them with tools/score.py.
func gold(tk *tokenize.Tokenizer, shared string, nerr int, predPath string, w io.Writer) error {
	goldPath := filepath.Join(shared, "data", "gold", "dev.jsonl")
	golds, err := readJSONL(goldPath)
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, g := range golds {
		want[g["id"].(string)] = true
	}
	arts, err := readJSONL(filepath.Join(shared, "data", "news", "articles.jsonl"))
	if err != nil {
		return err
	}
	if predPath == "" {
		f, err := os.CreateTemp("", "evalfigures-*.jsonl")
		if err != nil {
			return err
		}
		f.Close()
		predPath = f.Name()
		defer os.Remove(predPath)
	}
	out, err := os.Create(predPath)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		id, _ := a["id"].(string)
		if !want[id] {
			continue
		}
		doc := a["title"].(string) + "\n" + a["text"].(string)
		txt, err := tk.Analyze(doc)
		if err != nil {
			out.Close()
			return fmt.Errorf("%s: %w", id, err)
		}
		figs := []predFigure{}
		for _, f := range figures.Extract(txt) {
			figs = append(figs, predFigure{Text: f.Text, Start: runeOffset(doc, f.Start), End: runeOffset(doc, f.End),
				Value: f.Value, ValueTo: f.ValueTo, Unit: f.Unit, Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier, Sentence: f.Sentence})
		}
		if err := enc.Encode(map[string]any{"schema": "gisa/1", "id": id, "figures": figs}); err != nil {
			out.Close()
			return err
		}
	}
	if err := out.Close(); err != nil {
		return err
	}
	cmd := exec.Command("python3", filepath.Join(shared, "tools", "score.py"), "--pred", predPath, "--gold", goldPath, "--errors", fmt.Sprint(nerr))
	res, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("score.py: %v: %s", err, res)
	}
	fmt.Fprintln(w, "gold figures (tools/score.py on data/gold/dev.jsonl)")
	for _, line := range strings.Split(string(res), "\n") {
		if strings.HasPrefix(line, "figures") || strings.HasPrefix(line, "  fig_") {
			fmt.Fprintln(w, " ", line)
		}
	}
	return nil
}

// runeOffset converts a byte offset of s into a code-point offset.
func runeOffset(s string, b int) int {
	return len([]rune(s[:b]))
}

var (
	calendarClock = regexp.MustCompile(`\d+\s*월|(지난|오는|이달|내달|다음달)\s*\d+\s*일|^\d{4}\s*년$|(오전|오후|새벽|밤|아침|저녁)\s*\d+\s*시|\d+시\s*\d+분|(전반|후반)\s*\d+분`)
	bareDay       = regexp.MustCompile(`^\d+일$`)
)

// klue checks figures.Extract against KLUE-NER's dev labels: calendar dates and clock times
// (DT/TI spans such as 10월 10일, 오후 7시) must not be figures, and how much of QT is found.
// KLUE's QT also holds ages in brackets, ordinals and scores, which are not figures here, and
// its DT/TI also hold durations (나흘, 두시간), which are; so only the counts are reported.
func klue(tk *tokenize.Tokenizer, path string, nerr int, w io.Writer) error {
	recs, err := readJSONL(path)
	if err != nil {
		return err
	}
	var nFig, outside, nCal, calHit, nDay, dayHit, nQT, qtHit int
	var leaks []string
	for _, r := range recs {
		text := r["text"].(string)
		txt, err := tk.Analyze(text)
		if err != nil {
			return err
		}
		var spans [][2]int
		for _, f := range figures.Extract(txt) {
			spans = append(spans, [2]int{runeOffset(text, f.Start), runeOffset(text, f.End)})
		}
		nFig += len(spans)
		used := make([]bool, len(spans))
		for _, sp := range r["spans"].([]any) {
			e := sp.([]any)
			s, end, typ, surface := int(e[0].(float64)), int(e[1].(float64)), e[2].(string), e[3].(string)
			hit := false
			for i, f := range spans {
				if f[0] < end && f[1] > s {
					hit, used[i] = true, true
				}
			}
			switch {
			case typ == "QT":
				nQT++
				if hit {
					qtHit++
				}
			case (typ == "DT" || typ == "TI") && calendarClock.MatchString(surface):
				nCal++
				if hit {
					calHit++
					if len(leaks) < nerr {
						leaks = append(leaks, fmt.Sprintf("    date/time read as a figure: %q in %q", surface, text))
					}
				}
			case typ == "DT" && bareDay.MatchString(surface):
				nDay++
				if hit {
					dayHit++
				}
			}
		}
		for _, u := range used {
			if !u {
				outside++
			}
		}
	}
	fmt.Fprintf(w, "KLUE-NER dev (%d sentences)\n", len(recs))
	fmt.Fprintf(w, "  calendar/clock DT/TI spans overlapped by a figure  %d/%d\n", calHit, nCal)
	fmt.Fprintf(w, "  bare N일 DT spans read as a duration               %d/%d\n", dayHit, nDay)
	fmt.Fprintf(w, "  QT spans overlapped by a figure                    %d/%d\n", qtHit, nQT)
	fmt.Fprintf(w, "  figures outside every KLUE entity                  %d/%d\n", outside, nFig)
	for _, l := range leaks {
		fmt.Fprintln(w, l)
	}
	return nil
}
