import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { GenerationCache } from './generation-cache.ts';
import type { Match } from './match-keys.ts';
import {
  combiningArrays,
  configKeyOf,
  denseIds,
  interned,
  modelled,
  type Planned,
  postingsOf,
  type QuerySpec,
  type RawResults,
  samePlan,
  specOf,
  type TermHits,
  termHits,
} from './term-hits.ts';
import {
  addMatchedTermsOf,
  bitCount,
  MAX_MASK_TERMS,
  matchedTermsOf,
  queryTermsOfMasks,
  type TermMatches,
} from './term-matches.ts';
import { processTerm as defaultProcessTerm, tokenize as defaultTokenize } from './text.ts';

/**
 * Postings a {@link TermSearch} remembers at most, summed over its terms (about 100 bytes each): PP-14's
 * questions use a few thousand; at 100k passages a term's prefix and fuzzy matches hold up to a few
 * thousand each, so the bound keeps the busiest few hundred terms.
 */
export const DEFAULT_TERM_CACHE_POSTINGS = 200_000;

/** The parts of minisearch used here that its types keep private (the same version as index-docs.ts). */
interface Internals {
  executeQuerySpec(spec: QuerySpec, options: SearchOptions): RawResults;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

/**
 * minisearch's `search` for string queries combined with OR, remembering each query term's matches.
 * The index never changes for a corpus version, so a term searched with the same options (fuzzy
 * distance, prefix, boost, fields) matches the same documents with the same scores in every question:
 * its prefix and fuzzy expansions (tree walks) and the BM25 of its postings were most of `/ask`'s
 * search time. The terms' matches are combined, scored and sorted as `MiniSearch.search` does, in the
 * same order of floating-point operations and of documents, so the results are the same, ties included
 * (test/search/term-search.test.ts compares them). Lives with its index: a new corpus version builds a
 * new index and with it an empty cache.
 */
export class TermSearch<T> {
  private readonly index: MiniSearch<T>;
  private readonly own: Internals;
  private readonly fields: readonly string[];
  private readonly tokenize: (text: string) => string[];
  private readonly processTerm: (term: string) => string | string[] | null | undefined | false;
  /**
   * By query term, its matches under each plan and options searched (most terms have one): keyed by the
   * term alone, a string the tokenizer's cache hands out again (its hash kept), not a key built per
   * lookup (flattening and hashing it was most of a lookup's cost).
   */
  private readonly cache: GenerationCache<string, readonly Planned[]>;
  /**
   * By short id, 1 + the position of the document's result in the search under way; zero between
   * searches (a search clears what it set), so that combining terms makes no map of documents.
   */
  private slots: Int32Array = new Int32Array(0);
  /**
   * The arrays {@link matches} combines the terms' matches in, kept from one search to the next
   * (every place a search reads it has written first): documents' short ids, summed scores, query-term
   * bits.
   */
  private combining = combiningArrays(256);

  constructor(
    index: MiniSearch<T>,
    fields: readonly string[],
    options: {
      /** The index's own tokenizer and term processing (default: text.ts's, as index-docs.ts uses). */
      tokenize?: (text: string) => string[];
      processTerm?: (term: string) => string | string[] | null | undefined | false;
      maxPostings?: number;
    } = {},
  ) {
    this.index = index;
    this.own = index as unknown as Internals;
    this.fields = fields;
    this.tokenize = options.tokenize ?? defaultTokenize;
    this.processTerm = options.processTerm ?? defaultProcessTerm;
    this.cache = new GenerationCache<string, readonly Planned[]>(
      options.maxPostings ?? DEFAULT_TERM_CACHE_POSTINGS,
      postingsOf,
    );
  }

