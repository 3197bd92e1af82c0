import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONFERENCE_FILE, listMarkdown } from './load.ts';
import type { CorpusProblem } from './types.ts';

/** How big a corpus may be: each file, and all of them together, in bytes. */
export interface CorpusLimits {
  /** Largest single file (`CORPUS_MAX_FILE_KB`). */
  maxFileBytes: number;
  /** Largest corpus, every entry file and corpus.yml together (`CORPUS_MAX_TOTAL_MB`). */
  maxTotalBytes: number;
}

/** Largest corpus file by default: the largest PP-14 entry is under 20 KB; 1 MB is fifty times that. */
export const DEFAULT_MAX_CORPUS_FILE_BYTES = 1024 * 1024;
/** Largest corpus by default: PP-14 is under 1 MB; 64 MB still indexes in seconds and fits in memory. */
export const DEFAULT_MAX_CORPUS_BYTES = 64 * 1024 * 1024;

/** The limits when none are configured. */
export const DEFAULT_CORPUS_LIMITS: CorpusLimits = {
  maxFileBytes: DEFAULT_MAX_CORPUS_FILE_BYTES,
  maxTotalBytes: DEFAULT_MAX_CORPUS_BYTES,
};

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

/**
 * Checks file sizes before anything is read: a 50 MB Markdown file once froze every answer for 30 s
 * and took RSS to 1.6 GB while it was parsed and indexed. Only `stat` is called, so an oversized corpus
 * costs nothing to refuse. Returns one problem per file over the file limit, and one for a corpus over
 * the total limit; none when the corpus fits. A folder that cannot be listed is left to the loader,
 * which reports it in its own words.
 */
export async function checkCorpusSize(
  dir: string,
  limits: CorpusLimits = DEFAULT_CORPUS_LIMITS,
): Promise<CorpusProblem[]> {
  let files: string[];
  try {
    files = [join(dir, CONFERENCE_FILE), ...(await listMarkdown(dir))];
  } catch {
    return [];
  }
  const problems: CorpusProblem[] = [];
  let total = 0;
  for (const file of files) {
    // One stat call per file, synchronously: awaited one by one, hundreds of them cost a start more in
    // round trips through libuv's thread pool than the calls themselves (docs/performance.md).
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // Gone or unreadable: counts as empty here; the loader reports it when it reads the corpus.
    }
    total += size;
    if (size > limits.maxFileBytes)
      problems.push({
        file: relative(dir, file).split(sep).join('/'),
        line: 0,
        message: `the file is ${kb(size)}, over the limit of ${kb(limits.maxFileBytes)} per file (CORPUS_MAX_FILE_KB)`,
      });
  }
  if (total > limits.maxTotalBytes)
    problems.push({
      file: dir,
      line: 0,
      message: `the corpus is ${mb(total)}, over the limit of ${mb(limits.maxTotalBytes)} (CORPUS_MAX_TOTAL_MB)`,
    });
  return problems;
}
