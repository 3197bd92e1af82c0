#!/usr/bin/env python3
"""Lists corpus lines that share a run of N or more words with a source text (default: the seed post),
so copied wording can be found and rewritten. Usage: scripts/seed-overlap.py [N] [SOURCE_FILE]"""
import glob, re, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
source = sys.argv[2] if len(sys.argv) > 2 else '../shared/seed/000_31abf633cc76a29d.txt'
def words(t): return re.findall(r"[a-z0-9']+", t.lower())
text = ' ' + ' '.join(words(open(source).read())) + ' '
rows = []
for f in sorted(glob.glob('corpus/**/*.md', recursive=True)):
    for no, line in enumerate(open(f), 1):
        w = words(line)
        best, run = 0, ''
        for i in range(len(w)):
            for j in range(i + best + 1, len(w) + 1):
                if ' ' + ' '.join(w[i:j]) + ' ' in text:
                    best, run = j - i, ' '.join(w[i:j])
                else:
                    break
        if best >= n:
            rows.append((best, f'{f}:{no}', run))
for best, where, run in sorted(rows, reverse=True):
    print(f'{best:3} {where} | {run}')
print(f'{len(rows)} line(s) share {n}+ words with {source}')
