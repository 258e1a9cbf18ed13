#!/usr/bin/env python3
"""Cold start: one whole `gisa analyze` process per article, against MeCab, in the same run.

Alternates, --runs times each:
  gisa analyze < seed-kakao.txt            (the whole pipeline, a fresh process every time)
  mecab -d DIC < seed-kakao.txt            (the C++ tokenizer alone, also a fresh process)
and prints median wall time, median CPU time (user+sys) and peak RSS of each, and the ratio of
the medians. The dictionary cache is warmed first (the first gisa process in a new environment
compiles it once; that is not a cold start but an install step). The machine is shared: wall
time on a loaded machine includes waiting for a core, so CPU time is printed beside it.

usage: scripts/bench_coldstart.py [--runs 15] [--dic DIR] [--gisa PATH] [--input FILE]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

def run(cmd, path):
    with open(path, 'rb') as fin:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=15)
    ap.add_argument('--dic', default=os.path.expanduser('~/.cache/gisa-mecab-peer/dic'))
    ap.add_argument('--gisa', default='')
    ap.add_argument('--input', default=os.path.join(root, 'testdata', 'seed-kakao.txt'))
    a = ap.parse_args()
    have_mecab = os.path.exists(os.path.join(a.dic, 'sys.dic'))
    if not have_mecab:
        print(f"no MeCab peer at {a.dic} (../shared/tools/mecab-peer/setup.sh builds it): gisa only")
    gisa = a.gisa
    if not gisa:
        gisa = os.path.join(tempfile.mkdtemp(prefix='gisa-cold-'), 'gisa')
        subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=root, check=True)
    cmds = {'gisa': [gisa, 'analyze'], 'mecab': ['mecab', '-d', a.dic]}
    if not have_mecab:
        del cmds['mecab']
    run(cmds['gisa'], a.input)  # warm the dictionary cache and the page cache
    res = {k: [] for k in cmds}
    for _ in range(a.runs):
        for k, c in cmds.items():
            res[k].append(run(c, a.input))
    print(f"input: {a.input}, {a.runs} runs each")
    print(f"{'':6} {'wall s (median)':>16} {'cpu s (median)':>15} {'peak RSS MiB':>13}")
    med = {}
    for k, r in res.items():
        med[k] = (statistics.median(x[0] for x in r), statistics.median(x[1] for x in r))
        print(f"{k:6} {med[k][0]:16.3f} {med[k][1]:15.3f} {max(x[2] for x in r):13.0f}")
    if 'mecab' in med:
        print(f"ratio gisa/mecab: {med['gisa'][0]/med['mecab'][0]:.2f}x wall, {med['gisa'][1]/max(med['mecab'][1],1e-3):.2f}x cpu")

if __name__ == '__main__':
    main()
