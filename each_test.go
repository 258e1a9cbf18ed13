package gisa

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
)

// TestAnalyzeEachIsAnalyze: AnalyzeEach gives each document what Analyze gives it, record for
// record and error for error, over the 53 news articles (several at a time, in groups of
// different sizes) and documents that fail, with and without tokens.
func TestAnalyzeEachIsAnalyze(t *testing.T) {
	docs := append(newsDocuments(t),
		Document{ID: "bad", Title: "제목", Text: "본문\xc3"},
		Document{ID: "short", Text: "그는 “좋다”고 말했다."},
		Document{ID: "empty"})
	// the failing ones among the articles, not only at the end
	docs[3], docs[len(docs)-3] = docs[len(docs)-3], docs[3]
	withTokens, err := New(WithTokens(true))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, a := range []*Analyzer{testAnalyzer(t), withTokens} {
		for _, group := range []int{1, 4, len(docs)} {
			for lo := 0; lo < len(docs); lo += group {
				part := docs[lo:min(lo+group, len(docs))]
				res, errs := a.AnalyzeEach(ctx, part)
				if len(res) != len(part) || len(errs) != len(part) {
					t.Fatalf("%d documents: %d analyses, %d errors", len(part), len(res), len(errs))
				}
				for i, d := range part {
					want, wantErr := a.Analyze(ctx, d)
					if (errs[i] == nil) != (wantErr == nil) || errs[i] != nil && errs[i].Error() != wantErr.Error() {
						t.Fatalf("%s: error %v, Analyze's %v", d.ID, errs[i], wantErr)
					}
					if wantErr != nil {
						if res[i] != nil {
							t.Errorf("%s: an analysis beside the error", d.ID)
						}
						continue
					}
					got, err1 := json.Marshal(res[i])
					wantJSON, err2 := json.Marshal(want)
					if err1 != nil || err2 != nil {
						t.Fatal(err1, err2)
					}
					if !bytes.Equal(got, wantJSON) {
						t.Fatalf("%s (group of %d): AnalyzeEach's record differs from Analyze's", d.ID, group)
					}
				}
			}
		}
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, errs := testAnalyzer(t).AnalyzeEach(canceled, docs[:2]); errs[0] == nil || errs[1] == nil {
		t.Errorf("a cancelled context: errors %v", errs)
	}
}
