#!/usr/bin/env python3
"""Lists corpus lines that share a run of N or more words with a source text (default: the seed post),
so copied wording can be found and rewritten.
Usage: scripts/seed-overlap.py [N] [SOURCE_FILE] [CORPUS_DIR]

Both texts are normalised first: curly quotes and apostrophes become straight ones and every dash a
hyphen, so a run that crosses "sponsor’s" in one text and "sponsor's" in the other is still found."""
import glob, os, re, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
source = sys.argv[2] if len(sys.argv) > 2 else '../shared/seed/000_31abf633cc76a29d.txt'
corpus = sys.argv[3] if len(sys.argv) > 3 else 'corpus'

# Typographic characters and their plain forms: apostrophes and single quotes, double quotes, dashes.
PLAIN = str.maketrans({
    '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
    '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
    '\u00a0': ' ', '\u202f': ' ',
})

def words(t):
    return re.findall(r"[a-z0-9']+", t.translate(PLAIN).lower())

with open(source, encoding='utf-8') as f:
    text = ' ' + ' '.join(words(f.read())) + ' '
rows = []
for path in sorted(glob.glob(os.path.join(corpus, '**', '*.md'), recursive=True)):
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            w = words(line)
            best, run = 0, ''
            for i in range(len(w)):
                for j in range(i + best + 1, len(w) + 1):
                    if ' ' + ' '.join(w[i:j]) + ' ' in text:
                        best, run = j - i, ' '.join(w[i:j])
                    else:
                        break
            if best >= n:
                rows.append((best, f'{path}:{no}', run))
for best, where, run in sorted(rows, reverse=True):
    print(f'{best:3} {where} | {run}')
print(f'{len(rows)} line(s) share {n}+ words with {source}')