  /** What `index.search(query, options)` returns for a string query, its terms' matches remembered. */
  search(query: string, options: SearchOptions): SearchResult[] {
    // Options this class does not model are searched by minisearch itself.
    if (!modelled(options)) return this.index.search(query, options);
    const queryTerms = this.queryTermsOf(query, options);
    const config = this.configKey(options);
    // Each document's result, made when a term first matches it and added to by the next terms, as
    // minisearch's OR combines them: scores summed in the terms' order, query terms kept unique, and
    // the last term's fields for a derived term.
    const found: SearchResult[] = [];
    const docIds: number[] = [];
    let slots = this.slots;
    try {
      for (const [i, term] of queryTerms.entries()) {
        const spec = specOf(term, i, queryTerms, options);
        const remembered = this.hitsOf(config, spec, options);
        const { docs, scores, matches } = remembered;
        for (let k = 0; k < docs.length; k++) {
          const docId = docs[k] as number;
          const match = matches[k] as Record<string, string[]>;
          if (docId >= slots.length) slots = this.grow(docId);
          const slot = slots[docId] as number;
          // A document one term matches (most of them) shares that term's remembered, frozen matches.
          if (slot === 0) {
            found.push({
              id: docId,
              score: scores[k] as number,
              terms: NO_TERMS,
              queryTerms: [remembered.term],
              match,
            });
            docIds.push(docId);
            slots[docId] = found.length;
          } else {
            const result = found[slot - 1] as SearchResult;
            result.score = result.score + (scores[k] as number);
            result.match = Object.assign(
              Object.isFrozen(result.match) ? { ...result.match } : result.match,
              match,
            );
            if (!result.queryTerms.includes(remembered.term)) result.queryTerms.push(remembered.term);
          }
        }
      }
    } finally {
      for (const docId of docIds) slots[docId] = 0;
    }
    return this.results(found, docIds, options);
  }

  /**
   * The same search's matches as flat arrays ({@link TermMatches}), for a caller that reads a few of
   * its results only: no result object is made, nor sorted. Undefined where {@link search} must be
   * used instead: options it does not model or a filter, more than {@link MAX_MASK_TERMS} distinct
   * query terms, or a term planned differently at two places of the query (its matches could then
   * list its query terms in another order).
   */
  matches(query: string, options: SearchOptions): TermMatches | undefined {
    if (!modelled(options) || options.filter != null) return undefined;
    const queryTerms = this.queryTermsOf(query, options);
    const config = this.configKey(options);
    const terms: string[] = [];
    const plans: QuerySpec[] = [];
    const lists: TermHits[] = [];
    const bits: number[] = [];
    let pairs = 0;
    for (const [i, term] of queryTerms.entries()) {
      const spec = specOf(term, i, queryTerms, options);
      let bit = terms.indexOf(spec.term);
      if (bit < 0) {
        if (terms.length === MAX_MASK_TERMS) return undefined;
        bit = terms.push(spec.term) - 1;
        plans.push(spec);
      } else if (!samePlan(plans[bit] as QuerySpec, spec)) return undefined;
      const hits = this.hitsOf(config, spec, options);
      lists.push(hits);
      bits.push(1 << bit);
      pairs += hits.docs.length;
    }
    // As search() combines them, into arrays by the order documents are first found: each document's
    // first match, and the later ones of the few that several terms match, for their matched terms if
    // they are asked for.
    if (this.combining.shortIds.length < pairs) this.combining = combiningArrays(pairs);
    const { shortIds, sums } = this.combining;
    const combined = this.combining.masks;
    const first: Match[] = [];
    const later = new Map<number, Match[]>();
    let n = 0;
    let slots = this.slots;
    try {
      for (let t = 0; t < lists.length; t++) {
        const { docs, scores, matches } = lists[t] as TermHits;
        const bit = bits[t] as number;
        for (let k = 0; k < docs.length; k++) {
          const docId = docs[k] as number;
          if (docId >= slots.length) slots = this.grow(docId);
          const j = (slots[docId] as number) - 1;
          if (j < 0) {
            shortIds[n] = docId;
            sums[n] = scores[k] as number;
            combined[n] = bit;
            first.push(matches[k] as Match);
            slots[docId] = ++n;
          } else {
            sums[j] = (sums[j] as number) + (scores[k] as number);
            combined[j] = (combined[j] as number) | bit;
            const more = later.get(j);
            if (more) more.push(matches[k] as Match);
            else later.set(j, [matches[k] as Match]);
          }
        }
      }
    } finally {
      for (let j = 0; j < n; j++) slots[shortIds[j] as number] = 0;
    }
    const masks = combined.slice(0, n);
    const ids: unknown[] = new Array(n);
    const scores = new Float64Array(n);
    const byShort = this.documentIds();
    const documentIds = this.own._documentIds;
    for (let j = 0; j < n; j++) {
      const short = shortIds[j] as number;
      ids[j] = byShort ? byShort[short] : documentIds.get(short);
      // minisearch's result score: the summed scores times the number of query terms matched.
      scores[j] = (sums[j] as number) * (bitCount(masks[j] as number) || 1);
    }
    return {
      size: n,
      terms,
      ids,
      scores,
      order: scores,
      masks,
      queryTerms: queryTermsOfMasks(terms, masks),
      matchedTerms: matchedTermsOf(first, later),
      addMatchedTerms: addMatchedTermsOf(first, later),
    };
  }

