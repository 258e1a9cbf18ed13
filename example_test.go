package gisa_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/gisa-nlp/gisa"
)

// Analyze one article whose headline arrives separately, and walk its sentences.
func ExampleAnalyzer_Analyze() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	res, err := a.Analyze(context.Background(), gisa.Document{
		ID:    "example",
		Title: "카카오, 초거대AI 경쟁 선언",
		Text:  "백상엽 대표는 8일 “최선을 다하겠다. 뒤지지 않겠다.”고 밝혔다. 챗GPT는 5일 만에 100만 명을 모았다.",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Title)
	for _, s := range res.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 카카오, 초거대AI 경쟁 선언
	// 0-36 카카오, 초거대AI 경쟁 선언
	// 37-126 백상엽 대표는 8일 “최선을 다하겠다. 뒤지지 않겠다.”고 밝혔다.
	// 127-173 챗GPT는 5일 만에 100만 명을 모았다.
}

// Analyze several articles in one call: each gets what Analyze would give it (an analysis or
// an error), for less CPU time than one call each.
func ExampleAnalyzer_AnalyzeEach() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	res, errs := a.AnalyzeEach(context.Background(), []gisa.Document{
		{ID: "a1", Title: "카카오, 초거대AI 경쟁 선언", Text: "백상엽 대표는 8일 “최선을 다하겠다.”고 밝혔다."},
		{ID: "a2", Title: "제목", Text: "본문\xff"},
		{ID: "a3", Text: "챗GPT는 5일 만에 100만 명을 모았다."},
	})
	for i, r := range res {
		if errs[i] != nil {
			fmt.Println("error:", errs[i])
			continue
		}
		for _, q := range r.Quotes {
			fmt.Printf("%s: %s said %s\n", r.ID, q.Speaker, q.Text)
		}
		fmt.Printf("%s: %d sentences\n", r.ID, len(r.Sentences))
	}
	// Output:
	// a1: 백상엽 said 최선을 다하겠다.
	// a1: 2 sentences
	// error: text: invalid UTF-8 at byte offset 6
	// a3: 1 sentences
}

// An Analysis marshals to the gisa/1 record, with code point offsets.
func ExampleAnalysis_MarshalJSON() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	// Plain text: the first line is the headline.
	res, err := a.Analyze(context.Background(), gisa.Document{ID: "plain", Text: "챗GPT 열풍\n챗GPT는 5일 만에 100만 명을 모았다."})
	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		panic(err)
	}
	var rec struct {
		Schema    string
		Title     string
		Sentences []struct {
			Start, End int
			Text, Kind string
		}
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		panic(err)
	}
	fmt.Println(rec.Schema, rec.Title)
	for _, s := range rec.Sentences {
		fmt.Println(s.Start, s.End, s.Kind, s.Text)
	}
	// Output:
	// gisa/1 챗GPT 열풍
	// 0 7 body 챗GPT 열풍
	// 8 32 body 챗GPT는 5일 만에 100만 명을 모았다.
}

// WriteReport prints what a person reads at a terminal.
func ExampleAnalysis_WriteReport() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	res, err := a.Analyze(context.Background(), gisa.Document{Text: "챗GPT 열풍\n챗GPT는 5일 만에 100만 명을 모았다."})
	if err != nil {
		panic(err)
	}
	if err := res.WriteReport(os.Stdout); err != nil {
		panic(err)
	}
}

// WithTokens adds the morphemes to every analysis; in JSON their offsets are code points.
func ExampleWithTokens() {
	a, err := gisa.New(gisa.WithTokens(true))
	if err != nil {
		panic(err)
	}
	res, err := a.Analyze(context.Background(), gisa.Document{Text: "챗GPT는 5일 만에 100만 명을 모았다."})
	if err != nil {
		panic(err)
	}
	for _, t := range res.Tokens[:6] {
		fmt.Printf("%s/%s %d-%d\n", t.Surface, t.POS, t.Runes.Start, t.Runes.End)
	}
	// Output:
	// 챗/NNG 0-1
	// GPT/SL 1-4
	// 는/JX 4-5
	// 5/SN 6-7
	// 일/NNBC 7-8
	// 만/NNB 9-10
}

// A gisa/1 record reads back into an Analysis (json.Unmarshal), which marshals to the same
// record; a quote's Speaker prints as the speaker's name.
func ExampleAnalysis_UnmarshalJSON() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	res, err := a.Analyze(context.Background(), gisa.Document{
		ID:    "a1",
		Title: "카카오, 초거대AI 경쟁 선언",
		Text:  "백상엽 카카오엔터프라이즈 대표는 “최선을 다하겠다”고 밝혔다.",
	})
	if err != nil {
		panic(err)
	}
	record, _ := json.Marshal(res)
	var back gisa.Analysis
	if err := json.Unmarshal(record, &back); err != nil {
		panic(err)
	}
	again, _ := json.Marshal(back)
	fmt.Println(string(again) == string(record))
	for _, q := range back.Quotes {
		fmt.Println(q.Speaker, q.Verb, q.Text)
	}
	// Output:
	// true
	// 백상엽 밝혔다 최선을 다하겠다
}
