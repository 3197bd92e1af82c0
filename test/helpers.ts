import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { CommandContext } from '../src/commands/types.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { loadCorpusOrThrow } from '../src/corpus/load.ts';
import type { Passage } from '../src/corpus/types.ts';
import { createContext } from '../src/registry/registry.ts';
import { answerQuestion } from '../src/search/answer-question.ts';
import type { WeightedQuery } from '../src/search/search-types.ts';
import { processTerm, tokenize } from '../src/search/text.ts';
import { type Understanding, understand } from '../src/search/understand.ts';

/** The small invented corpus the tests use for mechanics. */
export const MINI_CORPUS = fileURLToPath(new URL('./fixtures/mini-corpus', import.meta.url));

/** The repository root, for tests that run the CLI as a user would. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const contexts = new Map<string, Promise<CommandContext>>();

/** A command context over a corpus folder, built once per test process (loading is the slow part). */
export function contextFor(dir: string = DEFAULT_CORPUS_DIR): Promise<CommandContext> {
  let ctx = contexts.get(dir);
  if (!ctx) {
    ctx = loadCorpusOrThrow(dir).then((corpus) => createContext(corpus));
    contexts.set(dir, ctx);
  }
  return ctx;
}

/** Reads lines as `/ask` understands them, against the bundled corpus's words and names. */
export async function lineReader(): Promise<(line: string) => Understanding> {
  const { index } = await contextFor();
  return (line) =>
    understand(line, index.nlp, {
      knows: (w) => index.knows(w),
      isName: (w) => index.isName(w),
      countriesIn: (t) => index.countries.countriesIn(t),
      implied: index.impliedNames,
    });
}

/**
 * Answers lines with /ask's answerQuestion on the bundled corpus: the answer's first sentence, after its
 * lead ("No.") when `withLead` is set, or '' when it declines.
 */
export async function answerReader(withLead = false): Promise<(line: string) => string> {
  const { index } = await contextFor();
  return (line) => {
    const r = answerQuestion(line, index);
    if (!r.found) return '';
    const text = r.passages[0]?.passage.text ?? '';
    return withLead ? `${r.lead ?? ''} ${text}` : text;
  };
}

/**
 * Copies the mini corpus to a temporary folder and applies edits (file path -> new content, or a
 * function of the old content; null deletes), so each error kind is tested on an otherwise valid corpus.
 */
export async function corpusWith(
  edits: Record<string, string | null | ((old: string) => string)>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-corpus-'));
  // A copy of a corpus, not of its index cache: a run of the CLI may have left a snapshot beside it.
  await cp(MINI_CORPUS, dir, { recursive: true, filter: (src) => !src.split(sep).includes('.confbot') });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) await rm(path);
    else if (typeof edit === 'function') await writeFile(path, edit(await readFile(path, 'utf8')));
    else await writeFile(path, edit);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A word as people type it into a search, from the words of the first `count` passages: the word, its
 * beginning (a prefix search), or the word with one letter dropped (a slip).
 */
export function queryWord(passages: readonly Passage[], count: number): fc.Arbitrary<string> {
  const words = [...new Set(passages.slice(0, count).flatMap((p) => tokenize(p.text)))];
  return fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.slice(0, Math.max(2, w.length - 3))),
    fc.tuple(fc.constantFrom(...words), fc.nat()).map(([w, n]) => {
      const i = n % w.length;
      return `${w.slice(0, i)}${w.slice(i + 1)}`;
    }),
  );
}

/**
 * A query of `count` distinct terms of the first passages, each weighed 1 as its own only alternative:
 * past a term mask's 31 bits, the searches fall back to scoring every result, which tests compare.
 */
export function manyTermsQuery(
  passages: readonly Passage[],
  count: number,
): { terms: string[]; query: string; weighted: WeightedQuery } {
  const words = [...new Set(passages.slice(0, 60).flatMap((p) => tokenize(p.text)))];
  const terms = [...new Set(words.map(processTerm))].filter((t): t is string => !!t).slice(0, count);
  return {
    terms,
    query: terms.join(' '),
    weighted: { concepts: terms.map((t) => ({ word: t, alternatives: [t], known: true, weight: 1 })) },
  };
}
