import type { SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { entryOf, type IndexParts } from './index-parts.ts';
import { coverage, planQuery, withDeferred } from './query-plan.ts';
import { searchOptions } from './search-options.ts';
import type { PassageHit, WeightedQuery } from './search-types.ts';

/**
 * Ranked passages for a weighed question. Each hit says what share of the question it covers, so the
 * caller can refuse to answer from a passage that only shares a word or two with it. Hits (coverage,
 * deferred terms) are built for the best `limit` only.
 */
export function searchPassages(parts: IndexParts, weighted: WeightedQuery, limit: number): PassageHit[] {
  if (weighted.concepts.length === 0) return [];
  const { commonInPassages, passagePosition } = parts;
  const plan = planQuery(weighted, commonInPassages);
  const searched = plan.searched.join(' ');
  const options = searchOptions(parts, weighted, false);
  const { text, entry, context } = parts.options.passageBoost;
  // Sentences matching the question, then the entries whose names match it: each passage scores its
  // sentence's match, its entry's names' (once per entry, not once per passage) and part of the
  // sentence before it's, as a document of three fields would.
  const sentences = parts.passages.search(searched, { ...options, boost: { text } });
  const entries = new Map<string, SearchResult>();
  for (const r of parts.entries.search(searched, { ...options, fields: ['entry'], boost: { entry } }))
    entries.set(r.id, r);
  // By passage position: a sentence's neighbours are the positions beside it.
  const all = parts.corpus.passages;
  const bySentence = new Map<number, SearchResult>();
  for (const r of sentences) bySentence.set(passagePosition.get(r.id) as number, r);
  const scored: { passage: Passage; score: number; own?: SearchResult; before?: SearchResult }[] = [];
  const seen = new Set<number>();
  const add = (at: number) => {
    if (seen.has(at)) return;
    seen.add(at);
    const passage = all[at] as Passage;
    const own = bySentence.get(at);
    const previous = follows(all, at) ? bySentence.get(at - 1) : undefined;
    const named = entries.get(passage.entryId);
    // minisearch multiplies a document's summed field scores by the number of query terms it
    // matched; the three parts are summed before that, as one search of three fields would.
    scored.push({
      passage,
      score:
        (unscaled(own) + unscaled(named) + (unscaled(previous) * context) / text) *
        Math.max(distinctTerms(own, named, previous), 1),
      ...(own ? { own } : {}),
      ...(previous ? { before: previous } : {}),
    });
  };
  for (const at of bySentence.keys()) {
    add(at);
    // The sentence after a match has it as its context.
    if (follows(all, at + 1)) add(at + 1);
  }
  scored.sort((a, b) => b.score - a.score);
  return scored
    .slice(0, Math.min(limit, parts.options.maxCandidates))
    .map(({ passage, score, own, before }) => {
      const named = entries.get(passage.entryId);
      const matched = new Set([
        ...(own?.queryTerms ?? []),
        ...(named?.queryTerms ?? []),
        ...(before?.queryTerms ?? []),
      ]);
      const queryTerms = withDeferred(
        [...matched],
        plan.deferred,
        commonInPassages,
        passagePosition.get(passage.id),
      );
      return {
        passage,
        entry: entryOf(parts, passage.entryId),
        score,
        coverage: coverage(weighted, queryTerms, parts.options.synonymWeight),
        matchedTerms: [
          ...new Set([...(own?.terms ?? []), ...(named?.terms ?? []), ...(before?.terms ?? [])]),
        ],
        queryTerms,
        textMatched: own !== undefined,
      };
    });
}

/** True when the passage at a position has the one before it as its context (same paragraph). */
function follows(passages: readonly Passage[], at: number): boolean {
  const p = passages[at];
  const q = passages[at - 1];
  return (
    p !== undefined && q !== undefined && p.context !== '' && q.entryId === p.entryId && q.text === p.context
  );
}

/** A hit's score before minisearch multiplied it by the number of query terms matched. */
function unscaled(r: SearchResult | undefined): number {
  return r ? r.score / Math.max(r.queryTerms.length, 1) : 0;
}

/** How many distinct query terms some hits matched together. */
function distinctTerms(...hits: (SearchResult | undefined)[]): number {
  const present = hits.filter((h): h is SearchResult => h !== undefined);
  if (present.length === 1) return (present[0] as SearchResult).queryTerms.length;
  return new Set(present.flatMap((h) => h.queryTerms)).size;
}
