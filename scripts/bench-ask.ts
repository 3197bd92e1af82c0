/**
 * `/ask` in process, without the answer cache: the bench's `/ask` lines over one corpus (PP-14 also
 * with the dev and own questions), each answered once after a warm-up, timing the passage search alone
 * and the whole answer. Not a test: a tool for profiling (`node --cpu-prof --import tsx ...`) and for
 * checking that a change to the search gives the same answers on a large corpus, where the eval's
 * questions (about PP-14) cannot see it (`--out FILE` writes each line's answer, to diff).
 *
 *   node --import tsx scripts/bench-ask.ts [CORPUS_DIR] [--queries N] [--out FILE] [--search-only]
 *
 * CORPUS_DIR defaults to PP-14; a generated one is `bench/.corpora/gen-100000-seed1` (written by
 * `npm run bench`). The snapshot is used when current and written when not, as `confbot corpus build`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { askLines } from '../bench/in-process.ts';
import { latency } from '../bench/stats.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { answerQuestion } from '../src/search/answer-question.ts';
import { openCorpus } from '../src/search/snapshot.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    queries: { type: 'string', default: '10000' },
    out: { type: 'string' },
    'search-only': { type: 'boolean', default: false },
  },
});
const dir = positionals[0] ?? DEFAULT_CORPUS_DIR;

let started = performance.now();
const opened = await openCorpus(dir, { save: true });
const openMs = performance.now() - started;
const { corpus, index } = opened;
const lines = askLines(corpus, Number(values.queries), dir === DEFAULT_CORPUS_DIR, root);
process.stderr.write(
  `${corpus.passages.length} passages, ${opened.source} in ${openMs.toFixed(0)} ms; ${lines.length} questions\n`,
);

// Warm-up: the first question loads wink-nlp and builds what is built on first use.
started = performance.now();
for (const line of lines.slice(0, 300)) answerQuestion(line, index);
process.stderr.write(`warm-up (300): ${(performance.now() - started).toFixed(0)} ms\n`);

const search: number[] = [];
const answer: number[] = [];
const slowest: [number, string][] = [];
const out: string[] = [];
for (const line of lines) {
  let t = performance.now();
  const hits = index.searchPassages(line, index.weigh(line), 100);
  search.push(performance.now() - t);
  if (values['search-only']) {
    if (values.out) out.push(`${line}\t${hits.map((h) => h.passage.id).join(' ')}`);
    continue;
  }
  t = performance.now();
  const result = answerQuestion(line, index);
  const ms = performance.now() - t;
  answer.push(ms);
  slowest.push([ms, line]);
  if (values.out) out.push(`${line}\t${JSON.stringify(result)}`);
}
const show = (name: string, ms: number[]) => {
  if (ms.length === 0) return;
  const l = latency(ms);
  process.stdout.write(
    `${name}: p50 ${l.p50.toFixed(2)} p95 ${l.p95.toFixed(2)} p99 ${l.p99.toFixed(2)} max ${l.max.toFixed(1)} ms (n ${l.n})\n`,
  );
};
show('searchPassages', search);
show('answerQuestion', answer);
for (const [ms, line] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 8))
  process.stdout.write(`  ${ms.toFixed(1)} ms  ${line.slice(0, 100)}\n`);
if (values.out) writeFileSync(values.out, `${out.join('\n')}\n`);
