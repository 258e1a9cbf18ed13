package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/gisa-nlp/gisa"
)

// pipeline analyses articles on several goroutines and writes their records in input order,
// each as soon as it and all before it are done, so output streams with the input.
type pipeline struct {
	ctx   context.Context
	a     *gisa.Analyzer
	jobs  chan job
	order chan chan outcome // one per article, in input order
	wg    sync.WaitGroup
	done  chan struct{}
	out   recordWriter

	total, failed int // written by the writer goroutine, read after done
	writeErr      error
}

// job is one article waiting for a worker.
type job struct {
	doc   gisa.Document
	where string // "<input>" or "<input>:<line>", for error messages
	res   chan outcome
}

// outcome is what becomes of one article: an analysis or an error record.
type outcome struct {
	res    *gisa.Analysis
	errRec *gisa.ErrorRecord
}

func newPipeline(ctx context.Context, a *gisa.Analyzer, workers int, out recordWriter) *pipeline {
	p := &pipeline{
		ctx:   ctx,
		a:     a,
		jobs:  make(chan job, workers),
		order: make(chan chan outcome, 4*workers),
		done:  make(chan struct{}),
		out:   out,
	}
	for range workers {
		p.wg.Add(1)
		go p.work()
	}
	go p.write()
	return p
}

// submit queues an article for analysis.
func (p *pipeline) submit(doc gisa.Document, where string) {
	res := make(chan outcome, 1)
	p.order <- res
	p.jobs <- job{doc, where, res}
}

// fail queues the error record of an input that could not be read.
func (p *pipeline) fail(id string, err error) {
	res := make(chan outcome, 1)
	rec := gisa.NewErrorRecord(id, err)
	res <- outcome{errRec: &rec}
	p.order <- res
}

func (p *pipeline) work() {
	defer p.wg.Done()
	for j := range p.jobs {
		res, err := p.a.Analyze(p.ctx, j.doc)
		if err != nil {
			rec := gisa.NewErrorRecord(j.doc.ID, fmt.Errorf("%s: %w", j.where, err))
			j.res <- outcome{errRec: &rec}
			continue
		}
		j.res <- outcome{res: res}
	}
}

func (p *pipeline) write() {
	defer close(p.done)
	for res := range p.order {
		o := <-res
		p.total++
		if o.errRec != nil {
			p.failed++
		}
		if p.writeErr != nil {
			continue // keep draining so that no worker blocks
		}
		if o.errRec != nil {
			p.writeErr = p.out.failure(*o.errRec)
		} else {
			p.writeErr = p.out.record(o.res)
		}
	}
}

// close waits for every queued article to be written and reports how many there were, how
// many failed, and the first write error.
func (p *pipeline) close() (total, failed int, err error) {
	close(p.jobs)
	close(p.order)
	p.wg.Wait()
	<-p.done
	return p.total, p.failed, p.writeErr
}
