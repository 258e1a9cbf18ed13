#!/usr/bin/env python3
"""Batch scaling: articles per second of `gisa batch` with -j 1 and -j 2, and peak memory.

Writes the 53 news articles of ../shared/data/news/articles.jsonl as plain text files, --copies
times (10 folders by default: 530 inputs), into a temporary folder, then alternates, --runs
times each:
  gisa batch -j 1 -o out.jsonl DIR
  gisa batch -j 2 -o out.jsonl DIR
and prints for each -j the median rate (articles per second of the batch itself, from the
summary line gisa prints, which leaves out the one-off dictionary load), the median wall time
of the whole process, its CPU time (user+sys) and its peak RSS (getrusage of the child), then
the ratio of the median rates. The machine is shared: when other processes hold the cores,
-j 2 cannot scale, so the ratio of CPU times is printed too: it shows the pool's own overhead
whatever the load, and 2 x cpu(-j 1) / cpu(-j 2) bounds the speed-up on two idle cores. With
Linux's autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled = 1) the CPU is shared
between sessions, not threads: while other sessions keep the cores busy, a process gets about
the same CPU time per second with two threads as with one, and the wall-clock ratio says
nothing about the pool.

usage: scripts/bench_batch.py [--runs 3] [--copies 10] [--gisa PATH]
On a busy shared machine (as root), a session of its own with a raised autogroup priority gets
the benchmark closer to two cores for its 30 seconds:
  setsid sh -c 'echo -10 > /proc/self/autogroup && exec scripts/bench_batch.py --runs 2'
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

def run(cmd):
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err.seek(0)
        msg = err.read().decode()
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed with status {status}:\n{msg}")
    m = re.search(r'(\d+) ok, (\d+) failed, \d+ skipped \(already done\), ([\d.]+)s, ([\d.]+) articles/s', msg)
    if not m:
        sys.exit(f"no summary line in:\n{msg}")
    n = int(m.group(1)) + int(m.group(2))
    return n, float(m.group(3)), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--copies', type=int, default=10)
    ap.add_argument('--gisa', default='')
    a = ap.parse_args()
    src = os.path.join(root, '..', 'shared', 'data', 'news', 'articles.jsonl')
    if not os.path.exists(src):
        sys.exit(f"../shared not found: {src}")
    tmp = tempfile.mkdtemp(prefix='gisa-bench-batch-')
    try:
        gisa = a.gisa or os.path.join(tmp, 'gisa')
        if not a.gisa:
            subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=root, check=True)
        data = os.path.join(tmp, 'in')
        chars = 0
        with open(src, encoding='utf-8') as f:
            arts = [json.loads(line) for line in f if line.strip()]
        for c in range(a.copies):
            os.makedirs(os.path.join(data, f'copy{c}'))
            for art in arts:
                text = art['title'] + '\n' + art['text']
                chars += len(text)
                with open(os.path.join(data, f'copy{c}', art['id'] + '.txt'), 'w', encoding='utf-8') as out:
                    out.write(text)
        total = len(arts) * a.copies
        print(f"{total} articles ({len(arts)} x {a.copies}), {chars} characters, {os.cpu_count()} cores, "
              f"{a.runs} runs each, load average {os.getloadavg()[0]:.2f}")
        results = {1: [], 2: []}
        for _ in range(a.runs):
            for j in (1, 2):
                n, batch_s, wall, cpu, rss = run([gisa, 'batch', '-j', str(j), '-o', os.path.join(tmp, 'out.jsonl'), data])
                if n != total:
                    sys.exit(f"-j {j}: {n} records, want {total}")
                results[j].append((n / batch_s, wall, cpu, rss))
        med = {}
        for j in (1, 2):
            rs = results[j]
            med[j] = statistics.median(r[0] for r in rs)
            print(f"-j {j}: {med[j]:7.1f} articles/s (runs: {', '.join(f'{r[0]:.1f}' for r in rs)}), "
                  f"wall {statistics.median(r[1] for r in rs):.2f} s, cpu {statistics.median(r[2] for r in rs):.2f} s, "
                  f"peak RSS {max(r[3] for r in rs):.0f} MB")
        cpu = {j: statistics.median(r[2] for r in results[j]) for j in (1, 2)}
        print(f"ratio -j 2 / -j 1: {med[2] / med[1]:.2f}x (target >= 1.8x), load average now {os.getloadavg()[0]:.2f}")
        print(f"CPU per run -j 2 / -j 1: {cpu[2] / cpu[1]:.2f} (the pool's overhead); on two idle cores -j 2 "
              f"could reach at most {2 * cpu[1] / cpu[2]:.2f}x")
        for j in (1, 2):
            used = statistics.median(r[2] / r[1] for r in results[j])
            print(f"-j {j} got {used:.2f} cores on average (CPU time / wall time): {med[j] / used:.1f} articles/s per core it got")
        try:
            with open('/proc/sys/kernel/sched_autogroup_enabled') as f:
                if f.read().strip() == '1':
                    with open('/proc/self/autogroup') as g:
                        group = g.read().strip()
                    print(f"autogroup scheduling is on ({group}): under load from other sessions a process "
                          "gets one session's share of the CPU, whatever its threads")
        except OSError:
            pass
    finally:
        shutil.rmtree(tmp)

if __name__ == '__main__':
    main()
