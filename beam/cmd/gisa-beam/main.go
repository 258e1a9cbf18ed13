// Command gisa-beam analyses an archive of articles with gisa as an Apache Beam pipeline: on
// Beam's local runner Prism in-process (the default), or on Google Dataflow, Apache Flink or
// Apache Spark through --runner (see the README's "Past one machine").
//
//	gisa-beam --input 'articles/*' --output out/gisa
//	gisa-beam --input 'gs://bucket/news/*.jsonl' --output gs://bucket/gisa/run1 \
//	    --runner dataflow --project P --region R --staging_location gs://bucket/staging
//
// It writes out/gisa-00000-of-00016.jsonl ... (records) and out/gisa-errors-00000-of-00001.jsonl
// (error records, the same as `gisa batch` writes), and prints the counters articles_ok,
// articles_failed and bytes when the runner reports them. It exits 1 when some input failed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	gisabeam "github.com/gisa-nlp/gisa/beam"
	"github.com/gisa-nlp/gisa/internal/batch"
)

// listFlag is a flag that may be given many times, each value also split at commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func main() {
	var o gisabeam.Options
	var inputs, include, exclude listFlag
	flag.Var(&inputs, "input", "file pattern of the articles (repeatable): .txt/.html files, .jsonl with one article a line; local or gs://")
	flag.StringVar(&o.Output, "output", "", "output prefix: PREFIX-SSSSS-of-NNNNN.jsonl and PREFIX-errors-SSSSS-of-NNNNN.jsonl")
	flag.IntVar(&o.Shards, "shards", 16, "record files to write")
	flag.IntVar(&o.ErrorShards, "error_shards", 1, "error record files to write")
	flag.Var(&include, "include", "take the matched files whose id matches these globs (default: "+strings.Join(batch.DefaultInclude, ",")+")")
	flag.Var(&exclude, "exclude", "leave out the matched files whose id matches these globs")
	flag.Int64Var(&o.MaxBytes, "max_bytes", batch.DefaultMaxBytes, "the largest article in bytes; larger ones are error records")
	flag.BoolVar(&o.Tokens, "tokens", false, "include the morphemes (the tokens field)")
	flag.BoolVar(&o.SpacePenalty, "space_penalty", true, "apply mecab-ko's left-space penalty in the tokenizer")
	flag.IntVar(&o.Parallel, "parallel", 0, "articles analysed at once inside one bundle (default: the cores on Prism, which runs a stage as one bundle; 1 elsewhere, where the runner runs bundles side by side)")
	verbose := flag.Bool("verbose", false, "log the runner's progress (Prism logs every job step)")
	flag.Parse()
	if !*verbose {
		beamlog.LogLevel = "warn" // read by beam.Init
	}
	beam.Init() // a worker process started by a runner serves its work here and exits
	o.Inputs, o.Include, o.Exclude = inputs, include, exclude
	if r := *runners.Runner; o.Parallel == 0 && (r == "" || r == "prism") {
		o.Parallel = runtime.GOMAXPROCS(0)
	}

	p, err := gisabeam.Pipeline(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gisa-beam:", err)
		os.Exit(2)
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gisa-beam:", err)
		os.Exit(1)
	}
	c, ok := gisabeam.CountersOf(res)
	if !ok { // no input matched, or a runner without metrics (a job submitted with --async)
		fmt.Fprintln(os.Stderr, "gisa-beam: the runner reported no counters: no input analysed here")
		return
	}
	sec := time.Since(start).Seconds()
	fmt.Fprintf(os.Stderr, "gisa-beam: %d ok, %d failed, %d bytes, %.1fs, %.1f articles/s\n",
		c.OK, c.Failed, c.Bytes, sec, float64(c.OK+c.Failed)/sec)
	if c.Failed > 0 {
		os.Exit(1)
	}
}
