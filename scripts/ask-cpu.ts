/**
 * `/ask` CPU time per question, for comparing two versions on a shared machine. `scripts/bench-ask.ts`
 * times wall clock, which other processes' load stretches (at a load of 5 on 2 cores its p99 moved 2x
 * between runs of one commit); this reads the process's CPU time (`process.cpuUsage`, user and system,
 * GC threads included) around each answer. Same lines as bench-ask (the bench's `/ask` lines and, on
 * PP-14, the dev and own questions), after the same 300-line warm-up, answered in `--rounds` rounds: the
 * first round's percentiles, and those of each line's best round (what a line costs without the noise
 * of collections and cache misses that land on it by chance).
 *
 *   node --import tsx scripts/ask-cpu.ts [CORPUS_DIR] [--rounds N] [--queries N]
 */
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
    rounds: { type: 'string', default: '3' },
  },
});
const dir = positionals[0] ?? DEFAULT_CORPUS_DIR;
const { corpus, index } = await openCorpus(dir, { save: true });
const lines = askLines(corpus, Number(values.queries), dir === DEFAULT_CORPUS_DIR, root);
for (const line of lines.slice(0, 300)) answerQuestion(line, index);

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const best = lines.map(() => Number.POSITIVE_INFINITY);
const show = (name: string, ms: number[]) => {
  const l = latency(ms);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  process.stdout.write(
    `${name}: p50 ${l.p50.toFixed(2)} p95 ${l.p95.toFixed(2)} p99 ${l.p99.toFixed(2)} max ${l.max.toFixed(1)} mean ${mean.toFixed(3)} ms CPU (n ${l.n})\n`,
  );
};
for (let round = 0; round < Number(values.rounds); round++) {
  const first: number[] = [];
  for (const [i, line] of lines.entries()) {
    const from = process.cpuUsage();
    answerQuestion(line, index);
    const ms = cpuMs(from);
    if (round === 0) first.push(ms);
    best[i] = Math.min(best[i] as number, ms);
  }
  if (round === 0) show('answerQuestion, first round', first);
}
show(`answerQuestion, best of ${values.rounds} per line`, best);
