#!/usr/bin/env python3
"""Load test of `gisa serve` on loopback, against `gisa analyze` on the same articles, same run.

Starts `gisa serve --addr 127.0.0.1:0`, warms it with one pass over the articles, then has
--clients threads (16) send --requests POST /v1/analyze requests (400: the 53 news articles of
../shared/data/news/articles.jsonl over and over, as {"id", "title", "text"}), each thread on
its own keep-alive connection, one request after another (a closed loop: with 16 clients and
2 workers, a request waits for about 7 others). The load stops at --requests or --seconds,
whichever comes first. Every answer must be 200 with a gisa/1 record of the id asked for:
anything else is an error, and the script exits 1 when there was one.
Then the same articles go as JSON Lines through `gisa analyze --format jsonl` (one process,
its default workers) and the two are compared: articles per second of wall time, articles per
CPU-second (the machine is shared and noisy; CPU time is the steadier measure), peak RSS
(the server's VmHWM from /proc, analyze's from wait4). It alternates the two --runs (5) times and
prints medians.
The server's peak RSS under that load is read before the long articles that come next.
Long articles: the worst input for the pipeline (issue 17) is one news sentence repeated; --long
of them (2), each just under the 1 MiB limit, are sent while the 16 clients send their 400
short articles again. The short ones must all still be answered; their p50/p99,
the long ones' time and the server's peak RSS (now over its whole life) are printed. On a
machine busy with other work a long article can outlast the 30 s --timeout (504) and the short
ones behind it wait past it (503): those answers are counted apart as the server's designed
answer to overload, not as errors.
Then the cancellation check: one long article is analysed alone and timed; then it is sent
again and the client disconnects after --cancel-after seconds, and the time until the server's
worker is free again (GET /healthz says no analysis is running) is printed beside the full
time. The Analyzer checks its context between its stages, so the worker comes free at the end
of the stage under way.
Finally SIGTERM: the server must exit 0.

usage: scripts/bench_serve.py [--runs 5] [--clients 16] [--requests 400] [--seconds 120] [--long 2] [--gisa PATH]
"""
import argparse, http.client, json, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time

def load_articles(root):
    src = os.path.join(root, '..', 'shared', 'data', 'news', 'articles.jsonl')
    if not os.path.exists(src):
        sys.exit(f"../shared not found: {src}")
    with open(src, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]

def proc_cpu(pid):
    """User+system CPU seconds of a running process, from /proc."""
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')

