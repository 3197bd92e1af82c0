import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userError } from '../errors.ts';
import { statementsOf } from './content-rules.ts';
import type { Corpus, CorpusProblem } from './types.ts';

/** The words and numbers of the reference texts, read once, that corpus statements are traced to. */
export interface ReferenceVocabulary {
  /** Lower-cased tokens: words, and numbers without thousands separators. */
  tokens: ReadonlySet<string>;
  /** The files read, for the report. */
  files: string[];
}

/** The seed folder beside a reference file's folder (`shared/reference/x.md` gives `shared/seed`), if it exists. */
export function defaultSeedDir(referenceFile: string): string | undefined {
  const dir = resolve(dirname(referenceFile), '..', 'seed');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/**
 * Reads the reference file and every file of the seed folder into one set of tokens. Done once per
 * check, so tracing each statement is a few set lookups.
 */
export async function readReferenceVocabulary(
  referenceFile: string,
  seedDir?: string,
): Promise<ReferenceVocabulary> {
  const files = [referenceFile];
  if (seedDir) {
    let names: string[];
    try {
      names = (await readdir(seedDir, { withFileTypes: true }))
        .filter((d) => d.isFile())
        .map((d) => join(seedDir, d.name))
        .sort();
    } catch {
      throw userError('not-found', `cannot read the seed folder ${seedDir}`);
    }
    files.push(...names);
  }
  const tokens = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw userError('not-found', `cannot read the reference file ${file}`);
    }
    for (const t of tokensOf(text)) tokens.add(t.toLowerCase());
  }
  return { tokens, files };
}

/**
 * The tokens of a text: runs of letters and digits, after curly quotes, dashes and thousands separators
 * are made plain ("2,500" is "2500"; "PP‑14" is "PP" and "14"), so the same fact written two ways matches.
 */
export function tokensOf(text: string): string[] {
  const plain = text
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/(\d)[,\u00a0\u202f](?=\d{3}\b)/g, '$1');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** English month names, from the platform's own calendar data rather than a list of ours. */
const MONTHS: ReadonlySet<string> = new Set(
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
      .format(Date.UTC(2000, m, 1))
      .toLowerCase(),
  ),
);

/**
 * The numbers and capitalised words of a statement that neither the reference nor the seed contains.
 * Not names, so never reported: single letters ("ITU-R"), and a capitalised first word that `common`
 * holds (words the corpus also writes in lower case: "Entries", "Size"). A plural ("ITRs") is traced
 * when its singular is.
 */
export function untracedTokens(
  text: string,
  vocabulary: ReferenceVocabulary,
  common: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  tokensOf(text).forEach((t, i) => {
    if (!/^\p{N}/u.test(t) && !/^\p{Lu}/u.test(t)) return;
    if (/^\p{L}$/u.test(t) || out.includes(t)) return;
    const lower = t.toLowerCase();
    if (vocabulary.tokens.has(lower)) return;
    if (/s$/.test(t) && t.length > 2 && vocabulary.tokens.has(lower.slice(0, -1))) return;
    // "September" where the reference writes "Sept" or "Sep": the same date written two ways.
    if (MONTHS.has(lower) && [3, 4].some((n) => vocabulary.tokens.has(lower.slice(0, n)))) return;
    if (i === 0 && common.has(lower)) return;
    out.push(t);
  });
  return out;
}

/**
 * The traceability check: every statement holding a number or a capitalised name that appears in
 * neither the reference nor the seed, one problem each. Field labels ("Size", "Builds on") are the
 * editor's headings, not statements, so only field values are traced. Mechanical: a listed statement
 * may still be right (a name spelt differently), but each one is worth a second reading against the
 * sources.
 */
export function untracedStatements(corpus: Corpus, vocabulary: ReferenceVocabulary): CorpusProblem[] {
  const statements = corpus.entries.map((entry) => ({
    entry,
    list: statementsOf(entry, { labels: false }),
  }));
  // Words the corpus writes in lower case somewhere: capitalised only because they start a sentence.
  const common = new Set<string>();
  for (const { list } of statements)
    for (const s of list) for (const t of tokensOf(s.text)) if (/^\p{Ll}/u.test(t)) common.add(t);
  const problems: CorpusProblem[] = [];
  for (const { entry, list } of statements) {
    for (const s of list) {
      const missing = untracedTokens(s.text, vocabulary, common);
      if (missing.length === 0) continue;
      problems.push({
        file: entry.file,
        line: s.line,
        message: `untraced: ${missing.map((m) => `"${m}"`).join(', ')} in neither the reference nor the seed: "${
          s.text.length > 90 ? `${s.text.slice(0, 87)}...` : s.text
        }"`,
      });
    }
  }
  return problems;
}
