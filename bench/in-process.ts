/**
 * In-process figures for one corpus, in two phases that each run in their own fresh child process
 * (see scripts/bench.ts), so that start-up and memory are measured as a bot starting from a snapshot
 * has them, not in the process that just built the index:
 * - {@link measureBuild}: read the corpus, index it, write the snapshot (`confbot corpus build`);
 * - {@link measureOpen}: open the snapshot, take the memory, then time a seeded query mix.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../src/commands/dispatch.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { silentLogger } from '../src/log.ts';
import { createContext } from '../src/registry/registry.ts';
import { buildSnapshot, openCorpus, SNAPSHOT_FILE } from '../src/search/snapshot.ts';
import { type BenchQuery, benchQueries } from './queries.ts';
import { type Latency, latency, memoryMB } from './stats.ts';

/** What {@link measureBuild} reports. */
export interface BuildFigures {
  entries: number;
  passages: number;
  /** Reading and checking the Markdown. */
  loadMs: number;
  /** Indexing the loaded corpus. */
  indexMs: number;
  /** CPU time of loading and of indexing, all threads: steadier than wall time on a shared machine. */
  loadCpuMs: number;
  indexCpuMs: number;
  /** All of `corpus build`: load, index, serialise and write. */
  snapshotBuildMs: number;
  snapshotMB: number;
}

/** What {@link measureOpen} reports. */
export interface OpenFigures {
  /** Reading the snapshot and restoring corpus and index, in a process that had not seen them. */
  snapshotOpenMs: number;
  /** Memory right after the open (after a full GC), before any query. */
  rssAfterOpenMB: number;
  heapAfterOpenMB: number;
  queries: number;
  latency: Record<BenchQuery['kind'] | 'all', Latency>;
  /** Memory after the query mix (after a full GC): lazily built readers (wink-nlp) are in it. */
  rssAfterQueriesMB: number;
  heapAfterQueriesMB: number;
}

/** Where {@link measureOpen} leaves the query mix, for the plain-minisearch peer to run the same one. */
export function queriesFile(dir: string): string {
  return join(dir, SNAPSHOT_FILE.replace(/snapshot\.json$/, 'bench-queries.json'));
}

/** Builds a corpus folder's snapshot and reports how long each part took. */
export async function measureBuild(dir: string): Promise<BuildFigures> {
  const started = performance.now();
  const built = await buildSnapshot(dir);
  return {
    entries: built.entries,
    passages: built.passages,
    loadMs: built.loadMs,
    indexMs: built.indexMs,
    loadCpuMs: built.loadCpuMs,
    indexCpuMs: built.indexCpuMs,
    snapshotBuildMs: performance.now() - started,
    snapshotMB: built.bytes / 1e6,
  };
}

/**
 * Opens a corpus folder from its snapshot (which must be current) and times `count` seeded queries
 * (plus the extra command lines, if any). Meant to be the first thing a fresh process does.
 */
export async function measureOpen(
  dir: string,
  count: number,
  extraLines: string[] = [],
): Promise<OpenFigures> {
  const started = performance.now();
  const opened = await openCorpus(dir);
  const snapshotOpenMs = performance.now() - started;
  if (opened.source !== 'snapshot') throw new Error(`snapshot not used: ${opened.reason}`);
  const afterOpen = memoryMB();
  const ctx = createContext(opened.corpus, { index: opened.index });

  const queries: BenchQuery[] = [
    ...benchQueries(opened.corpus, count, 42),
    ...extraLines.map((line) => ({ kind: 'ask' as const, line })),
  ];
  await writeFile(queriesFile(dir), JSON.stringify(queries));
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
  const afterQueries = memoryMB();
  return {
    snapshotOpenMs,
    rssAfterOpenMB: afterOpen.rss,
    heapAfterOpenMB: afterOpen.heap,
    queries: queries.length,
    latency: Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, latency(v)]),
    ) as OpenFigures['latency'],
    rssAfterQueriesMB: afterQueries.rss,
    heapAfterQueriesMB: afterQueries.heap,
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

/**
 * The `/ask` questions the in-process tools time (scripts/bench-ask.ts, scripts/ask-cpu.ts): the bench's
 * generated `/ask` lines for the corpus, and on PP-14 the dev and own questions too, without "/ask".
 */
export function askLines(corpus: Corpus, queries: number, withFixtures: boolean, root: string): string[] {
  return [
    ...benchQueries(corpus, queries, 42)
      .filter((q) => q.kind === 'ask')
      .map((q) => (q as { line: string }).line),
    ...(withFixtures ? fixtureLines(root) : []),
  ].map((l) => l.replace(/^\/ask\s+/, ''));
}
