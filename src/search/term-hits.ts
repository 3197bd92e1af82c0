import type { SearchOptions } from 'minisearch';

// What `TermSearch` (term-search.ts) remembers of a query term and how it plans one, as minisearch
// does: the term's matches as flat arrays, its plan (fuzzy, prefix, boost) and the key it is kept under.

/** A document's match of one query term, as minisearch's query execution returns it. */
export interface RawHit {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

/** A query term's matches by document (short id), as minisearch's query execution returns them. */
export type RawResults = Map<number, RawHit>;

/**
 * A term's matches as remembered, in minisearch's order: documents (short ids), scores, and matched
 * terms with their fields (a few distinct objects shared by the documents, frozen: results share
 * them). Every hit of one query term has that term alone as its query terms. About 20 bytes a
 * document, where the hits minisearch returns take several times that.
 */
export interface TermHits {
  docs: Int32Array;
  scores: Float64Array;
  matches: Readonly<Record<string, readonly string[]>>[];
  term: string;
}

/** The query term as minisearch plans it (`termToQuerySpec`). */
export interface QuerySpec {
  term: string;
  fuzzy: boolean | number;
  prefix: boolean;
  termBoost: number;
}

/** True for the options this class searches itself; minisearch searches the others. */
export function modelled(options: SearchOptions): boolean {
  if (options.combineWith !== undefined && options.combineWith.toLowerCase() !== 'or') return false;
  return options.boostDocument === undefined && options.bm25 === undefined && options.tokenize === undefined;
}

/**
 * True when two plans of a term search alike: the same term, fuzzy distance, prefix and boost (as their
 * text would compare, as the cache's keys once did: NaN is NaN).
 */
export function samePlan(a: QuerySpec, b: QuerySpec): boolean {
  return (
    a.term === b.term && same(a.fuzzy, b.fuzzy) && a.prefix === b.prefix && same(a.termBoost, b.termBoost)
  );
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** The plan of one query term, as minisearch's `termToQuerySpec` makes it. */
export function specOf(term: string, i: number, terms: string[], options: SearchOptions): QuerySpec {
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
export function termHits(term: string, raw: RawResults): TermHits {
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

/** A term's matches under one plan and the options that change them (TermSearch's `configKey`). */
export interface Planned {
  config: string;
  spec: QuerySpec;
  hits: TermHits;
}

/** What a term's remembered matches weigh against the cache's bound: their postings. */
export function postingsOf(planned: readonly Planned[]): number {
  let n = 0;
  for (const p of planned) n += p.hits.docs.length + 1;
  return n;
}

/** Arrays for combining `size` matches in TermSearch's `matches`. */
export function combiningArrays(size: number) {
  return { shortIds: new Int32Array(size), sums: new Float64Array(size), masks: new Int32Array(size) };
}

/**
 * Documents' ids by short id, as an array: minisearch keeps them in a Map, which TermSearch looked up
 * for every document a search matched. Undefined where the short ids are not 0 to n - 1 (an index built
 * or restored has them so).
 */
export function denseIds(documentIds: ReadonlyMap<number, unknown>): unknown[] | undefined {
  const ids: unknown[] = [];
  for (const [short, id] of documentIds) ids[short] = id;
  return ids.length === documentIds.size ? ids : undefined;
}

/** The options that change a term's matches besides the term's own plan (TermSearch's `configKey`). */
export function configKeyOf(options: SearchOptions, defaultFields: readonly string[]): string {
  const fields = options.fields ?? defaultFields;
  const boost = options.boost ?? {};
  const w = options.weights;
  return `${fields.map((f) => `${f}^${Object.hasOwn(boost, f) ? boost[f] || 1 : 1}`).join(',')}|${w?.fuzzy}|${w?.prefix}|${options.maxFuzzy}`;
}

/** Distinct keys {@link interned} hands out as one object at most (a handful of search options are used). */
const MAX_INTERNED = 1000;

/** The one string object `known` keeps for a key's text (a Map cleared when full), the key itself if new. */
export function interned(known: Map<string, string>, key: string): string {
  const found = known.get(key);
  if (found !== undefined) return found;
  if (known.size >= MAX_INTERNED) known.clear();
  known.set(key, key);
  return key;
}
