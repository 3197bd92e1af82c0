/**
 * The benchmark's peer: a plain minisearch index over the very passages confbot answers from, with
 * minisearch's defaults and the search options a tutorial would use (fuzzy 0.2, prefix), and nothing
 * else: no entry index, no vocabulary, no ranking, verification or rendering. It is what a bot would
 * cost that only returned the best-matching sentences, so confbot's figures are read as ratios to it.
 *
 * Like confbot's, its two phases run in fresh child processes (see scripts/bench.ts): {@link buildPeer}
 * indexes the passages of a loaded corpus and writes a snapshot (the passages' ids, entries and text
 * beside `JSON.stringify(index)`); {@link openPeer} loads that snapshot and runs the `/ask` and `/search`
 * lines of confbot's query mix (lookups and autocomplete have no plain equivalent and are left out).
 */
import { writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { loadCorpusOrThrow } from '../src/corpus/load.ts';
import { PEER_INDEX_OPTIONS, type PeerDoc, type PeerSnapshot, peerFile } from './peer-open.ts';
import { cpuMs } from './stats.ts';

/** What {@link buildPeer} reports. */
export interface PeerBuildFigures {
  passages: number;
  /** Indexing the passages (already loaded, as confbot's `indexMs`). */
  indexMs: number;
  /** CPU time of the same, all threads (as confbot's `indexCpuMs`). */
  indexCpuMs: number;
  snapshotMB: number;
}

/** Loads the corpus (untimed: confbot's load is its own figure), indexes its passages, writes the snapshot. */
export async function buildPeer(dir: string): Promise<PeerBuildFigures> {
  const corpus = await loadCorpusOrThrow(dir);
  const docs: PeerDoc[] = corpus.passages.map((p) => ({ id: p.id, text: p.text }));
  const started = performance.now();
  const cpu = cpuMs();
  const index = new MiniSearch<PeerDoc>(PEER_INDEX_OPTIONS);
  index.addAll(docs);
  const indexMs = performance.now() - started;
  const indexCpuMs = cpuMs() - cpu;
  const snapshot: PeerSnapshot = {
    passages: corpus.passages.map((p) => [p.id, p.entryId, p.text]),
    index: JSON.stringify(index),
  };
  const text = JSON.stringify(snapshot);
  await writeFile(peerFile(dir), text);
  return { passages: docs.length, indexMs, indexCpuMs, snapshotMB: Buffer.byteLength(text) / 1e6 };
}
