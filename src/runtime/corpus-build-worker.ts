/**
 * Worker-thread entry of a corpus reload (see corpus-build.ts): checks sizes, reads and validates the
 * corpus and builds its search index off the main thread, then posts the result as one JSON string,
 * which the main thread parses far faster than it could rebuild the index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CorpusLimits, checkCorpusSize } from '../corpus/limits.ts';
import { formatProblem, loadCorpus } from '../corpus/load.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { WorkerResult } from './corpus-build.ts';

const { dir, limits } = workerData as { dir: string; limits: CorpusLimits };

async function build(): Promise<WorkerResult> {
  const tooBig = await checkCorpusSize(dir, limits);
  if (tooBig.length > 0) return { status: 'rejected', problems: tooBig.map(formatProblem) };
  const { corpus, problems } = await loadCorpus(dir);
  if (!corpus || problems.length > 0) return { status: 'rejected', problems: problems.map(formatProblem) };
  const index = new SearchIndex(corpus);
  // Passages are cut again from the entries on the main thread, sharing their strings (see snapshot.ts).
  const { conference, entries } = corpus;
  return { status: 'built', json: JSON.stringify({ conference, entries, index: index.toState() }) };
}

build().then(
  (result) => parentPort?.postMessage(result),
  (err: unknown) => parentPort?.postMessage({ status: 'rejected', problems: [`${dir}:0: ${String(err)}`] }),
);
