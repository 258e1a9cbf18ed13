package gisabeam_test

import (
	"context"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	gisabeam "github.com/gisa-nlp/gisa/beam"
)

// The pipeline over a folder of articles, on the runner the --runner flag names (Prism, the
// local runner, by default); records land in out/gisa-SSSSS-of-00016.jsonl and error records
// in out/gisa-errors-00000-of-00001.jsonl.
func ExamplePipeline() {
	p, err := gisabeam.Pipeline(gisabeam.Options{
		Inputs: []string{"articles/*", "archive/2024-*.jsonl"},
		Output: "out/gisa",
	})
	if err != nil {
		log.Fatal(err)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		log.Fatal(err)
	}
	if c, ok := gisabeam.CountersOf(res); ok {
		log.Printf("%d ok, %d failed, %d bytes", c.OK, c.Failed, c.Bytes)
	}
}
