import type { SearchOptions, SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { impactHits } from './impact-hits.ts';
import { entryOf, type IndexParts } from './index-parts.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import { searchOptions } from './search-options.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';
import { matchesOfResults } from './term-matches.ts';
import { topPassages } from './top-passages.ts';

/**
 * Ranked passages for a weighed question. Each hit says what share of the question it covers, so the
 * caller can refuse to answer from a passage that only shares a word or two with it. Hits (coverage,
 * deferred terms) are built for the best `limit` only, and only the best `limit` are sorted
 * (`top-passages.ts`); in the same order as {@link scoreAllPassages}, which sorts them all.
 */
export function searchPassages(parts: IndexParts, weighted: WeightedQuery, limit: number): PassageHit[] {
  if (weighted.concepts.length === 0) return [];
  const query = prepare(parts, weighted);
  const k = Math.min(limit, parts.options.maxCandidates);
  const found = topOf(parts, query, k);
  if (!found) return scoreAll(parts, weighted, query, k);
  const { top, sentences: m, entries: e } = found;
  const none: string[] = [];
  return top.map(({ at, passage, score, own, before, named }) =>
    hitOf(
      parts,
      weighted,
      query.plan,
      at,
      passage,
      score,
      own >= 0,
      [
        own >= 0 ? m.queryTerms(own) : none,
        named >= 0 ? e.queryTerms(named) : none,
        before >= 0 ? m.queryTerms(before) : none,
      ],
      [
        own >= 0 ? m.matchedTerms(own) : none,
        named >= 0 ? e.matchedTerms(named) : none,
        before >= 0 ? m.matchedTerms(before) : none,
      ],
    ),
  );
}

/**
 * {@link searchPassages} the way it was first written: every passage a sentence match reaches is
 * scored and made an object, and all are sorted. Used where the arrays of `top-passages.ts` cannot
 * hold a search (over 31 query terms), and by the tests as the reference the top-k path must equal.
 */
export function scoreAllPassages(parts: IndexParts, weighted: WeightedQuery, limit: number): PassageHit[] {
  if (weighted.concepts.length === 0) return [];
  return scoreAll(parts, weighted, prepare(parts, weighted), Math.min(limit, parts.options.maxCandidates));
}

/** What both ways of searching passages start from: the query's plan, and how it is searched. */
interface Prepared {
  plan: QueryPlan;
  /** The query terms searched, as one string. */
  searched: string;
  /** The options of the sentence search and of the entry names' search. */
  sentenceOptions: SearchOptions;
  entryOptions: SearchOptions;
  /** For a question of one common word, the best sentences of its impact list (made once). */
  impact: (() => { results: SearchResult[]; sorted: boolean }) | undefined;
}

/** A question's plan and searches, each made once whichever way its passages are then scored. */
function prepare(parts: IndexParts, weighted: WeightedQuery): Prepared {
  const plan = planQuery(weighted, parts.commonInPassages);
  const options = searchOptions(parts, weighted, false);
  const { text, entry } = parts.options.passageBoost;
  // Sentences matching the question, then the entries whose names match it: each passage scores its
  // sentence's match, its entry's names' (once per entry, not once per passage) and part of the
  // sentence before it's, as a document of three fields would.
  // A question of common words only searches the best sentences of its rarest word, kept at build time
  // (impact-ordered postings), rather than scoring that word's whole posting list.
  const common = plan.searched.length === 1 ? (plan.searched[0] as string) : undefined;
  const list = common === undefined ? undefined : parts.impacts.of(common);
  let hits: { results: SearchResult[]; sorted: boolean } | undefined;
  return {
    plan,
    searched: plan.searched.join(' '),
    // Object.assign, not { ...options, boost }: in Node 20 a literal that goes on after a spread makes a
    // new shape for every object it makes (about 1 µs each, against 0.1).
    sentenceOptions: Object.assign({}, options, { boost: { text } }),
    entryOptions: Object.assign({}, options, { fields: ['entry'], boost: { entry } }),
    impact: list && (() => (hits ??= impactHits(parts, common as string, list, options))),
  };
}

/**
 * The best `k` passages of `top-passages.ts`, with the flat sentence and entry matches they come from;
 * undefined when those cannot hold the search.
 */
function topOf(parts: IndexParts, query: Prepared, k: number) {
  const found = query.impact?.();
  const sentences = found
    ? matchesOfResults(found.results, found.sorted)
    : parts.searchPassageIndex.matches(query.searched, query.sentenceOptions);
  if (!sentences) return undefined;
  const entries = parts.searchEntryIndex.matches(query.searched, query.entryOptions);
  if (!entries) return undefined;
  const at = parts.scratch.entryMatchAt;
  const positions: number[] = [];
  try {
    for (let j = 0; j < entries.size; j++) {
      const position = parts.entryPosition.get(entries.ids[j] as string);
      if (position === undefined) continue;
      at[position] = j + 1;
      positions.push(position);
    }
    const top = topPassages(parts, sentences, { matches: entries, at }, k);
    return top && { top, sentences, entries };
  } finally {
    // The index's table, zero between searches.
    for (const position of positions) at[position] = 0;
  }
}

/** Every passage the sentence matches reach, scored, sorted, the best `k` made hits. */
function scoreAll(parts: IndexParts, weighted: WeightedQuery, query: Prepared, k: number): PassageHit[] {
  const { plan } = query;
  const sentences =
    query.impact?.().results ?? parts.searchPassageIndex.search(query.searched, query.sentenceOptions);
  const entries = new Map<string, SearchResult>();
  for (const r of parts.searchEntryIndex.search(query.searched, query.entryOptions)) entries.set(r.id, r);
  const { text, context } = parts.options.passageBoost;
  // By passage position: a sentence's neighbours are the positions beside it. The passage index's ids
  // are passage positions, each once in `sentences` (both searches return one hit per sentence).
  const all = parts.corpus.passages;
  const { followsBefore, scratch } = parts;
  const { sentenceAt, seen } = scratch;
  const scored: Scored[] = [];
  try {
    for (let k = 0; k < sentences.length; k++) sentenceAt[(sentences[k] as SearchResult).id] = k + 1;
    const sentenceOf = (at: number) => {
      const k = sentenceAt[at] as number;
      return k === 0 ? undefined : sentences[k - 1];
    };
    const scale = context / text;
    const add = (at: number) => {
      if (seen[at] === 1) return;
      seen[at] = 1;
      const passage = all[at] as Passage;
      const own = sentenceOf(at);
      const before = followsBefore[at] === 1 ? sentenceOf(at - 1) : undefined;
      const named = entries.get(passage.entryId);
      // minisearch multiplies a document's summed field scores by the number of query terms it
      // matched; the three parts are summed before that, as one search of three fields would.
      const score =
        (unscaled(own) + unscaled(named) + unscaled(before) * scale) *
        Math.max(distinctTerms(own, named, before), 1);
      scored.push({ at, passage, score, own, before });
    };
    for (const r of sentences) {
      const at = r.id as number;
      add(at);
      // The sentence after a match has it as its context.
      if (followsBefore[at + 1] === 1) add(at + 1);
    }
  } finally {
    // The scratch tables are the index's, zero between searches: every position this search marked is
    // a sentence's or the one after it.
    for (const r of sentences) {
      const at = r.id as number;
      sentenceAt[at] = 0;
      seen[at] = 0;
      seen[at + 1] = 0;
    }
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, k).map(({ at, passage, score, own, before }) => {
    const named = entries.get(passage.entryId);
    const none: string[] = [];
    return hitOf(
      parts,
      weighted,
      plan,
      at,
      passage,
      score,
      own !== undefined,
      [own?.queryTerms ?? none, named?.queryTerms ?? none, before?.queryTerms ?? none],
      [own?.terms ?? none, named?.terms ?? none, before?.terms ?? none],
    );
  });
}

/**
 * A passage's hit, from the query terms and index terms of its sentence's match, its entry's and the
 * sentence before's, in that order.
 */
function hitOf(
  parts: IndexParts,
  weighted: WeightedQuery,
  plan: QueryPlan,
  at: number,
  passage: Passage,
  score: number,
  textMatched: boolean,
  queryTermsOf: readonly (readonly string[])[],
  termsOf: readonly (readonly string[])[],
): PassageHit {
  const queryTerms = withDeferred(distinct(queryTermsOf), plan.deferred, parts.commonInPassages, at);
  return {
    passage,
    entry: entryOf(parts, passage.entryId),
    score,
    coverage: coverage(weighted, queryTerms, parts.options.synonymWeight),
    matchedTerms: distinct(termsOf),
    queryTerms,
    textMatched,
  };
}

/** The distinct strings of a few short lists, in the order first listed (as a Set of them all gives). */
function distinct(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const t of list) if (!out.includes(t)) out.push(t);
  return out;
}

/** A query's plan: the terms searched and the common ones deferred. */
type QueryPlan = ReturnType<typeof planQuery>;

/** A hit's score before minisearch multiplied it by the number of query terms matched. */
function unscaled(r: SearchResult | undefined): number {
  return r ? r.score / Math.max(r.queryTerms.length, 1) : 0;
}

/** How many distinct query terms some hits matched together (they match a few each). */
function distinctTerms(
  a: SearchResult | undefined,
  b: SearchResult | undefined,
  c: SearchResult | undefined,
): number {
  if (!b && !c) return a ? a.queryTerms.length : 0;
  if (!a && !c) return (b as SearchResult).queryTerms.length;
  if (!a && !b) return (c as SearchResult).queryTerms.length;
  const distinct: string[] = [];
  for (const hit of [a, b, c])
    if (hit) for (const t of hit.queryTerms) if (!distinct.includes(t)) distinct.push(t);
  return distinct.length;
}

/** A passage scored for a question, with the hits of its sentence and of the sentence before it. */
interface Scored {
  /** The passage's position. */
  at: number;
  passage: Passage;
  score: number;
  own: SearchResult | undefined;
  before: SearchResult | undefined;
}
