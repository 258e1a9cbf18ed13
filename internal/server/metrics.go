package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are what GET /metrics reports, in the Prometheus text format.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec   // by route and status code
	latency  *prometheus.HistogramVec // by route
	articles *prometheus.CounterVec   // by result: ok, error
	bytes    prometheus.Counter       // article bytes analysed
}

// latencyBuckets span a short article on an idle server (milliseconds) to a long one that
// waited for a worker (tens of seconds).
var latencyBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

func newMetrics(l *limiter) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gisa_http_requests_total",
			Help: "HTTP requests answered, by route and status code (499: the client went away).",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "gisa_http_request_duration_seconds",
			Help:    "Time from a request's arrival to the end of its response, by route.",
			Buckets: latencyBuckets,
		}, []string{"route"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gisa_articles_total",
			Help: "Articles handed in, by result: ok (a record), error (an error response or record), cancelled (the client went away).",
		}, []string{"result"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "gisa_article_bytes_total",
			Help: "Bytes of article text analysed.",
		}),
	}
	for _, o := range []outcome{outcomeOK, outcomeError, outcomeCancelled} {
		m.articles.WithLabelValues(string(o))
	}
	m.reg.MustRegister(m.requests, m.latency, m.articles, m.bytes,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "gisa_analyses_in_flight",
			Help: "Articles being analysed now (at most the server's workers).",
		}, func() float64 { return float64(l.running()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "gisa_analyses_waiting",
			Help: "Articles waiting for a worker.",
		}, func() float64 { return float64(l.waiting.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "gisa_http_requests_in_flight",
			Help: "Analysis requests admitted and not yet answered (at most workers + queue).",
		}, func() float64 { return float64(l.inService()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// handler serves the registry.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// observe counts one answered request.
func (m *metrics) observe(route string, code int, seconds float64) {
	m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.latency.WithLabelValues(route).Observe(seconds)
}

// outcome is what became of an article handed in.
type outcome string

const (
	outcomeOK        outcome = "ok"        // analysed
	outcomeError     outcome = "error"     // refused or failed: an error response or record
	outcomeCancelled outcome = "cancelled" // the client went away first
)

// outcomeOf is the outcome of an analysis that failed with err under ctx.
func outcomeOf(ctx context.Context, err error) outcome {
	if errors.Is(ctx.Err(), context.Canceled) {
		return outcomeCancelled
	}
	return outcomeError
}

// article counts one article handed in, and its bytes when it was analysed.
func (m *metrics) article(o outcome, bytes int) {
	m.articles.WithLabelValues(string(o)).Inc()
	if o == outcomeOK {
		m.bytes.Add(float64(bytes))
	}
}
