#!/usr/bin/env python3
"""Tokenizer speed: gisa against MeCab 0.996 on the same corpus, in the same run.

Builds a corpus of the 53 news articles repeated to about 5 MB, then alternates runs of
  mecab -d DIC corpus            (the C++ peer, ../shared/tools/mecab-peer/setup.sh)
  gisa tokenize -f mecab --space-penalty=false corpus
so both do the same job (same dictionary, same output format), and checks the outputs are equal.
CPU time (user+sys) and peak RSS of each child come from getrusage. Start-up is measured on
empty input and reported apart; throughput is code points per CPU-second, gross and net of
start-up, as medians over the runs. The machine is shared: read the ratio, not the seconds.

With --pipeline, a third command runs in the same rounds: the whole analysis,
  gisa analyze --format jsonl < corpus.jsonl   (the same articles as JSON Lines)
and its throughput is printed beside MeCab's tokenizing alone.

usage: scripts/bench_tokenize.py [--runs 5] [--mb 5] [--dic DIR] [--gisa PATH] [--pipeline]
"""
import argparse, json, os, resource, statistics, subprocess, sys, tempfile

def child_run(cmd, stdin_path, out_path, empty=False):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin_path, 'rb') as fin, open(out_path, 'wb') as fout:
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=subprocess.DEVNULL if empty else None)
        _, status, ru = os.wait4(p.pid, 0)
    # gisa analyze answers empty input with an error record and exit status 1: the start-up
    # run is still a start-up run.
    if status != 0 and not (empty and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 1):
        sys.exit(f"{cmd[0]} failed with status {status}")
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024  # seconds, MiB

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--mb', type=float, default=5)
    ap.add_argument('--dic', default=os.path.expanduser('~/.cache/gisa-mecab-peer/dic'))
    ap.add_argument('--gisa', default='')
    ap.add_argument('--pipeline', action='store_true', help='also time gisa analyze on the same articles')
    ap.add_argument('--articles', default=os.path.join(root, '..', 'shared', 'data', 'news', 'articles.jsonl'))
    a = ap.parse_args()
    if not os.path.exists(a.articles):
        sys.exit(f"{a.articles} not found: this benchmark needs ../shared")
    if not os.path.exists(os.path.join(a.dic, 'sys.dic')):
        sys.exit(f"no MeCab peer at {a.dic}: run ../shared/tools/mecab-peer/setup.sh")
    tmp = tempfile.mkdtemp(prefix='gisa-bench-')
    gisa = a.gisa or os.path.join(tmp, 'gisa')
    if not a.gisa:
        subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=root, check=True)
    docs, recs = [], []
    for line in open(a.articles, encoding='utf-8'):
        r = json.loads(line)
        docs.append(r['title'] + '\n' + r['text'] + '\n')
        recs.append(json.dumps({'id': r['id'], 'title': r['title'], 'text': r['text']}, ensure_ascii=False) + '\n')
    one = ''.join(docs)
    copies = max(1, int(a.mb * 1e6 / len(one.encode())))
    corpus = one * copies
    cpath, empty = os.path.join(tmp, 'corpus.txt'), os.path.join(tmp, 'empty.txt')
    open(cpath, 'w', encoding='utf-8').write(corpus)
    open(empty, 'w').close()
    chars = len(corpus)
    cmds = {
        'mecab': ['mecab', '-d', a.dic],
        'gisa': [gisa, 'tokenize', '-f', 'mecab', '--space-penalty=false'],
    }
    inputs = {'mecab': cpath, 'gisa': cpath}
    if a.pipeline:
        jpath = os.path.join(tmp, 'corpus.jsonl')
        open(jpath, 'w', encoding='utf-8').write(''.join(recs) * copies)
        cmds['analyze'] = [gisa, 'analyze', '--format', 'jsonl']
        inputs['analyze'] = jpath
    res = {k: {'cpu': [], 'rss': [], 'start': []} for k in cmds}
    for i in range(a.runs):
        for name, cmd in cmds.items():
            cpu, rss = child_run(cmd, inputs[name], os.path.join(tmp, name + '.out'))
            st, _ = child_run(cmd, empty, os.devnull, empty=True)
            res[name]['cpu'].append(cpu); res[name]['rss'].append(rss); res[name]['start'].append(st)
    same = open(os.path.join(tmp, 'mecab.out'), 'rb').read() == open(os.path.join(tmp, 'gisa.out'), 'rb').read()
    print(f"corpus: {len(corpus.encode())/1e6:.1f} MB, {chars} code points, {a.runs} runs each, outputs identical: {same}")
    print(f"{'':6} {'cpu s':>7} {'start s':>8} {'chars/cpu-s':>12} {'net of start':>13} {'peak RSS MiB':>13}")
    med = {}
    for name, r in res.items():
        cpu, st, rss = statistics.median(r['cpu']), statistics.median(r['start']), max(r['rss'])
        med[name] = (chars / cpu, chars / max(cpu - st, 1e-9))
        print(f"{name:6} {cpu:7.2f} {st:8.3f} {med[name][0]:12,.0f} {med[name][1]:13,.0f} {rss:13.0f}")
    print(f"ratio gisa/mecab: {med['gisa'][0]/med['mecab'][0]:.2f}x gross, {med['gisa'][1]/med['mecab'][1]:.2f}x net of start-up")
    if 'analyze' in med:
        print(f"whole pipeline (analyze) / MeCab tokenizing: {med['analyze'][0]/med['mecab'][0]:.2f}x gross, {med['analyze'][1]/med['mecab'][1]:.2f}x net of start-up")
    if not same:
        sys.exit("outputs differ")

if __name__ == '__main__':
    main()
