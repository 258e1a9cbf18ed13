// Package gisabeam runs gisa as an Apache Beam pipeline, so that an archive of millions of
// articles is analysed on an existing distributed engine (Google Dataflow, Apache Flink,
// Apache Spark through Beam's portable runners) or, for tests and single machines, on Beam's
// local runner Prism in-process.
//
// The pipeline reads the files matching one or more patterns (local paths, gs:// and whatever
// else Beam's file systems reach), plain text, HTML and JSON Lines (one article a line), and
// analyses each article in a DoFn whose Setup builds one gisa.Analyzer per worker process. It
// writes the gisa/1 records as JSON Lines shards under an output prefix,
//
//	PREFIX-00003-of-00016.jsonl          records, sharded by a hash of the input id
//	PREFIX-errors-00000-of-00001.jsonl   error records {"schema","id","input","error"}
//
// and counts articles_ok, articles_failed and bytes as Beam metrics (namespace "gisa").
//
// Input ids, decoding and records are those of `gisa batch` (package internal/batch): the id
// of a file is its path relative to the pattern's folder (the part before the first glob
// character), "file.jsonl:7" is line 7 of a JSON Lines file, and every input that fails gets
// the same error record as in batch. Every shard is written, empty when no record fell into it.
package gisabeam
