import type { SearchOptions } from 'minisearch';
import { isEnglishWord } from './dictionary.ts';
import type { IndexParts } from './index-parts.ts';
import type { WeightedQuery } from './search-types.ts';

/** Longest word spelling correction considers. */
export const MAX_CORRECTED_LENGTH = 24;

/** Shortest word a loose search (autocomplete, did-you-mean) matches fuzzily: "brb" is no "BR". */
const LOOSE_FUZZY_MIN_LENGTH = 4;

/**
 * The minisearch options a weighed query is searched with: which of its terms are matched fuzzily or
 * as prefixes, and how much a synonym counts. `loose` (autocomplete, did-you-mean) matches more freely.
 */
export function searchOptions(
  parts: Pick<IndexParts, 'options' | 'vocabulary' | 'commonInPassages' | 'commonInEntries'>,
  weighted: WeightedQuery,
  loose: boolean,
): SearchOptions {
  const synonyms = new Set(weighted.concepts.flatMap((c) => c.alternatives.slice(1)));
  const own = new Set(weighted.concepts.map((c) => c.alternatives[0]));
  const { fuzzy, fuzzyMinLength, prefixMinLength, synonymWeight, maxEditDistance, maxPrefixTerms } =
    parts.options;
  const vocabulary = parts.vocabulary;
  // On a large corpus, a misspelt word that the vocabulary corrected is searched through its
  // correction only: fuzzy expansion of the misspelling would reach the same (often common) terms
  // through their whole posting lists.
  const large = isLarge(parts);
  const common = (t: string) => parts.commonInPassages.isCommon(t) || parts.commonInEntries.isCommon(t);
  // Nor may a prefix or a fuzzy match expand to a common term: that is its whole posting list again.
  const reachesCommon = (t: string, loose: boolean) => {
    if (!large) return false;
    const distance = Math.min(
      maxEditDistance,
      Math.round(t.length * (loose ? Math.max(fuzzy, 0.34) : fuzzy)),
    );
    return vocabulary.near(t, distance).some(common);
  };
  // A dictionary word the corpus lacks ("coffee") is no misspelling of a corpus word ("office").
  const english = new Set(
    weighted.concepts
      .filter((c) => !vocabulary.has(c.alternatives[0] as string) && isEnglishWord(c.word))
      .map((c) => c.alternatives[0] as string),
  );
  const corrected = new Set(
    large
      ? weighted.concepts
          .filter((c) => vocabulary.has(c.alternatives[0] as string))
          .flatMap((c) => c.alternatives.slice(1))
      : [],
  );
  return {
    // Terms arrive processed already; processing them twice would re-stem stems.
    processTerm: (t: string) => t,
    combineWith: 'OR',
    // Query planning: a word the corpus has is searched as it is (and as a prefix), and only a word
    // it lacks fuzzily; on a large corpus within a bounded distance. Fuzzy matches of known words
    // only added noise: on PP-14, dropping them answered two more off-topic questions correctly,
    // lost none, and cut the p99. Loose searches (autocomplete, did-you-mean) stay fuzzy.
    fuzzy: once((t: string) =>
      (loose || !vocabulary.has(t)) &&
      !corrected.has(t) &&
      !english.has(t) &&
      t.length >= (loose ? LOOSE_FUZZY_MIN_LENGTH : fuzzyMinLength) &&
      t.length <= MAX_CORRECTED_LENGTH &&
      !reachesCommon(t, loose)
        ? loose
          ? Math.max(fuzzy, 0.34)
          : fuzzy
        : false,
    ),
    ...(large ? { maxFuzzy: maxEditDistance } : {}),
    prefix: once(
      (t: string) =>
        t.length >= (loose ? 2 : prefixMinLength) &&
        vocabulary.completions(t, maxPrefixTerms) <= maxPrefixTerms &&
        !(large && vocabulary.completionTerms(t).some((x) => x !== t && common(x))),
    ),
    weights: { fuzzy: 0.45, prefix: 0.6 },
    boostTerm: (t: string) => (synonyms.has(t) && !own.has(t) ? synonymWeight : 1),
  };
}

/** True for a corpus large enough to have common terms: query planning then bounds every search. */
export function isLarge(parts: Pick<IndexParts, 'commonInPassages' | 'commonInEntries'>): boolean {
  return !parts.commonInPassages.isEmpty() || !parts.commonInEntries.isEmpty();
}

/**
 * A function of a term that answers each term once: a question's sentences and entries are searched
 * with the same options, and each search plans each term (vocabulary walks for prefixes).
 */
function once<T>(f: (t: string) => T): (t: string) => T {
  const known = new Map<string, T>();
  return (t) => {
    if (known.has(t)) return known.get(t) as T;
    const v = f(t);
    known.set(t, v);
    return v;
  };
}
