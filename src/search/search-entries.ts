import type { SearchResult } from 'minisearch';
import type { EntryKind } from '../corpus/types.ts';
import { ENTRY_NAME_FIELDS } from './index-docs.ts';
import { entryOf, type IndexParts, passageOf } from './index-parts.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import { searchOptions } from './search-options.ts';
import type { EntryHit, WeightedQuery } from './search-types.ts';

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
 * words any of them matched.
 */
export function searchEntries(
  parts: IndexParts,
  weighted: WeightedQuery,
  filter: EntryFilter = {},
): EntryHit[] {
  if (weighted.concepts.length === 0) return [];
  const { options: o, commonInEntries, commonInPassages } = parts;
  const kinds = filter.kinds;
  const options = searchOptions(parts, weighted, filter.loose === true);
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
  const { ids, title, aliases, summary, body } = o.entryBoost;
  const names = planQuery(weighted, commonInEntries);
  for (const r of parts.searchEntryIndex.search(names.searched.join(' '), {
    ...options,
    fields: ENTRY_NAME_FIELDS,
    boost: { ids, title, aliases, headings: body },
    ...(kinds ? { filter: (r: SearchResult) => kinds.includes(entryOf(parts, r.id).kind) } : {}),
  })) {
    const position = parts.entryPosition.get(r.id);
    add(r.id, withDeferred(r.queryTerms, names.deferred, commonInEntries, position), r.terms).names = r.score;
  }
  const plan = planQuery(weighted, commonInPassages);
  // A query of common words only ("resolution", "countries") names what entries are called, and
  // searching sentences for its rarest word would score tens of thousands of them on a large corpus:
  // its entries are found by their names.
  const allCommon = plan.searched.every((t) => commonInPassages.isCommon(t));
  const sentences = allCommon
    ? []
    : parts.searchPassageIndex
        .search(plan.searched.join(' '), {
          ...options,
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
