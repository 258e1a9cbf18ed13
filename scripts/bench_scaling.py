#!/usr/bin/env python3
"""Scaling: CPU time and peak memory of one `gisa analyze` process as one article doubles.

Builds one plain-text article (a headline line, then the body) at each size of --sizes
(default 500, 1000, 2000, 4000, 8000 sentences: four doublings) from two inputs:

  varied    news sentences, article by article: the 53 articles of ../shared/data/news/articles.jsonl,
            the Wikinews articles (wikinews-ko.jsonl, the held-out ids skipped) and the KLUE-NER
            dev sentences (../shared/data/ner, eight to a paragraph), in one fixed random order
            of articles (12,300 sentences in all); each article's paragraphs stay lines of their
            own. Many different people, organisations, quotes and figures. Skipped, with a
            message, when ../shared is absent.
  repeated  one news sentence with a quote, its speaker and two figures (words of the bundled
            testdata/seed-kakao.txt), copied n times, four to a line (--per-line: 0 puts them
            all on one line, which measures the tokenizer's lattice of one long line too).

and runs `gisa analyze < article` once per size (--runs N: the median of N), printing CPU seconds
(user+sys of the process), peak RSS, the sentences gisa found, and the CPU ratio to the previous
size. A linear-time pipeline doubles its CPU time at each doubling; the targets (issue 17) are
each doubling ≤ 2.3× CPU and the largest size ≤ 400 MB; the script says which were missed and
exits 1 if any was. The dictionary cache is warmed first. The machine is shared: CPU time is
steadier than wall time, and --runs 3 takes the median.

usage: scripts/bench_scaling.py [--gisa PATH] [--sizes 500,1000,2000,4000,8000] [--runs 1]
                                [--inputs varied,repeated] [--per-line 4] [--keep DIR]
"""
import argparse, json, os, random, re, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared')

# A sentence ends at . ? ! (or a closing quote after one) followed by a space: good enough to
# count sentences for sizing; gisa's own count is printed beside it.
SENT_END = re.compile(r'(?<=[.?!"”’\'])\s+')

MAX_RATIO = 2.3   # CPU per doubling
MAX_RSS_MB = 400  # at the largest size


def split_sentences(text):
    return [s for s in SENT_END.split(text.strip()) if s.strip()]


