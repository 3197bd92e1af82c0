import { Worker } from 'node:worker_threads';
import type { CorpusLimits } from '../corpus/limits.ts';
import type { Corpus } from '../corpus/types.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { SearchIndexState } from '../search/search-types.ts';
import { corpusFromEntries } from '../search/snapshot.ts';

/** What the worker posts back: the corpus and index state as one JSON string, or the problems found. */
export type WorkerResult = { status: 'built'; json: string } | { status: 'rejected'; problems: string[] };

/** A corpus loaded and indexed off the main thread, or why not. */
export type BuiltCorpus =
  | { status: 'built'; corpus: Corpus; index: SearchIndex }
  | { status: 'rejected'; problems: string[] };

/** Longest a reload may take in its worker before it is abandoned and the last good corpus kept. */
export const RELOAD_TIMEOUT_MS = 120_000;

/**
 * A worker that runs `entry`. Under tsx (the sources, not dist/) a worker does not inherit the parent's
 * TypeScript loader, so the bootstrap registers tsx before importing the entry.
 */
function startWorker(entry: URL, workerData: unknown): Worker {
  const tsx = entry.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
  const boot = `
    const { workerData } = require('node:worker_threads');
    (async () => {
      if (workerData.tsx) (await import(workerData.tsx)).register();
      await import(workerData.entry);
    })();`;
  return new Worker(boot, { eval: true, workerData: { ...(workerData as object), tsx, entry: entry.href } });
}

/**
 * Reads, validates and indexes a corpus folder in a worker thread (node:worker_threads), so answering
 * never waits for a reload: the main thread only parses the finished result and restores the index from
 * its state. Files over the size limits are refused before they are read. Never throws.
 */
export function buildCorpusInWorker(
  dir: string,
  limits: CorpusLimits,
  { timeoutMs = RELOAD_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<BuiltCorpus> {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const worker = startWorker(new URL(`./corpus-build-worker${ext}`, import.meta.url), { dir, limits });
  return new Promise<BuiltCorpus>((resolve) => {
    let settled = false;
    const finish = (result: BuiltCorpus) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ status: 'rejected', problems: [`${dir}:0: the reload took over ${timeoutMs} ms`] }),
      timeoutMs,
    );
    timer.unref();
    let received = false;
    worker.once('message', (result: WorkerResult) => {
      received = true;
      if (result.status === 'rejected') return finish(result);
      restore(dir, result.json).then(
        (restored) => finish({ status: 'built', ...restored }),
        (err: unknown) =>
          finish({
            status: 'rejected',
            problems: [`${dir}:0: cannot restore the reloaded corpus: ${String(err)}`],
          }),
      );
    });
    worker.once('error', (err) => finish({ status: 'rejected', problems: [`${dir}:0: ${String(err)}`] }));
    // Once the result is in, the worker's exit is expected: the restore above settles the promise.
    worker.once('exit', (code) => {
      if (!received)
        finish({ status: 'rejected', problems: [`${dir}:0: the reload worker stopped (exit code ${code})`] });
    });
  });
}

/** The corpus (with its vocabulary, read again here: its patterns are not JSON) and index the worker built. */
async function restore(dir: string, json: string): Promise<{ corpus: Corpus; index: SearchIndex }> {
  const { conference, entries, index } = JSON.parse(json) as Pick<Corpus, 'conference' | 'entries'> & {
    index: SearchIndexState;
  };
  const corpus = await corpusFromEntries(dir, conference, entries);
  return { corpus, index: new SearchIndex(corpus, undefined, index) };
}
