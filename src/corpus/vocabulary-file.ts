import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYaml, reportIssues } from './parse-entry.ts';
import type { CorpusProblem, CorpusVocabulary } from './types.ts';

/** Name of the optional file holding a corpus's own vocabulary for answering questions. */
export const VOCABULARY_FILE = 'vocabulary.yml';

const word = z.string().trim().min(1, 'must not be empty');

/** Schema of `vocabulary.yml`; every section is optional, unknown keys are errors. */
const VOCABULARY_SCHEMA = z.strictObject({
  implied: z.array(word).optional(),
  organisation: z.array(word).optional(),
  countries: z.array(word).optional(),
  synonyms: z.record(word, z.array(word).min(1, 'must list at least one word')).optional(),
  phrases: z
    .array(
      z.strictObject({
        pattern: word.refine((p) => {
          try {
            new RegExp(p, 'gi');
            return true;
          } catch {
            return false;
          }
        }, 'must be a valid regular expression'),
        means: z.string(),
      }),
    )
    .optional(),
  opposites: z.array(z.strictObject({ claim: word, fact: word })).optional(),
});

/** A corpus with no vocabulary file: no implied names, synonyms or phrases. */
export const EMPTY_VOCABULARY: CorpusVocabulary = {
  implied: [],
  organisation: [],
  countries: [],
  synonyms: new Map(),
  phrases: [],
  opposites: [],
};

/**
 * Reads `vocabulary.yml` from a corpus folder. A missing file is an empty vocabulary; a malformed one
 * adds `file:line` problems and yields undefined.
 */
export async function readVocabulary(
  dir: string,
  problems: CorpusProblem[],
): Promise<CorpusVocabulary | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, VOCABULARY_FILE), 'utf8');
  } catch {
    return EMPTY_VOCABULARY;
  }
  const located = parseYaml(VOCABULARY_FILE, text, 1, problems);
  if (!located) return undefined;
  const parsed = VOCABULARY_SCHEMA.safeParse(located.data ?? {});
  if (!parsed.success) {
    reportIssues(VOCABULARY_FILE, located, parsed.error.issues, problems);
    return undefined;
  }
  const v = parsed.data;
  return {
    implied: v.implied ?? [],
    organisation: v.organisation ?? [],
    countries: v.countries ?? [],
    // Keys are looked up by user text: a Map, so "constructor" is just a word.
    synonyms: new Map(Object.entries(v.synonyms ?? {}).map(([k, ws]) => [k.toLowerCase(), ws])),
    phrases: (v.phrases ?? []).map((p) => [new RegExp(p.pattern, 'gi'), p.means] as const),
    opposites: v.opposites ?? [],
  };
}