def varied_paragraphs():
    """Yields (paragraph sentences) of news articles in order, or None when ../shared is absent."""
    news = os.path.join(SHARED, 'data', 'news')
    if not os.path.isdir(news):
        return None
    holdout = set()
    ids = os.path.join(ROOT, 'testdata', 'gold-split', 'wikinews-holdout.ids')
    if os.path.exists(ids):
        holdout = set(open(ids, encoding='utf-8').read().split())
    paras = []
    for name in ('articles.jsonl', 'wikinews-ko.jsonl'):
        path = os.path.join(news, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                if d.get('id') in holdout:
                    continue
                art = [s for s in (split_sentences(p) for p in d['text'].split('\n')) if s]
                if art:
                    paras.append(art)  # an article's paragraphs, kept together
    klue = os.path.join(SHARED, 'data', 'ner', 'klue_dev.spans.jsonl')
    if os.path.exists(klue):
        with open(klue, encoding='utf-8') as f:
            block = []
            for line in f:
                block.append(json.loads(line)['text'].strip())
                if len(block) == 8:  # KLUE sentences stand alone: eight to a paragraph
                    paras.append([block])
                    block = []
    # Articles in a fixed random order, so that every size draws on the same mix of sources
    # (the Wikinews sentences are longer than the science articles' and KLUE's): doubling the
    # sentences then doubles the text.
    random.Random(17).shuffle(paras)
    return [p for art in paras for p in art]


def varied_article(paras, n):
    lines, count = [], 0
    while count < n:
        for p in paras:
            take = p[:n - count]
            lines.append(' '.join(take))
            count += len(take)
            if count == n:
                break
    return '국내외 기사 모음\n' + '\n'.join(lines) + '\n'


# The repeated input's sentence: a news sentence with a speaker, their title and organisation, a
# quote and two figures (its words are the bundled testdata/seed-kakao.txt's).
REPEATED = '백상엽 카카오엔터프라이즈 대표는 “챗GPT는 1천만 사용자 확보에 40일밖에 걸리지 않았다”며 챗GPT 열풍에 대해 설명했다.'


def repeated_article(n, per_line):
    lines = [' '.join([REPEATED] * min(per_line, n - k)) for k in range(0, n, per_line)]
    return '백상엽 대표 인터뷰\n' + '\n'.join(lines) + '\n'


def run(cmd, path):
    with open(path, 'rb') as fin:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=subprocess.PIPE)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    if status != 0:
        sys.exit(f"{' '.join(cmd)} < {path} failed with status {status}")
    try:
        nsent = len(json.loads(out)['sentences'])
    except (ValueError, KeyError, TypeError):
        nsent = -1
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, nsent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gisa', default='', help='gisa binary (default: build ./cmd/gisa)')
    ap.add_argument('--sizes', default='500,1000,2000,4000,8000')
    ap.add_argument('--runs', type=int, default=1, help='runs per size; the median is printed')
    ap.add_argument('--inputs', default='varied,repeated')
    ap.add_argument('--per-line', type=int, default=4,
                    help='sentences per line (paragraph) of the repeated input; 0: all on one line')
    ap.add_argument('--keep', default='', help='write the articles to this folder and keep them')
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(',')]
    if a.per_line <= 0:
        a.per_line = max(sizes)
    tmp = a.keep or tempfile.mkdtemp(prefix='gisa-scaling-')
    os.makedirs(tmp, exist_ok=True)
    gisa = a.gisa
    if not gisa:
        gisa = os.path.join(tmp, 'gisa')
        subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=ROOT, check=True)
    cmd = [gisa, 'analyze']
    # The articles here are larger than analyze's default --max-bytes (1 MiB): lift it, on a
    # gisa that has the flag.
    help_text = subprocess.run(cmd + ['--help'], capture_output=True, text=True).stdout
    if '--max-bytes' in help_text:
        cmd += ['--max-bytes', str(1 << 30)]
    seed = os.path.join(ROOT, 'testdata', 'seed-kakao.txt')
    run(cmd, seed)  # warm the dictionary cache and the page cache

    inputs = {}
    for name in a.inputs.split(','):
        if name == 'varied':
            paras = varied_paragraphs()
            if paras is None:
                print(f"varied: skipped, no news articles under {SHARED}/data/news (the project's shared data)")
                continue
            inputs[name] = lambda n, paras=paras: varied_article(paras, n)
        elif name == 'repeated':
            inputs[name] = lambda n: repeated_article(n, a.per_line)
        else:
            sys.exit(f'unknown input {name!r}: varied or repeated')

    failed = []
    print(f"gisa: {gisa}; median of {a.runs} run(s) per size; targets: each doubling ≤ {MAX_RATIO}× CPU, "
          f"{sizes[-1]} sentences ≤ {MAX_RSS_MB} MB")
    for name, make in inputs.items():
        print(f"\n{name}")
        print(f"{'sentences':>9} {'gisa sent.':>10} {'KB':>7} {'CPU s':>8} {'wall s':>8} {'peak MB':>8} {'CPU ×':>6}")
        prev = None
        for n in sizes:
            path = os.path.join(tmp, f'{name}-{n}.txt')
            text = make(n)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            rs = [run(cmd, path) for _ in range(a.runs)]
            wall = statistics.median(r[0] for r in rs)
            cpu = statistics.median(r[1] for r in rs)
            rss = statistics.median(r[2] for r in rs)
            ratio = f'{cpu / prev:6.2f}' if prev else f"{'':>6}"
            print(f"{n:9d} {rs[0][3]:10d} {len(text.encode()) // 1024:7d} {cpu:8.2f} {wall:8.2f} {rss:8.0f} {ratio}", flush=True)
            if prev and cpu / prev > MAX_RATIO:
                failed.append(f'{name}: {n} sentences took {cpu / prev:.2f}× the CPU of {n // 2}')
            if n == sizes[-1] and rss > MAX_RSS_MB:
                failed.append(f'{name}: {n} sentences peaked at {rss:.0f} MB')
            prev = cpu
            if not a.keep:
                os.remove(path)
    print()
    if failed:
        print('missed:\n  ' + '\n  '.join(failed))
        sys.exit(1)
    print('all targets met')


if __name__ == '__main__':
    main()
