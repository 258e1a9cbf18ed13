#!/usr/bin/env python3
"""Scores gisa on every gold corpus in ../shared/data/gold, each part on its own line.

Runs `gisa analyze --format jsonl` over ../shared/data/news/articles.jsonl (the science news of
dev.jsonl) and ../shared/data/news/wikinews-ko.jsonl, then ../shared/tools/score.py on:

  dev            dev.jsonl, the 23 science articles (the rules were first written on these)
  wiki-tune      wikinews.jsonl, the ids in testdata/gold-split/wikinews-tune.ids (tuned on)
  wiki-holdout   wikinews.jsonl, the ids in testdata/gold-split/wikinews-holdout.ids (kept back:
                 never read while tuning; only its scores are looked at)
  wiki-all       the whole of wikinews.jsonl
  late-silver    testdata/gold-split/wikinews-late-silver.jsonl: quotes and speakers of 16 later
                 Wikinews articles (ids above 390, none of the gold), labelled blind to gisa's
                 output in the eighth session by two annotators following the gold policy; tuned on
  late-silver2   testdata/gold-split/wikinews-late-silver2.jsonl: quotes, speakers, figures and
                 facts of 16 more later articles, labelled blind in the ninth session by four
                 annotators; scored once before any rule was written on it, then tuned on
  late-silver3   testdata/gold-split/wikinews-late-silver3.jsonl: quotes and speakers of 24 more
                 later articles, labelled blind in the ninth session by three annotators; scored
                 once (before and after that session's first rules), then tuned on
  late-silver4   testdata/gold-split/wikinews-late-silver4.jsonl: quotes, speakers, figures and
                 facts of 16 more later articles, labelled blind in the tenth session by four
                 annotators; scored at that session's start and end only, then a tuning set

and prints one table: quotes (direct/indirect F1), speaker and verb accuracy, speakers F1,
figures F1, facts P/R/F1, and the dev summary's sentence-F1.

usage: scripts/score_gold.py [--gisa PATH] [--out DIR] [--errors PART]
  --gisa    a built gisa binary (default: go build ./cmd/gisa into --out)
  --out     where the predictions go (default: a temporary folder), kept for a closer look
  --errors  print score.py's error examples for one part (dev, wiki-tune or a late-silver part only:
            the held-out part's errors are not for reading while tuning)
  --json    print the table as JSON
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared')


def score(pred, gold, ids=None, articles=None, errors=0):
    cmd = [sys.executable, os.path.join(SHARED, 'tools', 'score.py'), '--pred', pred, '--gold', gold]
    if ids:
        cmd += ['--ids', '@' + ids]
    if articles:
        cmd += ['--articles', articles]
    if errors:
        out = subprocess.run(cmd + ['--errors', str(errors)], check=True, capture_output=True, text=True).stdout
        print(out)
    return json.loads(subprocess.run(cmd + ['--json', '--errors', '0'], check=True, capture_output=True, text=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gisa', default='')
    ap.add_argument('--out', default='')
    ap.add_argument('--errors', choices=['dev', 'wiki-tune', 'late-silver', 'late-silver2', 'late-silver3', 'late-silver4'], default=None)
    ap.add_argument('--nerrors', type=int, default=40)
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit('score_gold: ../shared is not here; the gold labels live there')
    out = a.out or tempfile.mkdtemp(prefix='gisa-gold-')
    os.makedirs(out, exist_ok=True)
    gisa = a.gisa
    if not gisa:
        gisa = os.path.join(out, 'gisa')
        subprocess.run(['go', 'build', '-o', gisa, './cmd/gisa'], cwd=ROOT, check=True)
    news = os.path.join(SHARED, 'data', 'news')
    gold = os.path.join(SHARED, 'data', 'gold')
    preds = {}
    for name, src in (('dev', 'articles.jsonl'), ('wiki', 'wikinews-ko.jsonl')):
        preds[name] = os.path.join(out, name + '.jsonl')
        with open(os.path.join(news, src), 'rb') as fin, open(preds[name], 'wb') as fout:
            r = subprocess.run([gisa, 'analyze', '--format', 'jsonl'], stdin=fin, stdout=fout)
            if r.returncode not in (0, 1):
                sys.exit(f'gisa analyze failed on {src} with status {r.returncode}')
    split = os.path.join(ROOT, 'testdata', 'gold-split')
    parts = [
        ('dev', preds['dev'], os.path.join(gold, 'dev.jsonl'), None, os.path.join(news, 'articles.jsonl')),
        ('wiki-tune', preds['wiki'], os.path.join(gold, 'wikinews.jsonl'), os.path.join(split, 'wikinews-tune.ids'), None),
        ('wiki-holdout', preds['wiki'], os.path.join(gold, 'wikinews.jsonl'), os.path.join(split, 'wikinews-holdout.ids'), None),
        ('wiki-all', preds['wiki'], os.path.join(gold, 'wikinews.jsonl'), None, None),
        ('late-silver', preds['wiki'], os.path.join(split, 'wikinews-late-silver.jsonl'), None, None),
        ('late-silver2', preds['wiki'], os.path.join(split, 'wikinews-late-silver2.jsonl'), None, None),
        ('late-silver3', preds['wiki'], os.path.join(split, 'wikinews-late-silver3.jsonl'), None, None),
        ('late-silver4', preds['wiki'], os.path.join(split, 'wikinews-late-silver4.jsonl'), None, None),
    ]
    rows = {}
    for name, pred, g, ids, arts in parts:
        if name.startswith('late-silver'):
            with open(g) as fin:
                ids_silver = [json.loads(l)['id'] for l in fin if l.strip()]
            tmp = os.path.join(out, name + '.ids')
            with open(tmp, 'w') as fo:
                fo.write('\n'.join(ids_silver) + '\n')
            ids = tmp
        rows[name] = score(pred, g, ids, arts, a.nerrors if a.errors == name else 0)
        if name in ('late-silver', 'late-silver3'):
            # quotes and speakers only are labelled there
            for k in ('figures', 'facts'):
                rows[name][k] = None
    if a.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    cols = [
        ('direct F1', lambda r: r['direct_quotes']['f1']),
        ('indir F1', lambda r: r['indirect_quotes']['f1']),
        ('spk acc', lambda r: r['speaker_accuracy']),
        ('verb acc', lambda r: r['verb_accuracy']),
        ('spkrs F1', lambda r: r['speakers']['f1']),
        ('fig F1', lambda r: (r.get('figures') or {}).get('f1')),
        ('facts P', lambda r: (r.get('facts') or {}).get('p')),
        ('facts R', lambda r: (r.get('facts') or {}).get('r')),
        ('facts F1', lambda r: (r.get('facts') or {}).get('f1')),
        ('summ F1', lambda r: (r.get('summary_sentences') or {}).get('f1')),
    ]
    print(f"{'part':13}" + ''.join(f'{c:>10}' for c, _ in cols))
    for name, r in rows.items():
        vals = []
        for _, f in cols:
            v = f(r)
            vals.append(f'{v:10.3f}' if isinstance(v, (int, float)) else f'{"-":>10}')
        print(f'{name:13}' + ''.join(vals))
    print(f'predictions in {out}')


if __name__ == '__main__':
    main()
