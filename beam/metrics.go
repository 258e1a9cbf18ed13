package gisabeam

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Counters are the pipeline's metrics after a run.
type Counters struct {
	OK     int64 // articles analysed into a record
	Failed int64 // inputs that got an error record
	Bytes  int64 // bytes of input read (files, or JSON Lines lines)
}

// CountersOf reads the counters of a finished run; ok is false when the runner reported no
// metrics.
func CountersOf(res beam.PipelineResult) (c Counters, ok bool) {
	if res == nil {
		return c, false
	}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() != "gisa" {
			continue
		}
		switch r.Name() {
		case "articles_ok":
			c.OK += r.Result()
		case "articles_failed":
			c.Failed += r.Result()
		case "bytes":
			c.Bytes += r.Result()
		default:
			continue
		}
		ok = true
	}
	return c, ok
}
