/**
 * In-process figures for one corpus: corpus load, index build, snapshot build and load, latency of a
 * seeded query mix by kind, and memory. Run in a child process per corpus (see scripts/bench.ts), so
 * each corpus's memory is its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../src/commands/dispatch.ts';
import { buildSnapshot, openCorpus } from '../src/corpus/snapshot.ts';
import { silentLogger } from '../src/log.ts';
import { createContext } from '../src/registry/registry.ts';
import { type BenchQuery, benchQueries } from './queries.ts';
import { type Latency, latency } from './stats.ts';

/** What {@link measureCorpus} reports. */
export interface CorpusFigures {
  entries: number;
  passages: number;
  loadMs: number;
  indexMs: number;
  snapshotBuildMs: number;
  snapshotMB: number;
  snapshotOpenMs: number;
  queries: number;
  latency: Record<BenchQuery['kind'] | 'all', Latency>;
  rssMB: number;
  heapMB: number;
}

/** Measures one corpus folder with `count` queries (plus the extra command lines, if any). */
export async function measureCorpus(
  dir: string,
  count: number,
  extraLines: string[] = [],
): Promise<CorpusFigures> {
  // `corpus build`: read and validate the corpus, index it, write the snapshot.
  let started = performance.now();
  const built = await buildSnapshot(dir);
  const snapshotBuildMs = performance.now() - started;
  started = performance.now();
  const opened = await openCorpus(dir);
  const snapshotOpenMs = performance.now() - started;
  if (opened.source !== 'snapshot') throw new Error(`snapshot not used: ${opened.reason}`);
  const ctx = createContext(opened.corpus, { index: opened.index });

  const queries: BenchQuery[] = [
    ...benchQueries(opened.corpus, count, 42),
    ...extraLines.map((line) => ({ kind: 'ask' as const, line })),
  ];
  // A short warm-up so the figures are of the steady state, as a running bot's are.
  for (const q of queries.slice(0, 200)) await run(q, ctx);
  const times: Record<string, number[]> = { all: [] };
  for (const q of queries) {
    const t = performance.now();
    await run(q, ctx);
    const ms = performance.now() - t;
    const list = times[q.kind] ?? [];
    list.push(ms);
    times[q.kind] = list;
    times.all?.push(ms);
  }
  const memory = process.memoryUsage();
  return {
    entries: built.entries,
    passages: built.passages,
    loadMs: built.loadMs,
    indexMs: built.indexMs,
    snapshotBuildMs,
    snapshotMB: built.bytes / 1e6,
    snapshotOpenMs,
    queries: queries.length,
    latency: Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, latency(v)]),
    ) as CorpusFigures['latency'],
    rssMB: memory.rss / 1e6,
    heapMB: memory.heapUsed / 1e6,
  };
}

async function run(q: BenchQuery, ctx: ReturnType<typeof createContext>): Promise<void> {
  if (q.kind === 'complete') ctx.commands.find((c) => c.name === q.command)?.complete?.(q.partial, ctx);
  else await dispatch(q.line, { ctx, logger: silentLogger });
}

/** The dev and own question lines, for the PP-14 run: real questions beside generated ones. */
export function fixtureLines(root: string): string[] {
  return ['dev-questions.jsonl', 'own-questions.jsonl'].flatMap((f) =>
    readFileSync(join(root, 'test', 'fixtures', f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).line as string),
  );
}