def proc_peak_rss_mib(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return 0.0

class Server:
    """A gisa serve process on a free loopback port."""
    def __init__(self, gisa, tmp):
        self.log = open(os.path.join(tmp, 'serve.log'), 'w+')
        self.p = subprocess.Popen([gisa, 'serve', '--addr', '127.0.0.1:0', '--log-format', 'json'],
                                  stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 60
        self.host = None
        while self.host is None:
            if time.time() > deadline or self.p.poll() is not None:
                sys.exit("gisa serve did not start:\n" + open(self.log.name).read())
            time.sleep(0.05)
            with open(self.log.name) as f:
                for line in f:
                    m = json.loads(line)
                    if m.get('msg') == 'listening':
                        self.host, self.port = m['url'][len('http://'):].rstrip('/').rsplit(':', 1)
                        self.port = int(self.port)

    def conn(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=120)

    def healthz(self):
        c = self.conn()
        c.request('GET', '/healthz')
        h = json.loads(c.getresponse().read())
        c.close()
        return h

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        code = self.p.wait(60)
        self.log.close()
        return code

def post(conn, body):
    conn.request('POST', '/v1/analyze', body=body, headers={'Content-Type': 'application/json'})
    resp = conn.getresponse()
    return resp.status, resp.read()

def load(server, bodies, ids, clients, requests, seconds):
    """Runs the closed loop; returns latencies (s), errors, wall seconds, server CPU seconds."""
    lock = threading.Lock()
    nxt = [0]
    lat, errors = [], []
    deadline = time.perf_counter() + seconds
    def client():
        conn = server.conn()
        while True:
            with lock:
                i = nxt[0]
                if i >= requests or time.perf_counter() > deadline:
                    break
                nxt[0] += 1
            k = i % len(bodies)
            t0 = time.perf_counter()
            try:
                status, body = post(conn, bodies[k])
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    errors.append((0, f"request {i}: {e}"))
                conn.close()
                conn = server.conn()
                continue
            dt = time.perf_counter() - t0
            ok = status == 200 and body.startswith(b'{"schema":"gisa/1","id":' + json.dumps(ids[k]).encode() + b',')
            with lock:
                lat.append(dt)
                if not ok:
                    errors.append((status, f"request {i}: status {status}: {body[:200]!r}"))
        conn.close()
    cpu0 = proc_cpu(server.p.pid)
    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, errors, time.perf_counter() - t0, proc_cpu(server.p.pid) - cpu0

def run_analyze(gisa, jsonl, n):
    """gisa analyze --format jsonl over the JSON Lines file: wall s, CPU s, peak RSS MiB."""
    with open(jsonl, 'rb') as stdin, tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        p = subprocess.Popen([gisa, 'analyze', '--format', 'jsonl'], stdin=stdin, stdout=out, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err = p.stderr.read().decode()
        out.seek(0)
        records = sum(1 for line in out if line.startswith(b'{"schema":"gisa/1"') and b'"error"' not in line[:200])
    if status != 0 or records != n:
        sys.exit(f"gisa analyze: status {status}, {records} records of {n}:\n{err}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

def cancel_check(server, long_body, after):
    """Full time of the long article, then the time from a disconnect to a free worker."""
    c = server.conn()
    t0 = time.perf_counter()
    status, _ = post(c, long_body)
    full = time.perf_counter() - t0
    c.close()
    if status != 200:
        sys.exit(f"the long article: status {status}")
    s = socket.create_connection((server.host, server.port))
    s.sendall(b'POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n'
              + f'Content-Length: {len(long_body)}\r\n\r\n'.encode() + long_body)
    time.sleep(after)
    if server.healthz()['analyses'] != 1:
        sys.exit("the long article is not being analysed at the moment of the disconnect: raise --long-kb")
    s.close()
    t1 = time.perf_counter()
    while server.healthz()['analyses'] != 0:
        time.sleep(0.01)
    return full, time.perf_counter() - t1

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--clients', type=int, default=16)
    ap.add_argument('--requests', type=int, default=400)
    ap.add_argument('--seconds', type=float, default=120)
    ap.add_argument('--long', type=int, default=2)
    ap.add_argument('--cancel-after', type=float, default=0.3)
    ap.add_argument('--gisa', default='')
    a = ap.parse_args()
    arts = load_articles(root)
    tmp = tempfile.mkdtemp(prefix='gisa-bench-serve-')
    servers = []
    try:
        gisa = a.gisa or os.path.join(tmp, 'gisa')
        if not a.gisa:
            subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=root, check=True)

        ids = [art['id'] for art in arts]
        bodies = [json.dumps({'id': art['id'], 'title': art['title'], 'text': art['text']}, ensure_ascii=False).encode()
                  for art in arts]
        jsonl = os.path.join(tmp, 'articles.jsonl')
        with open(jsonl, 'wb') as f:
            for i in range(a.requests):
                f.write(bodies[i % len(bodies)] + b'\n')
        nbytes = sum(len(bodies[i % len(bodies)]) for i in range(a.requests))
        print(f"{a.requests} requests of the {len(arts)} news articles ({nbytes / 1e6:.1f} MB), {a.clients} clients, "
              f"{os.cpu_count()} cores, {a.runs} runs, load average {os.getloadavg()[0]:.2f}")

        server = Server(gisa, tmp)
        servers.append(server)
        for b in bodies:  # warm-up: one pass, one at a time
            c = server.conn()
            post(c, b)
            c.close()
        rows = {'serve': [], 'analyze': []}
        all_lat, all_errors = [], []
        for r in range(a.runs):
            lat, errors, wall, cpu = load(server, bodies, ids, a.clients, a.requests, a.seconds)
            all_lat += lat
            all_errors += errors
            rows['serve'].append((len(lat) / wall, len(lat) / cpu, percentile(lat, 50), percentile(lat, 99)))
            wall_a, cpu_a, rss_a = run_analyze(gisa, jsonl, a.requests)
            rows['analyze'].append((a.requests / wall_a, a.requests / cpu_a, rss_a))
            print(f"  run {r + 1}: serve {len(lat)} answers in {wall:.2f}s ({len(lat) / wall:.1f}/s, p50 {percentile(lat, 50) * 1e3:.0f} ms, "
                  f"p99 {percentile(lat, 99) * 1e3:.0f} ms), {len(errors)} errors; analyze {wall_a:.2f}s ({a.requests / wall_a:.1f}/s)")

        peak_load = proc_peak_rss_mib(server.p.pid)

        # One news sentence repeated to just under the 1 MiB limit: the pipeline's worst case.
        sentence = '백상엽 카카오엔터프라이즈 대표는 "국내외 초거대AI 경쟁에서 뒤지지 않겠다"고 말했다. '
        long_body = json.dumps({'id': 'long', 'text': sentence * ((1 << 20) // (len(sentence.encode()) + 8))}, ensure_ascii=False).encode()
        long_times = []
        def long_client():
            c = server.conn()
            t0 = time.perf_counter()
            status, body = post(c, long_body)
            c.close()
            long_times.append(time.perf_counter() - t0 if status in (200, 504) else float('nan'))
        longs = [threading.Thread(target=long_client) for _ in range(a.long)]
        for t in longs:
            t.start()
        time.sleep(0.2)  # the long ones take the workers first
        mixed_lat, mixed_errors, _, _ = load(server, bodies, ids, a.clients, a.requests, a.seconds)
        for t in longs:
            t.join()
        # The server's own answers to overload (503: no worker came free in --timeout; 504: an
        # analysis over --timeout) are its design when two long articles hold both workers; all
        # else is an error.
        refused = [e for e in mixed_errors if e[0] in (503, 504)]
        all_errors += [e for e in mixed_errors if e[0] not in (503, 504)]
        peak_long = proc_peak_rss_mib(server.p.pid)

        full, freed = cancel_check(server, long_body, a.cancel_after)
        code = server.stop()

        med = lambda xs: statistics.median(xs)
        s, an = rows['serve'], rows['analyze']
        print()
        print(f"{'':10} {'articles/s':>11} {'articles/CPU-s':>15} {'p50 ms':>8} {'p99 ms':>8} {'peak RSS MiB':>13}")
        print(f"{'serve':10} {med([x[0] for x in s]):11.1f} {med([x[1] for x in s]):15.1f} "
              f"{med([x[2] for x in s]) * 1e3:8.0f} {med([x[3] for x in s]) * 1e3:8.0f} {peak_load:13.0f}")
        print(f"{'analyze':10} {med([x[0] for x in an]):11.1f} {med([x[1] for x in an]):15.1f} {'':>8} {'':>8} "
              f"{med([x[2] for x in an]):13.0f}")
        print(f"serve / analyze: {med([x[0] for x in s]) / med([x[0] for x in an]):.2f}x articles/s, "
              f"{med([x[1] for x in s]) / med([x[1] for x in an]):.2f}x articles/CPU-s")
        print(f"all {len(all_lat)} requests: p50 {percentile(all_lat, 50) * 1e3:.0f} ms, p90 {percentile(all_lat, 90) * 1e3:.0f} ms, "
              f"p99 {percentile(all_lat, 99) * 1e3:.0f} ms, max {max(all_lat) * 1e3:.0f} ms; errors: {len(all_errors)}")
        print(f"with {a.long} long articles ({len(long_body) // 1024} KB of one sentence repeated) at once: "
              f"{len(mixed_lat)} short answers, p50 {percentile(mixed_lat, 50) * 1e3:.0f} ms, p99 {percentile(mixed_lat, 99) * 1e3:.0f} ms, "
              f"{len(refused)} refused (503/504, --timeout), {len(mixed_errors) - len(refused)} errors; the long ones took {', '.join(f'{x:.1f}' for x in long_times)}s; "
              f"server peak RSS {peak_long:.0f} MiB")
        print(f"cancellation: a {len(long_body) // 1024} KB article takes {full:.2f}s in full; "
              f"disconnected after {a.cancel_after}s, its worker was free {freed:.2f}s later")
        print(f"SIGTERM: gisa serve exited with status {code}")
        for _, e in all_errors[:10]:
            print("error:", e)
        if all_errors or code != 0 or any(x != x for x in long_times):
            sys.exit(1)
    finally:  # a run that stopped early leaves no server and no files behind
        for server in servers:
            if server.p.poll() is None:
                server.p.kill()
                server.p.wait()
        shutil.rmtree(tmp, ignore_errors=True)

if __name__ == '__main__':
    main()
