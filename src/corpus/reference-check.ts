import { readFile } from 'node:fs/promises';
import { userError } from '../errors.ts';
import type { Corpus, CorpusProblem } from './types.ts';

/** Web addresses in a text: what a reference sheet lists as sources. */
function urlsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s)<>|"'`]+/g))
    out.add(normalizeUrl(m[0].replace(/[.,;:]+$/, '')));
  return out;
}

/** Compares addresses as the same page: scheme, default port, "www." and a trailing slash do not matter. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/:443(?=\/)/, '')
    .replace(/\/+$/, '');
}

/**
 * Checks that every source entry's URL is one the reference sheet lists, so a fact taken from the
 * sheet keeps the address it was verified at, and no source address is invented or mistyped.
 */
export async function checkAgainstReference(corpus: Corpus, referenceFile: string): Promise<CorpusProblem[]> {
  let text: string;
  try {
    text = await readFile(referenceFile, 'utf8');
  } catch {
    throw userError('not-found', `cannot read the reference file ${referenceFile}`);
  }
  const known = urlsIn(text);
  const problems: CorpusProblem[] = [];
  for (const entry of corpus.entries) {
    if (entry.kind !== 'source' || !entry.url) continue;
    if (!known.has(normalizeUrl(entry.url))) {
      problems.push({
        file: entry.file,
        line: entry.lines.url ?? 1,
        message: `url ${entry.url} is not in the reference ${referenceFile}`,
      });
    }
  }
  return problems;
}
