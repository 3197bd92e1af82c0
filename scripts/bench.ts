/**
 * `npm run bench`: prints how long the bundled corpus takes to load and index, and the latency of
 * answers to every question of the dev and own question sets, in process. Figures, not a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../src/commands/dispatch.ts';
import { createContext } from '../src/commands/registry.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { loadCorpusOrThrow } from '../src/corpus/load.ts';
import { silentLogger } from '../src/log.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const root = join(import.meta.dirname, '..');
const lines = ['dev-questions.jsonl', 'own-questions.jsonl'].flatMap((f) =>
  readFileSync(join(root, 'test', 'fixtures', f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).line as string),
);

let started = performance.now();
const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
const loadMs = performance.now() - started;
started = performance.now();
const ctx = createContext(corpus);
const indexMs = performance.now() - started;

const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const line of lines) {
    const t = performance.now();
    await dispatch(line, { ctx, logger: silentLogger });
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0).toFixed(2);
console.log(`corpus: ${corpus.entries.length} entries, ${corpus.passages.length} passages`);
console.log(`load ${loadMs.toFixed(0)} ms, index ${indexMs.toFixed(0)} ms`);
console.log(
  `answers: ${times.length} (${lines.length} lines x ${ROUNDS}), p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
);
