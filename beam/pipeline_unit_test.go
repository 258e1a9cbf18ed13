package gisabeam

import (
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func TestPatternBase(t *testing.T) {
	for pattern, want := range map[string]string{
		"articles/*":                "articles/",
		"/data/news/*.jsonl":        "/data/news/",
		"gs://bucket/news/2024*/x*": "gs://bucket/news/",
		"dir/a.txt":                 "dir/",
		"a.txt":                     "",
		"*.txt":                     "",
	} {
		if got := patternBase(pattern); got != want {
			t.Errorf("patternBase(%q) = %q, want %q", pattern, got, want)
		}
	}
}

func TestShards(t *testing.T) {
	if got := ShardName("out/gisa", 3, 16); got != "out/gisa-00003-of-00016.jsonl" {
		t.Errorf("ShardName = %q", got)
	}
	counts := make([]int, 4)
	for i := range 1000 {
		counts[shardOf("news/"+string(rune('가'+i))+".txt", 4)]++
	}
	for s, n := range counts {
		if n < 150 || n > 350 {
			t.Errorf("shard %d of 4 got %d of 1000 ids: %v", s, n, counts)
		}
	}
}

func TestOptionsCheck(t *testing.T) {
	for _, o := range []Options{
		{Output: "out"},
		{Inputs: []string{"a/*"}},
		{Inputs: []string{"a/*"}, Output: "out", Shards: -1},
		{Inputs: []string{"a/*"}, Output: "out", Include: []string{"[a"}},
	} {
		if _, err := Pipeline(o); err == nil {
			t.Errorf("Pipeline(%+v) built", o)
		}
	}
	o := Options{Inputs: []string{"a/*"}, Output: "out"}
	if err := Build(beam.NewPipeline().Root(), o); err != nil {
		t.Fatal(err)
	}
}
