import { LRUCache } from 'lru-cache';
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { processTerm as defaultProcessTerm, tokenize as defaultTokenize } from './text.ts';

/**
 * Postings a {@link TermSearch} remembers at most, summed over its terms (about 100 bytes each): PP-14's
 * questions use a few thousand; at 100k passages a term's prefix and fuzzy matches hold up to a few
 * thousand each, so the bound keeps the busiest few hundred terms.
 */
export const DEFAULT_TERM_CACHE_POSTINGS = 200_000;

/** A document's match of one query term, as minisearch's query execution returns it. */
interface RawHit {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

type RawResults = Map<number, RawHit>;

/**
 * A term's matches as remembered, in minisearch's order: documents (short ids), scores, and matched
 * terms with their fields (a few distinct objects shared by the documents, frozen: results share
 * them). Every hit of one query term has that term alone as its query terms. About 20 bytes a
 * document, where the hits minisearch returns take several times that.
 */
interface TermHits {
  docs: Int32Array;
  scores: Float64Array;
  matches: Readonly<Record<string, readonly string[]>>[];
  term: string;
}

/** The query term as minisearch plans it (`termToQuerySpec`). */
interface QuerySpec {
  term: string;
  fuzzy: boolean | number;
  prefix: boolean;
  termBoost: number;
}

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
  private readonly cache: LRUCache<string, TermHits>;
  /**
   * By short id, 1 + the position of the document's result in the search under way; zero between
   * searches (a search clears what it set), so that combining terms makes no map of documents.
   */
  private slots: Int32Array = new Int32Array(0);

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
    this.cache = new LRUCache<string, TermHits>({
      maxSize: options.maxPostings ?? DEFAULT_TERM_CACHE_POSTINGS,
      sizeCalculation: (r) => r.docs.length + 1,
    });
  }

  /** What `index.search(query, options)` returns for a string query, its terms' matches remembered. */
  search(query: string, options: SearchOptions): SearchResult[] {
    // Options this class does not model are searched by minisearch itself.
    if (options.combineWith !== undefined && options.combineWith.toLowerCase() !== 'or')
      return this.index.search(query, options);
    if (options.boostDocument !== undefined || options.bm25 !== undefined || options.tokenize !== undefined)
      return this.index.search(query, options);
    const processTerm = options.processTerm ?? this.processTerm;
    const queryTerms = this.tokenize(query)
      .flatMap((t) => processTerm(t) || [])
      .filter((t): t is string => !!t);
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
        const key = `${config}\u0000${spec.term}\u0000${spec.fuzzy}\u0000${spec.prefix}\u0000${spec.termBoost}`;
        let remembered = this.cache.get(key);
        if (remembered === undefined) {
          remembered = termHits(spec.term, this.own.executeQuerySpec(spec, options));
          this.cache.set(key, remembered);
        }
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

  /** The slots table, large enough for a short id (an index built or restored has them all from 0). */
  private grow(docId: number): Int32Array {
    const grown = new Int32Array(Math.max(docId + 1, this.own._documentIds.size, 2 * this.slots.length));
    grown.set(this.slots);
    this.slots = grown;
    return grown;
  }

  /** The options that change a term's matches besides the term's own plan. */
  private configKey(options: SearchOptions): string {
    const fields = options.fields ?? this.fields;
    const boost = options.boost ?? {};
    const w = options.weights;
    return `${fields.map((f) => `${f}^${Object.hasOwn(boost, f) ? boost[f] || 1 : 1}`).join(',')}|${w?.fuzzy}|${w?.prefix}|${options.maxFuzzy}`;
  }

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

/** The plan of one query term, as minisearch's `termToQuerySpec` makes it. */
function specOf(term: string, i: number, terms: string[], options: SearchOptions): QuerySpec {
  const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
  const prefix =
    typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
  const termBoost = typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1;
  return { term, fuzzy, prefix, termBoost };
}

/**
 * A term's matches as remembered, in minisearch's order: results share their matches, so these must not
 * change (a caller that tried would fail loudly rather than change the next question's results).
 */
function termHits(term: string, raw: RawResults): TermHits {
  const docs = new Int32Array(raw.size);
  const scores = new Float64Array(raw.size);
  const matches: Record<string, string[]>[] = [];
  // The same matched terms in the same fields, one object (most documents of a term share a few).
  const shared = new Map<string, Record<string, string[]>>();
  for (const [docId, hit] of raw) {
    // minisearch gives each hit of a query term that term alone as its query terms.
    if (hit.terms.length !== 1 || hit.terms[0] !== term)
      throw new Error(`minisearch hit with query terms ${hit.terms.join(' ')} for "${term}"`);
    const key = JSON.stringify(hit.match);
    let match = shared.get(key);
    if (match === undefined) {
      match = hit.match;
      for (const fields of Object.values(match)) Object.freeze(fields);
      Object.freeze(match);
      shared.set(key, match);
    }
    docs[matches.length] = docId;
    scores[matches.length] = hit.score;
    matches.push(match);
  }
  return { docs, scores, matches, term };
}

/** A result's `terms` until its matches are all known. */
const NO_TERMS: string[] = [];

const byScore = (a: SearchResult, b: SearchResult) => b.score - a.score;
