/**
 * `npm run bench`: figures, not a test. For the bundled corpus and generated ones (10k passages by
 * default; 100k with BENCH_SIZES=pp14,10000,100000, which takes several more minutes), side by side with
 * a plain minisearch index over the same passages (bench/peer.ts), in the same run:
 * - build: corpus load, index, `corpus build` total, snapshot size (a child process);
 * - start: open from the snapshot, then memory, then latency over a seeded query mix (a FRESH child
 *   process, so start-up and RSS are those of a bot starting, not of the process that built the index);
 * - the peer's build, then its start and queries (two more fresh children);
 * - one-shot `confbot query` cold; then the Slack endpoint under signed load beside a bare Bolt app,
 *   and Discord interaction-to-callback latency.
 * Prints a table with ratios to the peer and writes bench/results.json (docs/performance.md quotes it).
 *
 * Knobs (environment): BENCH_SIZES (default "pp14,10000"), BENCH_QUERIES (default 10000),
 * BENCH_PEER_QUERIES (default 1000: the first ones of the mix, for the peer, slow at 100k),
 * BENCH_E2E_SECONDS (default 5; 0 skips the end-to-end part), BENCH_OUT (default bench/results.json).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureEndToEnd, runLoadChild } from '../bench/end-to-end.ts';
import { writeGeneratedCorpus } from '../bench/gen-corpus.ts';
import {
  type BuildFigures,
  fixtureLines,
  measureBuild,
  measureOpen,
  type OpenFigures,
  queriesFile,
} from '../bench/in-process.ts';
import { buildPeer, type PeerBuildFigures } from '../bench/peer.ts';
import { DEFAULT_PEER_QUERIES, openPeer, type PeerOpenFigures } from '../bench/peer-open.ts';
import type { BenchQuery } from '../bench/queries.ts';
import { latency, memoryMB } from '../bench/stats.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { createContext } from '../src/registry/registry.ts';
import { openCorpus } from '../src/search/snapshot.ts';

const root = join(import.meta.dirname, '..');

if (process.argv[2] === '--load') {
  // One Slack load run from outside the bot's process (see bench/end-to-end.ts).
  await runLoadChild(process.argv.slice(3));
  process.exit(0);
}

if (process.argv[2] === '--child') {
  // One phase for one corpus, in its own process: print its figures as one JSON line.
  const [phase, dir, count, withFixtures] = process.argv.slice(3) as [string, string, string, string];
  let figures: unknown;
  if (phase === 'build') figures = await measureBuild(dir);
  else if (phase === 'open')
    figures = await measureOpen(dir, Number(count), withFixtures === 'yes' ? fixtureLines(root) : []);
  else if (phase === 'peer-build') figures = await buildPeer(dir);
  else if (phase === 'peer-open')
    figures = await openPeer(
      dir,
      JSON.parse(readFileSync(queriesFile(dir), 'utf8')) as BenchQuery[],
      Number(process.env.BENCH_PEER_QUERIES ?? DEFAULT_PEER_QUERIES),
    );
  else if (phase === 'empty') figures = memoryMB();
  else throw new Error(`unknown bench phase ${phase}`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  process.exit(0);
}

const sizes = (process.env.BENCH_SIZES ?? 'pp14,10000').split(',').map((s) => s.trim());
const count = Number(process.env.BENCH_QUERIES ?? 10_000);
const e2eSeconds = Number(process.env.BENCH_E2E_SECONDS ?? 5);
const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results.json');

/** Runs one phase in a fresh Node process (with `--expose-gc`, for the memory figures) and parses its line. */
function child<T>(phase: string, dir: string, extra: string[] = []): T {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'scripts', 'bench.ts'), '--child', phase, dir, ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`bench child ${phase} for ${dir} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as T;
}

interface CorpusRun extends BuildFigures, OpenFigures {
  name: string;
  /** Wall time of `confbot query --json LINE` in a fresh process, with the snapshot in place. */
  coldQueryMs: number[];
  peer: PeerBuildFigures & PeerOpenFigures;
}

// What a child holds before it loads anything: Node and the tsx loader. Both sides carry it.
const empty = child<{ rss: number; heap: number }>('empty', root);
const runs: CorpusRun[] = [];
for (const size of sizes) {
  const dir = size === 'pp14' ? DEFAULT_CORPUS_DIR : join(root, 'bench', '.corpora', `gen-${size}-seed1`);
  if (size !== 'pp14' && !existsSync(join(dir, 'corpus.yml'))) {
    process.stderr.write(`bench: generating a corpus of ${size} passages in ${dir}\n`);
    await writeGeneratedCorpus(dir, { passages: Number(size), seed: 1 });
  }
  process.stderr.write(`bench: ${size}: build; start and ${count} queries; the peer's build and start\n`);
  const build = child<BuildFigures>('build', dir);
  const open = child<OpenFigures>('open', dir, [String(count), size === 'pp14' ? 'yes' : 'no']);
  const peerBuild = child<PeerBuildFigures>('peer-build', dir);
  const peerOpen = child<PeerOpenFigures>('peer-open', dir);
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
  runs.push({
    name: size === 'pp14' ? 'PP-14' : `gen ${Number(size) / 1000}k`,
    ...build,
    ...open,
    coldQueryMs,
    peer: { ...peerBuild, ...peerOpen },
  });
}