  /** Documents' ids by short id as an array ({@link denseIds}), made again if their number changed. */
  private documentIds(): readonly unknown[] | undefined {
    const known = this.own._documentIds;
    if (this.idsSize !== known.size) {
      this.idsByShort = denseIds(known);
      this.idsSize = known.size;
    }
    return this.idsByShort;
  }

  private idsByShort: readonly unknown[] | undefined;
  private idsSize = -1;

  /** The query's terms, as minisearch reads a string query. */
  private queryTermsOf(query: string, options: SearchOptions): string[] {
    const processTerm = options.processTerm ?? this.processTerm;
    return this.tokenize(query)
      .flatMap((t) => processTerm(t) || [])
      .filter((t): t is string => !!t);
  }

  /** A planned term's matches under options (their {@link configKey}), remembered. */
  private hitsOf(config: string, spec: QuerySpec, options: SearchOptions): TermHits {
    const planned = this.cache.get(spec.term);
    if (planned !== undefined)
      for (const p of planned) if (p.config === config && samePlan(p.spec, spec)) return p.hits;
    const hits = termHits(spec.term, this.own.executeQuerySpec(spec, options));
    this.cache.set(spec.term, [...(planned ?? []), { config, spec, hits }]);
    return hits;
  }

  /** The slots table, large enough for a short id (an index built or restored has them all from 0). */
  private grow(docId: number): Int32Array {
    const grown = new Int32Array(Math.max(docId + 1, this.own._documentIds.size, 2 * this.slots.length));
    grown.set(this.slots);
    this.slots = grown;
    return grown;
  }

  /**
   * The options that change a term's matches besides the term's own plan, as one string, the same
   * string object for the same options while it is remembered: {@link hitsOf} compares it with each
   * remembered plan's, and a string built anew for each search was compared character by character.
   */
  private configKey(options: SearchOptions): string {
    return interned(this.configs, configKeyOf(options, this.fields));
  }

  private readonly configs = new Map<string, string>();

  /**
   * `MiniSearch.search`'s last step: each document's id, its score times its matched query terms, the
   * terms it matched; filtered, sorted.
   */
  private results(found: SearchResult[], docIds: readonly number[], options: SearchOptions): SearchResult[] {
    const out: SearchResult[] = [];
    const stored = this.own._storedFields;
    for (let k = 0; k < found.length; k++) {
      const result = found[k] as SearchResult;
      const docId = docIds[k] as number;
      result.id = this.own._documentIds.get(docId);
      result.score = result.score * (result.queryTerms.length || 1);
      result.terms = Object.keys(result.match);
      if (stored.size > 0) Object.assign(result, stored.get(docId));
      if (options.filter == null || options.filter(result)) out.push(result);
    }
    out.sort(byScore);
    return out;
  }
}

/** A result's `terms` until its matches are all known. */
const NO_TERMS: string[] = [];

const byScore = (a: SearchResult, b: SearchResult) => b.score - a.score;
