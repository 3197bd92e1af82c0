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
  private readonly cache: LRUCache<string, RawResults>;

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
    this.cache = new LRUCache<string, RawResults>({
      maxSize: options.maxPostings ?? DEFAULT_TERM_CACHE_POSTINGS,
      sizeCalculation: (r) => r.size + 1,
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
    let combined: RawResults | undefined;
    for (const [i, term] of queryTerms.entries()) {
      const spec = specOf(term, i, queryTerms, options);
      const key = `${config}\u0000${spec.term}\u0000${spec.fuzzy}\u0000${spec.prefix}\u0000${spec.termBoost}`;
      let raw = this.cache.get(key);
      if (raw === undefined) {
        raw = this.own.executeQuerySpec(spec, options);
        this.cache.set(key, raw);
      }
      combined = combined ? orInto(combined, raw) : copyOf(raw);
    }
    return this.results(combined ?? new Map(), options);
  }

  /** The options that change a term's matches besides the term's own plan. */
  private configKey(options: SearchOptions): string {
    const fields = options.fields ?? this.fields;
    const boost = options.boost ?? {};
    const w = options.weights;
    return `${fields.map((f) => `${f}^${Object.hasOwn(boost, f) ? boost[f] || 1 : 1}`).join(',')}|${w?.fuzzy}|${w?.prefix}|${options.maxFuzzy}`;
  }

  /** `MiniSearch.search`'s last step: each document's hit, its score times its matched terms, sorted. */
  private results(raw: RawResults, options: SearchOptions): SearchResult[] {
    const out: SearchResult[] = [];
    for (const [docId, { score, terms, match }] of raw) {
      const quality = terms.length || 1;
      const result = {
        id: this.own._documentIds.get(docId),
        score: score * quality,
        terms: Object.keys(match),
        queryTerms: terms,
        match,
      } as SearchResult;
      Object.assign(result, this.own._storedFields.get(docId));
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

/** A fresh copy of a remembered term's matches: combining changes the hits it starts from. */
function copyOf(raw: RawResults): RawResults {
  const out: RawResults = new Map();
  for (const [docId, hit] of raw) out.set(docId, copyHit(hit));
  return out;
}

function copyHit({ score, terms, match }: RawHit): RawHit {
  const copied: Record<string, string[]> = {};
  for (const derived of Object.keys(match)) copied[derived] = (match[derived] as string[]).slice();
  return { score, terms: terms.slice(), match: copied };
}

/** minisearch's OR: `b`'s hits added into `a`, scores summed in the same order, terms kept unique. */
function orInto(a: RawResults, b: RawResults): RawResults {
  for (const [docId, hit] of b) {
    const existing = a.get(docId);
    if (existing === undefined) a.set(docId, copyHit(hit));
    else {
      existing.score = existing.score + hit.score;
      for (const derived of Object.keys(hit.match))
        existing.match[derived] = (hit.match[derived] as string[]).slice();
      for (const t of hit.terms) if (!existing.terms.includes(t)) existing.terms.push(t);
    }
  }
  return a;
}

const byScore = (a: SearchResult, b: SearchResult) => b.score - a.score;
