import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { benchQueries } from '../../bench/queries.ts';
import type { EntryKind } from '../../src/corpus/types.ts';
import { type IndexParts, indexParts } from '../../src/search/index-parts.ts';
import { type EntryFilter, scoreAllEntries, searchEntries } from '../../src/search/search-entries.ts';
import { DEFAULT_SEARCH_OPTIONS, type WeightedQuery } from '../../src/search/search-types.ts';
import { weighQuery } from '../../src/search/weigh-query.ts';
import { contextFor, manyTermsQuery, queryWord } from '../helpers.ts';
import { propertyRuns } from '../property-runs.ts';

// searchEntries ranks entries from the flat matches (top-entries.ts), scoreAllEntries from a result
// object per sentence, as searchEntries did before. /search, autocomplete, entry lookups and /ask's
// did-you-mean read the order, ties included, the scores, coverage and matched terms (in their order:
// /search highlights them), so the two must give the same hits.
describe('searchEntries (flat matches)', async () => {
  const { corpus } = await contextFor();
  const parts = indexParts(corpus, DEFAULT_SEARCH_OPTIONS);
  // Common terms, as on a large corpus: deferred terms, and queries of common words only.
  const large = indexParts(corpus, { ...DEFAULT_SEARCH_OPTIONS, maxTermPostings: 25, impactPostings: 40 });
  // Fewer candidates than sentences matched: the best are cut by a threshold, often across a tie.
  const few = indexParts(corpus, { ...DEFAULT_SEARCH_OPTIONS, maxCandidates: 20 });
  const kinds: readonly (readonly EntryKind[])[] = [['outcome'], ['resolution', 'decision'], ['source']];
  const filters: EntryFilter[] = [{}, { loose: true }, ...kinds.map((k) => ({ kinds: k, loose: true }))];
  /** How many pairs of hits next to each other had equal scores, so that the tie-break was tested. */
  let ties = 0;
  const same = (p: IndexParts, query: string, weighted: WeightedQuery = weighQuery(p, query)) => {
    for (const filter of filters) {
      const expected = scoreAllEntries(p, weighted, filter);
      assert.deepEqual(searchEntries(p, weighted, filter), expected, `${query} ${JSON.stringify(filter)}`);
      for (let i = 1; i < expected.length; i++) if (expected[i]?.score === expected[i - 1]?.score) ties++;
    }
  };
  const lines = benchQueries(corpus, 800, 13)
    .filter((q) => q.kind === 'ask' || q.kind === 'search')
    .map((q) => (q as { line: string }).line.replace(/^\/\w+\s+/, ''));

  it("gives the bench's questions and searches the entries, scores, terms and order of the results' way", () => {
    assert.ok(lines.length > 200);
    ties = 0;
    for (const line of lines) same(parts, line);
    assert.ok(ties > 50, `only ${ties} ties`);
  });

  it('does so on an index with common terms, and with fewer candidates than sentences', () => {
    for (const line of lines.slice(0, 300)) {
      same(large, line);
      same(few, line);
    }
    // Queries of common words only: their entries are found by their names alone.
    const common = large.impacts.toJSON().terms.map(([term]) => term);
    assert.ok(common.length > 10);
    for (const term of common.slice(0, 60)) same(large, term);
  });

  it('does so for any mix of corpus words, their beginnings, slips and repeats', () => {
    const word = queryWord(corpus.passages, 400);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(2), (ws, which) =>
        same(([parts, large, few] as const)[which] as IndexParts, ws.join(' ')),
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it("falls back to the results' way past 31 distinct query terms, with the same result", () => {
    const { terms, query, weighted } = manyTermsQuery(corpus.passages, 40);
    assert.equal(terms.length, 40);
    assert.equal(parts.searchPassageIndex.matches(query, { processTerm: (t) => t }), undefined);
    same(parts, query, weighted);
  });
});
