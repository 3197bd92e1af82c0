/**
 * The peer's second phase (see bench/peer.ts): open its snapshot in a fresh process and run the query
 * mix. Imports nothing of confbot's, so its memory is minisearch's and the passages' alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { BenchQuery } from './queries.ts';
import { type Latency, latency, memoryMB } from './stats.ts';

/** The peer's index options: one field, minisearch's own tokenizer and term processing. */
export const PEER_INDEX_OPTIONS = { fields: ['text'] };
/** The peer's search options, as the issue states them. */
export const PEER_SEARCH_OPTIONS = { fuzzy: 0.2, prefix: true };
/**
 * Queries of the mix the peer runs (its `/ask` and `/search` among them): plain fuzzy and prefix search
 * takes hundreds of milliseconds a query at 100k passages, so the whole mix would take half an hour.
 * The first ones of a seeded random mix are a fair sample of it.
 */
export const DEFAULT_PEER_QUERIES = 1000;
/** Sentences the peer returns per question. */
const PEER_HITS = 5;

/** A passage as the peer indexes it. */
export interface PeerDoc {
  id: string;
  text: string;
}

/** The peer's snapshot file. */
export interface PeerSnapshot {
  /** Passage id, entry id and text, in corpus order: what the peer needs to cite a sentence. */
  passages: [string, string, string][];
  index: string;
}

/** What {@link openPeer} reports. */
export interface PeerOpenFigures {
  snapshotOpenMs: number;
  rssAfterOpenMB: number;
  heapAfterOpenMB: number;
  latency: { ask: Latency; search: Latency };
  rssAfterQueriesMB: number;
  heapAfterQueriesMB: number;
}

/** The peer's snapshot file for a corpus folder, beside confbot's (in `.confbot/`). */
export function peerFile(dir: string): string {
  return join(dir, '.confbot', 'peer-snapshot.json');
}

/** Opens the peer's snapshot in this (fresh) process and runs the `/ask` and `/search` queries. */
export async function openPeer(
  dir: string,
  queries: readonly BenchQuery[],
  limit = DEFAULT_PEER_QUERIES,
): Promise<PeerOpenFigures> {
  const started = performance.now();
  const snapshot = JSON.parse(await readFile(peerFile(dir), 'utf8')) as PeerSnapshot;
  const index = MiniSearch.loadJSON<PeerDoc>(snapshot.index, PEER_INDEX_OPTIONS);
  const text = new Map(snapshot.passages.map(([id, , t]) => [id, t]));
  snapshot.index = '';
  const snapshotOpenMs = performance.now() - started;
  const afterOpen = memoryMB();
  const lines = queries
    .slice(0, limit)
    .flatMap((q) =>
      q.kind === 'ask' || q.kind === 'search'
        ? [{ kind: q.kind, text: q.line.replace(/^\/\w+\s*/, '') }]
        : [],
    );
  const answer = (query: string) =>
    index
      .search(query, PEER_SEARCH_OPTIONS)
      .slice(0, PEER_HITS)
      .map((r) => text.get(r.id));
  for (const q of lines.slice(0, 200)) answer(q.text);
  const times: { ask: number[]; search: number[] } = { ask: [], search: [] };
  let sink = 0;
  for (const q of lines) {
    const t = performance.now();
    sink += answer(q.text).length;
    times[q.kind].push(performance.now() - t);
  }
  const afterQueries = memoryMB();
  if (sink < 0) throw new Error('unreachable');
  return {
    snapshotOpenMs,
    rssAfterOpenMB: afterOpen.rss,
    heapAfterOpenMB: afterOpen.heap,
    latency: { ask: latency(times.ask), search: latency(times.search) },
    rssAfterQueriesMB: afterQueries.rss,
    heapAfterQueriesMB: afterQueries.heap,
  };
}
