/**
 * `npm run bench`: figures, not a test. For the bundled corpus and generated ones (10k and 100k passages
 * by default): corpus load, index build, snapshot build and load, one-shot `confbot query` cold, per-command
 * latency over a seeded query mix, memory; then the Slack endpoint under signed load beside a bare Bolt
 * app, and Discord interaction-to-callback latency. Prints a table and writes bench/results.json.
 *
 * Knobs (environment): BENCH_SIZES (default "pp14,10000,100000"), BENCH_QUERIES (default 10000),
 * BENCH_E2E_SECONDS (default 5; 0 skips the end-to-end part), BENCH_OUT (default bench/results.json).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureEndToEnd, runLoadChild } from '../bench/end-to-end.ts';
import { writeGeneratedCorpus } from '../bench/gen-corpus.ts';
import { type CorpusFigures, fixtureLines, measureCorpus } from '../bench/in-process.ts';
import { latency } from '../bench/stats.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { openCorpus } from '../src/corpus/snapshot.ts';
import { createContext } from '../src/registry/registry.ts';

const root = join(import.meta.dirname, '..');

if (process.argv[2] === '--load') {
  // One Slack load run from outside the bot's process (see bench/end-to-end.ts).
  await runLoadChild(process.argv.slice(3));
  process.exit(0);
}

if (process.argv[2] === '--child') {
  // One corpus, in its own process: print its figures as one JSON line.
  const [dir, count, withFixtures] = process.argv.slice(3) as [string, string, string];
  const figures = await measureCorpus(dir, Number(count), withFixtures === 'yes' ? fixtureLines(root) : []);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  process.exit(0);
}

const sizes = (process.env.BENCH_SIZES ?? 'pp14,10000,100000').split(',').map((s) => s.trim());
const count = Number(process.env.BENCH_QUERIES ?? 10_000);
const e2eSeconds = Number(process.env.BENCH_E2E_SECONDS ?? 5);
const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results.json');

interface CorpusRun extends CorpusFigures {
  name: string;
  /** Wall time of `confbot query --json LINE` in a fresh process, with the snapshot in place. */
  coldQueryMs: number[];
}

const runs: CorpusRun[] = [];
for (const size of sizes) {
  const dir = size === 'pp14' ? DEFAULT_CORPUS_DIR : join(root, 'bench', '.corpora', `gen-${size}-seed1`);
  if (size !== 'pp14' && !existsSync(join(dir, 'corpus.yml'))) {
    process.stderr.write(`bench: generating a corpus of ${size} passages in ${dir}\n`);
    await writeGeneratedCorpus(dir, { passages: Number(size), seed: 1 });
  }
  process.stderr.write(`bench: ${size}: build, snapshot, ${count} queries\n`);
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'scripts', 'bench.ts'),
      '--child',
      dir,
      String(count),
      size === 'pp14' ? 'yes' : 'no',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`bench child for ${size} failed:\n${child.stderr}`);
  const figures = JSON.parse(child.stdout.trim().split('\n').pop() as string) as CorpusFigures;
  // Cold one-shot queries, from process start to answer printed, with the snapshot just written.
  const coldQueryMs: number[] = [];
  for (let i = 0; i < (size === 'pp14' ? 5 : 2); i++) {
    const started = performance.now();
    execFileSync(process.execPath, [join(root, 'bin', 'confbot.js'), 'query', '--json', '/resolution 1'], {
      env: { ...process.env, CORPUS_DIR: dir, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    coldQueryMs.push(performance.now() - started);
  }
  runs.push({ name: size === 'pp14' ? 'PP-14' : `gen ${Number(size) / 1000}k`, ...figures, coldQueryMs });
}

let endToEnd: Awaited<ReturnType<typeof measureEndToEnd>> | undefined;
if (e2eSeconds > 0) {
  process.stderr.write(`bench: end to end, ${e2eSeconds} s per Slack run, c=50\n`);
  const { corpus, index } = await openCorpus(DEFAULT_CORPUS_DIR);
  endToEnd = await measureEndToEnd(createContext(corpus, { index }), { seconds: e2eSeconds });
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
  platform: process.platform,
};
const results = { date: new Date().toISOString(), commit, machine, queries: count, corpora: runs, endToEnd };
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);

const f = (n: number, digits = 1) => n.toFixed(digits);
const rows = [
  ['', ...runs.map((r) => r.name)],
  ['entries / passages', ...runs.map((r) => `${r.entries} / ${r.passages}`)],
  ['corpus load (ms)', ...runs.map((r) => f(r.loadMs, 0))],
  ['index build (ms)', ...runs.map((r) => f(r.indexMs, 0))],
  ['`corpus build` total (ms)', ...runs.map((r) => f(r.snapshotBuildMs, 0))],
  ['snapshot size (MB)', ...runs.map((r) => f(r.snapshotMB))],
  ['start from snapshot (ms)', ...runs.map((r) => f(r.snapshotOpenMs, 0))],
  ['`confbot query` cold (ms, median)', ...runs.map((r) => f(latency(r.coldQueryMs).p50, 0))],
  ...(['all', 'lookup', 'ask', 'search', 'complete'] as const).map((k) => [
    `${k} p50 / p95 / p99 (ms)`,
    ...runs.map((r) => {
      const l = r.latency[k];
      return l ? `${f(l.p50, 2)} / ${f(l.p95, 2)} / ${f(l.p99, 2)}` : '-';
    }),
  ]),
  ['RSS / heap (MB)', ...runs.map((r) => `${f(r.rssMB, 0)} / ${f(r.heapMB, 0)}`)],
];
const table = rows.map((r) => `| ${r.join(' | ')} |`);
table.splice(1, 0, `|${rows[0]?.map(() => '---').join('|')}|`);
console.log(`${results.date}, commit ${commit}, ${machine.cpu} x${machine.cores}, Node ${machine.node}`);
console.log(table.join('\n'));
if (endToEnd) {
  const e = endToEnd;
  const line = (name: string, l: typeof e.bareBoltEcho) =>
    `| ${name} | ${f(l.perSecond, 0)} | ${f(l.ack.p50, 1)} / ${f(l.ack.p99, 1)} | ${l.errors} |`;
  console.log(`\nSlack HTTP, signed slash commands, c=${e.concurrency}, ${e.seconds} s each`);
  console.log('| endpoint | req/s | ack p50 / p99 (ms) | errors |\n|---|---|---|---|');
  console.log(line('bare Bolt `/echo`', e.bareBoltEcho));
  console.log(line(`confbot \`/resolution\` (${f(e.ratio.resolution, 2)}x)`, e.slackResolution));
  console.log(line(`confbot \`/ask\` (${f(e.ratio.ask, 2)}x)`, e.slackAsk));
  console.log(
    `\nDiscord interaction -> callback (fake gateway, ${e.discord.n} in turn): p50 ${f(e.discord.p50, 2)} ms, p99 ${f(e.discord.p99, 2)} ms`,
  );
}
console.log(`\nwrote ${out}`);