let endToEnd: Awaited<ReturnType<typeof measureEndToEnd>> | undefined;
if (e2eSeconds > 0) {
  process.stderr.write(`bench: end to end, ${e2eSeconds} s per Slack run, c=50\n`);
  const { corpus, index } = await openCorpus(DEFAULT_CORPUS_DIR);
  endToEnd = await measureEndToEnd(createContext(corpus, { index }), { seconds: e2eSeconds });
}

const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    // Figures of uncommitted code say so: they belong to no commit.
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    });
    return dirty.trim() === '' ? head : `${head}+uncommitted`;
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
const results = {
  date: new Date().toISOString(),
  commit,
  machine,
  queries: count,
  emptyChild: empty,
  corpora: runs,
  endToEnd,
};
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);

const f = (n: number, digits = 1) => n.toFixed(digits);
const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');
const rows = [['', ...runs.map((r) => r.name)]];
const row = (label: string, cell: (r: CorpusRun) => string) => rows.push([label, ...runs.map(cell)]);
/** A confbot figure, the peer's and their ratio (confbot over peer: below 1 is better). */
const vs = (label: string, ours: (r: CorpusRun) => number, peer: (r: CorpusRun) => number, digits = 0) =>
  row(label, (r) => `${f(ours(r), digits)} / ${f(peer(r), digits)} (${x(ours(r), peer(r))})`);
row('entries / passages', (r) => `${r.entries} / ${r.passages}`);
row('corpus load (ms)', (r) => f(r.loadMs, 0));
vs(
  'index build (ms): confbot / peer',
  (r) => r.indexMs,
  (r) => r.peer.indexMs,
);
vs(
  'index build CPU (ms): confbot / peer',
  (r) => r.indexCpuMs,
  (r) => r.peer.indexCpuMs,
);
row('corpus load CPU (ms)', (r) => f(r.loadCpuMs, 0));
vs(
  'load + index (ms): confbot / peer index',
  (r) => r.loadMs + r.indexMs,
  (r) => r.peer.indexMs,
);
row('`corpus build` total (ms)', (r) => f(r.snapshotBuildMs, 0));
vs(
  'snapshot (MB): confbot / peer',
  (r) => r.snapshotMB,
  (r) => r.peer.snapshotMB,
  1,
);
vs(
  'start from snapshot, fresh process (ms)',
  (r) => r.snapshotOpenMs,
  (r) => r.peer.snapshotOpenMs,
);
vs(
  'RSS after start (MB)',
  (r) => r.rssAfterOpenMB,
  (r) => r.peer.rssAfterOpenMB,
);
vs(
  'heap after start (MB)',
  (r) => r.heapAfterOpenMB,
  (r) => r.peer.heapAfterOpenMB,
);
vs(
  'RSS after the queries (MB)',
  (r) => r.rssAfterQueriesMB,
  (r) => r.peer.rssAfterQueriesMB,
);
row('`confbot query` cold (ms, median)', (r) => f(latency(r.coldQueryMs).p50, 0));
for (const k of ['all', 'lookup', 'ask', 'search', 'complete'] as const)
  row(`${k} p50 / p95 / p99 (ms)`, (r) => {
    const l = r.latency[k];
    return l ? `${f(l.p50, 2)} / ${f(l.p95, 2)} / ${f(l.p99, 2)}` : '-';
  });
for (const k of ['ask', 'search'] as const) {
  vs(
    `${k} p50 (ms): confbot / peer`,
    (r) => r.latency[k]?.p50 ?? 0,
    (r) => r.peer.latency[k].p50,
    2,
  );
  vs(
    `${k} p99 (ms): confbot / peer`,
    (r) => r.latency[k]?.p99 ?? 0,
    (r) => r.peer.latency[k].p99,
    2,
  );
}
const table = rows.map((r) => `| ${r.join(' | ')} |`);
table.splice(1, 0, `|${rows[0]?.map(() => '---').join('|')}|`);
console.log(`${results.date}, commit ${commit}, ${machine.cpu} x${machine.cores}, Node ${machine.node}`);
console.log(table.join('\n'));
console.log(`\nAn empty child (Node and tsx) holds ${f(empty.rss, 0)} MB RSS, ${f(empty.heap, 0)} MB heap.`);
if (endToEnd) {
  const e = endToEnd;
  const line = (name: string, l: typeof e.bareBoltEcho) =>
    `| ${name} | ${f(l.perSecond, 0)} | ${f(l.ack.p50, 1)} / ${f(l.ack.p99, 1)} | ${l.errors} |`;
  console.log(`\nSlack HTTP, signed slash commands, c=${e.concurrency}, ${e.seconds} s each`);
  console.log('| endpoint | req/s | ack p50 / p99 (ms) | errors |\n|---|---|---|---|');
  console.log(line('bare Bolt `/echo`', e.bareBoltEcho));
  console.log(line(`confbot \`/resolution\` (${f(e.ratio.resolution, 2)}x)`, e.slackResolution));
  console.log(line(`confbot \`/ask\`, three questions (${f(e.ratio.ask, 2)}x)`, e.slackAsk));
  console.log(line(`confbot \`/ask\`, 30% repeats (${f(e.ratio.askMixed, 2)}x)`, e.slackAskMixed));
  console.log(
    `\nDiscord interaction -> callback (fake gateway, ${e.discord.n} in turn): p50 ${f(e.discord.p50, 2)} ms, p99 ${f(e.discord.p99, 2)} ms`,
  );
}
console.log(`\nwrote ${out}`);
