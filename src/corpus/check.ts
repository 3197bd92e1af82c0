import { type ContentRuleOptions, checkContent } from './content-rules.ts';
import { loadCorpus } from './load.ts';
import { checkAgainstReference } from './reference-check.ts';
import { defaultSeedDir, readReferenceVocabulary, untracedStatements } from './traceability.ts';
import type { Corpus, CorpusProblem } from './types.ts';

/** What `confbot corpus check` checks. */
export interface CorpusCheckOptions extends ContentRuleOptions {
  dir: string;
  /** Reference fact sheet: source URLs must be in it, and statements are traced to it and the seed. */
  reference?: string;
  /** Seed folder traced to as well; default the `seed` folder beside the reference's folder, if any. */
  seed?: string;
}

/** The outcome of a check: every problem, and how many statements the reference check could not trace. */
export interface CorpusCheckResult {
  corpus?: Corpus;
  problems: CorpusProblem[];
  /** Statements holding a number or name in neither the reference nor the seed (with `reference` only). */
  untraced?: number;
  /** The files the reference check traced to. */
  referenceFiles?: string[];
}

/**
 * Runs every corpus check: loading (format, citations, links, markers), the content rules (meta words,
 * placeholder titles, hedges without `[?]`, questions) and, with a reference, its URL and traceability
 * checks. Throws a user error only when the reference or seed cannot be read.
 */
export async function checkCorpus(options: CorpusCheckOptions): Promise<CorpusCheckResult> {
  const { corpus, problems } = await loadCorpus(options.dir);
  if (!corpus) return { problems };
  problems.push(...checkContent(corpus, options));
  if (!options.reference) return { corpus, problems };
  problems.push(...(await checkAgainstReference(corpus, options.reference)));
  const vocabulary = await readReferenceVocabulary(
    options.reference,
    options.seed ?? defaultSeedDir(options.reference),
  );
  const untraced = untracedStatements(corpus, vocabulary);
  problems.push(...untraced);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { corpus, problems, untraced: untraced.length, referenceFiles: vocabulary.files };
}
