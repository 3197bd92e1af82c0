import type { SearchResult } from 'minisearch';
import { addMergedKeys, keysOf, type Match, mergedKeys } from './match-keys.ts';

/**
 * The documents an OR search of a few terms matched, as flat arrays in the order minisearch finds them
 * (before its sort), with what a result object would say of each computed only when asked. The passage
 * search scores a few hundred sentences per question and keeps the best hundred passages: building a
 * `SearchResult` (its matched terms, its sorted place) for every sentence was most of its time.
 */
export interface TermMatches {
  /** Documents matched. */
  readonly size: number;
  /** The query's distinct terms, in the order they come in the query: bit `i` of a mask is `terms[i]`. */
  readonly terms: readonly string[];
  /** Each document's id in the index (a passage's position, an entry's id). */
  readonly ids: readonly unknown[];
  /** Each document's score, as minisearch's result gives it (its terms' summed, times their number). */
  readonly scores: Float64Array;
  /**
   * What a document's place in the results is sorted by: descending, then the document found first.
   * The scores for a search's results (sorted as minisearch sorts them); all zero for results kept in
   * the order they were given.
   */
  readonly order: Float64Array;
  /** The query terms each document matched, as bits of {@link terms} (at most 31 terms). */
  readonly masks: Int32Array;
  /** A document's `queryTerms` as its `SearchResult` would list them (shared: not to be changed). */
  queryTerms(j: number): readonly string[];
  /** A document's `terms` (the index terms it matched) as its `SearchResult` would (shared too). */
  matchedTerms(j: number): readonly string[];
  /**
   * Adds a document's {@link matchedTerms} to a set, in their order, without listing them: an entry's
   * terms gather those of all its sentences.
   */
  addMatchedTerms(j: number, into: Set<string>): void;
}

/** Most distinct query terms a mask holds. */
export const MAX_MASK_TERMS = 31;

/**
 * Results already made (the impact lists' hits) as {@link TermMatches}, in the order given: `sorted`
 * says whether that order is minisearch's sort of them (ties broken by position either way). Undefined
 * when the results name more than {@link MAX_MASK_TERMS} query terms.
 */
export function matchesOfResults(results: readonly SearchResult[], sorted: boolean): TermMatches | undefined {
  const terms: string[] = [];
  const n = results.length;
  const ids: unknown[] = new Array(n);
  const scores = new Float64Array(n);
  const order = new Float64Array(n);
  const masks = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const r = results[j] as SearchResult;
    ids[j] = r.id;
    scores[j] = r.score;
    if (sorted) order[j] = r.score;
    let mask = 0;
    for (const t of r.queryTerms) {
      let bit = terms.indexOf(t);
      if (bit < 0) {
        if (terms.length === MAX_MASK_TERMS) return undefined;
        bit = terms.push(t) - 1;
      }
      mask |= 1 << bit;
    }
    masks[j] = mask;
  }
  return {
    size: n,
    terms,
    ids,
    scores,
    order,
    masks,
    queryTerms: (j) => (results[j] as SearchResult).queryTerms,
    matchedTerms: (j) => (results[j] as SearchResult).terms,
    addMatchedTerms: (j, into) => {
      for (const t of (results[j] as SearchResult).terms) into.add(t);
    },
  };
}

/** The terms of a mask, in bit order. */
export function termsOfMask(terms: readonly string[], mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) if ((mask & (1 << i)) !== 0) out.push(terms[i] as string);
  return out;
}

/** How many bits a mask sets. */
export function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/*
 * TermMatches' functions, made by these rather than written in its object literal: tsx (esbuild's
 * keepNames) names each function written as a property with Object.defineProperty when it is made, three
 * per search. What these return is unnamed.
 */

/** Each document's query terms from its mask; a few distinct sets of them, each listed once. */
export function queryTermsOfMasks(terms: readonly string[], masks: Int32Array): TermMatches['queryTerms'] {
  const byMask = new Map<number, string[]>();
  return (j) => {
    const mask = masks[j] as number;
    let listed = byMask.get(mask);
    if (listed === undefined) {
      listed = termsOfMask(terms, mask);
      byMask.set(mask, listed);
    }
    return listed;
  };
}

/** Each document's matched terms: its first match's, and those of the later ones of the few with more. */
export function matchedTermsOf(
  first: readonly Match[],
  later: ReadonlyMap<number, Match[]>,
): TermMatches['matchedTerms'] {
  return (j) => {
    const own = first[j] as Match;
    const more = later.get(j);
    return more === undefined ? keysOf(own) : mergedKeys(own, more);
  };
}

/** {@link matchedTermsOf}, added to a set. */
export function addMatchedTermsOf(
  first: readonly Match[],
  later: ReadonlyMap<number, Match[]>,
): TermMatches['addMatchedTerms'] {
  return (j, into) => addMergedKeys(first[j] as Match, later.get(j), into);
}
