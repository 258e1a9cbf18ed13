package gisabeam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[Record, int, Record](&shardFn{})
	register.Function1x2(placeholder)
	register.DoFn3x1[context.Context, int, func(*Record) bool, error](&writeShardFn{})
	register.Iter1[Record]()
}

// writeShards writes the records to n files PREFIX-SSSSS-of-NNNNN.jsonl, each record to the
// shard of the hash of its input id, so that a rerun puts each input in the same file. Every
// shard gets its file, empty when no record fell into it, so that the n files are all there.
func writeShards(s beam.Scope, recs beam.PCollection, prefix string, n int) {
	keyed := beam.ParDo(s, &shardFn{N: n}, recs)
	shards := make([]int, n)
	for i := range shards {
		shards[i] = i
	}
	empty := beam.ParDo(s, placeholder, beam.CreateList(s, shards))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, N: n}, grouped)
}

// placeholder is the record without JSON that makes shard i exist.
func placeholder(i int) (int, Record) { return i, Record{} }

// ShardName is the file of shard i of n under prefix: PREFIX-00003-of-00016.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// shardOf is the shard of an input id: FNV-1a of the id, modulo n.
func shardOf(input string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(input))
	return int(h.Sum32() % uint32(n))
}

// shardFn keys each record by its shard.
type shardFn struct{ N int }

// ProcessElement keys one record.
func (fn *shardFn) ProcessElement(r Record) (int, Record) { return shardOf(r.Input, fn.N), r }

// writeShardFn writes one shard's records to its file: first to a temporary name beside it,
// then renamed, so that a retried bundle replaces the file whole and a file that exists is
// complete.
type writeShardFn struct {
	Prefix string
	N      int
}

// ProcessElement writes the records of shard i.
func (fn *writeShardFn) ProcessElement(ctx context.Context, i int, recs func(*Record) bool) (err error) {
	name := ShardName(fn.Prefix, i, fn.N)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	tmp := name + ".tmp"
	wc, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return fmt.Errorf("writing shard %s: %w", name, err)
	}
	w := bufio.NewWriterSize(wc, 1<<20)
	var r Record
	for recs(&r) && err == nil {
		_, err = w.Write(r.JSON) // a placeholder writes nothing
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := wc.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = filesystem.Rename(ctx, fsys, tmp, name)
	}
	if err != nil {
		return fmt.Errorf("writing shard %s: %w", name, err)
	}
	return nil
}
