/**
 * `node --import tsx scripts/fuzzy-lookups.ts [COMMIT]`: figures, not a test. Times the vocabulary's
 * partial-word and typo lookups (`frequency`, `correct`, `near`, `completions`) of this checkout
 * against those of COMMIT (default: the last commit with the hand-written sorted term list), in the
 * same process, over the PP-14 vocabulary and a synthetic one of 100,000 dictionary words, and counts
 * the lookups whose results differ. COMMIT's `src/` is unpacked under `node_modules/.cache/`, so its
 * modules resolve this checkout's packages. `FUZZY_ONLY=correct,near` times only those lookups.
 * docs/performance.md quotes the output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../bench/gen-corpus.ts';
import { DEFAULT_CORPUS_DIR } from '../src/config.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../src/search/search-types.ts';
import { openCorpus } from '../src/search/snapshot.ts';
import { processTerm } from '../src/search/text.ts';
import { Vocabulary, type VocabularyJSON } from '../src/search/vocabulary.ts';

/** The last commit whose vocabulary walked the hand-written sorted term list (`term-list.ts`). */
const OLD_COMMIT = '78f372d';
/** Size of the synthetic vocabulary, in dictionary words. */
const SYNTHETIC_WORDS = 100_000;
/** Typed words per vocabulary: misspellings, exact words, prefixes and strangers. */
const QUERIES = 1_000;
/** Rounds, alternating old and new; the best round counts (the machine is shared). */
const ROUNDS = 3;

/** The lookups timed: one vocabulary, one word, a value to compare between old and new. */
type Lookup = (v: Vocabulary, q: string) => unknown;

const LOOKUPS: Record<string, Lookup> = {
  // Per weighed query word: prefix completions and Levenshtein typos, most frequent term.
  frequency: (v, q) => v.frequency(q),
  // A word the corpus lacks: nearest written word, a swap counting as one edit.
  correct: (v, q) => v.correct(q),
  // Large-corpus planning: the terms within two edits (sorted, to compare as sets).
  near: (v, q) => [...v.near(q, 2)].sort(),
  // Large-corpus planning: whether a prefix completes to more than `maxPrefixTerms` (100) terms.
  completions: (v, q) => Math.min(v.completions(q.slice(0, 4), 100), 101),
};

const root = join(import.meta.dirname, '..');
const commit = process.argv[2] ?? OLD_COMMIT;
const OldVocabulary = await oldVocabulary(commit);
const nearness = DEFAULT_SEARCH_OPTIONS;

const random = seededRandom(15);
const pp14 = (await openCorpus(DEFAULT_CORPUS_DIR)).index.toState().vocabulary;
const synthetic = syntheticVocabulary(random);
console.log(
  `old: ${commit}; new: this checkout (${git(['rev-parse', '--short', 'HEAD'])}, dirty=${dirty()})`,
);
console.log(`node ${process.version}; best of ${ROUNDS} rounds; µs per lookup\n`);
console.log('vocabulary      lookup        old µs    new µs   new/old   differing');
for (const [name, json] of [
  ['PP-14', pp14],
  ['100k synthetic', synthetic],
] as const) {
  const queries = typedWords(json, random);
  // Ready: read from the snapshot's JSON, and the lookup structures built (the new ones are built on
  // first use). Each side's English dictionary is loaded beforehand, so it is not counted.
  const build = (V: typeof Vocabulary) => {
    V.fromJSON({ documentFrequency: [], words: [], acronyms: [] }, nearness).correct('qqqqqx');
    const t0 = performance.now();
    const v = V.fromJSON(json, nearness);
    v.frequency('qqqqqx');
    v.correct('qqqqqx');
    return { v, ms: performance.now() - t0 };
  };
  let oldBuilt = build(OldVocabulary);
  let newBuilt = build(Vocabulary);
  for (let round = 1; round < ROUNDS; round++) {
    const [o, n] = [build(OldVocabulary), build(Vocabulary)];
    if (o.ms < oldBuilt.ms) oldBuilt = o;
    if (n.ms < newBuilt.ms) newBuilt = n;
  }
  console.log(
    `${name.padEnd(15)} ${'ready (ms)'.padEnd(11)} ${oldBuilt.ms.toFixed(1).padStart(9)} ${newBuilt.ms
      .toFixed(1)
      .padStart(
        9,
      )} ${(newBuilt.ms / oldBuilt.ms).toFixed(2).padStart(9)}   (${json.documentFrequency.length} terms, ${json.words.length} words)`,
  );
  // Warm both up (and load the English dictionary `correct` consults) before timing.
  for (const q of queries.slice(0, 200))
    for (const f of Object.values(LOOKUPS)) {
      f(oldBuilt.v, q);
      f(newBuilt.v, q);
    }
  const only = process.env.FUZZY_ONLY?.split(',');
  for (const [lookup, f] of Object.entries(LOOKUPS)) {
    if (only && !only.includes(lookup)) continue;
    let best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let round = 0; round < ROUNDS; round++) {
      const t = [oldBuilt.v, newBuilt.v].map((v) => {
        const t0 = performance.now();
        for (const q of queries) f(v, q);
        return ((performance.now() - t0) * 1000) / queries.length;
      });
      best = best.map((b, i) => Math.min(b, t[i] as number));
    }
    const differing = queries.filter(
      (q) => JSON.stringify(f(oldBuilt.v, q)) !== JSON.stringify(f(newBuilt.v, q)),
    );
    const [o, n] = best as [number, number];
    console.log(
      `${name.padEnd(15)} ${lookup.padEnd(11)} ${o.toFixed(1).padStart(9)} ${n.toFixed(1).padStart(9)} ${(
        n / o
      )
        .toFixed(2)
        .padStart(9)}   ${differing.length}/${queries.length}${
        differing.length > 0 ? ` e.g. ${differing.slice(0, 3).join(', ')}` : ''
      }`,
    );
  }
}

