import type { SearchResult } from 'minisearch';
import type { EntryKind } from '../corpus/types.ts';
import { ENTRY_NAME_FIELDS } from './index-docs.ts';
import { entryOf, type IndexParts, passageOf } from './index-parts.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import { searchOptions } from './search-options.ts';
import type { EntryHit, WeightedQuery } from './search-types.ts';
import { topEntries } from './top-entries.ts';

/**
 * How much an entry's sentences other than its best one add to its score in `searchEntries`: an entry
 * that says a thing many times is more about it than one that says it once, but not that many times more.
 */
const ENTRY_SENTENCE_SHARE = 0.5;

/** Which entries {@link searchEntries} may return, and how freely it matches. */
export interface EntryFilter {
  kinds?: readonly EntryKind[];
  /** Autocomplete and did-you-mean: fuzzier matching. */
  loose?: boolean;
}

/**
 * Ranked entries for a weighed query. An entry is found by its names (ids, title, aliases, headings:
 * the small entry index) and by its sentences, whose hits come from the passage index: each sentence is
 * indexed once, for `/ask` and `/search` alike. An entry scores its names' match plus its best
 * sentence's, and part of its other sentences' (see {@link ENTRY_SENTENCE_SHARE}); it covers the query
 * words any of them matched. Ranked from the searches' flat matches (`top-entries.ts`), without a
 * result object per sentence; in the same order, with the same hits, as {@link scoreAllEntries}.
 */
export function searchEntries(
  parts: IndexParts,
  weighted: WeightedQuery,
  filter: EntryFilter = {},
): EntryHit[] {
  if (weighted.concepts.length === 0) return [];
  const query = prepare(parts, weighted, filter);
  const names = parts.searchEntryIndex.matches(query.names.searched.join(' '), query.nameOptions);
  const sentences = query.allCommon
    ? undefined
    : parts.searchPassageIndex.matches(query.plan.searched.join(' '), query.sentenceOptions);
  // The arrays hold at most 31 query terms: a longer query takes the result objects' way.
  if (names === undefined || (sentences === undefined && !query.allCommon))
    return scoreAll(parts, weighted, query, filter);
  return topEntries(parts, weighted, {
    names,
    namesDeferred: query.names.deferred,
    sentences,
    sentencesDeferred: query.plan.deferred,
    kinds: filter.kinds,
    share: ENTRY_SENTENCE_SHARE,
  });
}

/**
 * {@link searchEntries} the way it was first written: a result object for every sentence the query
 * matches, sorted, and sets of terms for every entry found. Used where the flat matches cannot hold a
 * search (over 31 query terms), and by the tests as the reference the other way must equal.
 */
export function scoreAllEntries(
  parts: IndexParts,
  weighted: WeightedQuery,
  filter: EntryFilter = {},
): EntryHit[] {
  if (weighted.concepts.length === 0) return [];
  return scoreAll(parts, weighted, prepare(parts, weighted, filter), filter);
}

/** What both ways of ranking entries start from: the two searches' plans and options. */
function prepare(parts: IndexParts, weighted: WeightedQuery, filter: EntryFilter) {
  const { options: o, commonInEntries, commonInPassages } = parts;
  const options = searchOptions(parts, weighted, filter.loose === true);
  const { ids, title, aliases, body } = o.entryBoost;
  const plan = planQuery(weighted, commonInPassages);
  return {
    names: planQuery(weighted, commonInEntries),
    // Object.assign, not { ...options, fields, boost }: in Node 20 a literal that goes on after a spread
    // makes a new shape for every object it makes (about 1 µs, against 0.1).
    nameOptions: Object.assign({}, options, {
      fields: ENTRY_NAME_FIELDS,
      boost: { ids, title, aliases, headings: body },
    }),
    plan,
    sentenceOptions: options,
    // A query of common words only ("resolution", "countries") names what entries are called, and
    // searching sentences for its rarest word would score tens of thousands of them on a large corpus:
    // its entries are found by their names.
    allCommon: plan.searched.every((t) => commonInPassages.isCommon(t)),
  };
}

/** Every sentence match made a result and sorted, every entry found given its sets of terms. */
function scoreAll(
  parts: IndexParts,
  weighted: WeightedQuery,
  query: ReturnType<typeof prepare>,
  filter: EntryFilter,
): EntryHit[] {
  const { options: o, commonInEntries, commonInPassages } = parts;
  const kinds = filter.kinds;
  const found = new Map<
    string,
    { names: number; best: number; rest: number; query: Set<string>; terms: Set<string> }
  >();
  const add = (entryId: string, queryTerms: readonly string[], terms: readonly string[]) => {
    let f = found.get(entryId);
    if (!f) {
      f = { names: 0, best: 0, rest: 0, query: new Set(), terms: new Set() };
      found.set(entryId, f);
    }
    for (const t of queryTerms) f.query.add(t);
    for (const t of terms) f.terms.add(t);
    return f;
  };
  const { summary, body } = o.entryBoost;
  const { names, plan } = query;
  for (const r of parts.searchEntryIndex.search(names.searched.join(' '), {
    ...query.nameOptions,
    ...(kinds ? { filter: (r: SearchResult) => kinds.includes(entryOf(parts, r.id).kind) } : {}),
  })) {
    const position = parts.entryPosition.get(r.id);
    add(r.id, withDeferred(r.queryTerms, names.deferred, commonInEntries, position), r.terms).names = r.score;
  }
  const sentences = query.allCommon
    ? []
    : parts.searchPassageIndex
        .search(plan.searched.join(' '), {
          ...query.sentenceOptions,
          ...(kinds
            ? {
                filter: (r: SearchResult) =>
                  kinds.includes(entryOf(parts, passageOf(parts, r.id).entryId).kind),
              }
            : {}),
        })
        .slice(0, o.maxCandidates);
  for (const r of sentences) {
    // The passage index's ids are passage positions.
    const passage = passageOf(parts, r.id);
    const position: number = r.id;
    const f = add(
      passage.entryId,
      withDeferred(r.queryTerms, plan.deferred, commonInPassages, position),
      r.terms,
    );
    const score = r.score * (passage.isSummary ? summary : body);
    if (score > f.best) {
      f.rest += f.best;
      f.best = score;
    } else f.rest += score;
  }
  // Ranked first, and only the best made into hits (coverage, terms): a question of a few common words
  // finds thousands of entries on a large corpus.
  return [...found]
    .map(([id, f]) => ({ id, f, score: f.names + f.best + ENTRY_SENTENCE_SHARE * f.rest }))
    .sort((a, b) => b.score - a.score)
    .slice(0, o.maxCandidates)
    .map(({ id, f, score }) => ({
      entry: entryOf(parts, id),
      score,
      coverage: coverage(weighted, [...f.query], o.synonymWeight),
      matchedTerms: [...f.terms],
    }));
}