/** COMMIT's `Vocabulary` class, from its `src/` unpacked once under node_modules/.cache. */
async function oldVocabulary(at: string): Promise<typeof Vocabulary> {
  const dir = join(root, 'node_modules', '.cache', 'confbot-old-src', at);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', at, 'src', 'package.json'], { cwd: root });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  const module = (await import(pathToFileURL(join(dir, 'src', 'search', 'vocabulary.ts')).href)) as {
    Vocabulary: typeof Vocabulary;
  };
  return module.Vocabulary;
}

/**
 * A vocabulary of {@link SYNTHETIC_WORDS} dictionary words (real spelling, so shared prefixes and near
 * neighbours are as common as in a real corpus), with Zipf-like passage counts.
 */
function syntheticVocabulary(rand: () => number): VocabularyJSON {
  const all = createRequire(import.meta.url)('an-array-of-english-words') as string[];
  const picked = all.filter(() => rand() < SYNTHETIC_WORDS / all.length).slice(0, SYNTHETIC_WORDS);
  const documentFrequency = new Map<string, number>();
  const words: [string, string][] = [];
  picked.forEach((word, i) => {
    const term = processTerm(word);
    if (term === undefined) return;
    documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + Math.ceil(100_000 / (i + 1) ** 0.9));
    if (word.length >= 4) words.push([word, term]);
  });
  return { documentFrequency: [...documentFrequency], words, acronyms: [] };
}

/**
 * Words as users type them, from the vocabulary's own words: half with one slip (a letter replaced,
 * dropped, added, or two neighbours swapped), a sixth with two, the rest exact words, prefixes of
 * them, and strings the corpus has nothing like.
 */
function typedWords(json: VocabularyJSON, rand: () => number): string[] {
  const words = json.words.map(([w]) => w).filter((w) => /^[a-z]+$/.test(w));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const letter = () => String.fromCharCode(97 + Math.floor(rand() * 26));
  const slip = (w: string) => {
    const i = Math.floor(rand() * w.length);
    const kind = Math.floor(rand() * 4);
    if (kind === 0) return w.slice(0, i) + letter() + w.slice(i + 1);
    if (kind === 1) return w.slice(0, i) + w.slice(i + 1);
    if (kind === 2) return w.slice(0, i) + letter() + w.slice(i);
    return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
  };
  return Array.from({ length: QUERIES }, (_, n) => {
    const w = pick(words);
    const r = n % 12;
    if (r < 6) return slip(w);
    if (r < 8) return slip(slip(w));
    if (r < 10) return w;
    if (r < 11) return w.slice(0, Math.max(4, Math.ceil(w.length / 2)));
    return Array.from({ length: 5 + Math.floor(rand() * 6) }, letter).join('');
  });
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function dirty(): boolean {
  return git(['status', '--porcelain', '--', 'src']) !== '';
}
