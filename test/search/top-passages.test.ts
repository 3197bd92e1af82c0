import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { benchQueries } from '../../bench/queries.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { type IndexParts, indexParts } from '../../src/search/index-parts.ts';
import { scoreAllPassages, searchPassages } from '../../src/search/search-passages.ts';
import { DEFAULT_SEARCH_OPTIONS, type WeightedQuery } from '../../src/search/search-types.ts';
import { matchesOfResults, type TermMatches } from '../../src/search/term-matches.ts';
import { topPassages } from '../../src/search/top-passages.ts';
import { weighQuery } from '../../src/search/weigh-query.ts';
import { contextFor, manyTermsQuery, queryWord } from '../helpers.ts';
import { propertyRuns } from '../property-runs.ts';

// The top-k path (top-passages.ts) keeps the best passages by a threshold on their scores and sorts only
// those; scoreAllPassages scores and sorts every passage, as searchPassages did before. Every answer
// depends on the order, ties included, so the two must give the same hits in the same order.
describe('searchPassages (top k)', async () => {
  const { corpus } = await contextFor();
  const parts = indexParts(corpus, DEFAULT_SEARCH_OPTIONS);
  // Common terms and impact lists, as on a large corpus: a question of common words only takes the
  // impact path, whose hits come in another order.
  const large = indexParts(corpus, { ...DEFAULT_SEARCH_OPTIONS, maxTermPostings: 25, impactPostings: 40 });
  const limits = [1, 2, 7, 40, 100, 1000];
  /** How many searches had a tie across the cut, so that the tie-break at the threshold was tested. */
  let tiesAtCut = 0;
  const same = (p: IndexParts, query: string, weighted: WeightedQuery = weighQuery(p, query)) => {
    const every = scoreAllPassages(p, weighted, Number.MAX_SAFE_INTEGER);
    for (const limit of limits) {
      const expected = scoreAllPassages(p, weighted, limit);
      assert.deepEqual(searchPassages(p, weighted, limit), expected, `${query} (limit ${limit})`);
      const cut = Math.min(limit, p.options.maxCandidates);
      if (every.length > cut && every[cut - 1]?.score === every[cut]?.score) tiesAtCut++;
    }
  };
  const lines = benchQueries(corpus, 800, 11)
    .filter((q) => q.kind === 'ask' || q.kind === 'search')
    .map((q) => (q as { line: string }).line.replace(/^\/\w+\s+/, ''));

  it("gives the bench's questions the passages, scores and order of scoring them all", () => {
    assert.ok(lines.length > 200);
    tiesAtCut = 0;
    for (const line of lines) same(parts, line);
    // PP-14 has many passages of equal score (a sentence and the one after it, repeated sentences).
    assert.ok(tiesAtCut > 50, `only ${tiesAtCut} ties at the cut`);
  });

  it('does so on an index with common terms and impact lists', () => {
    for (const line of lines.slice(0, 300)) same(large, line);
    // Questions of common words only: each searched through its rarest word's impact list.
    const common = large.impacts.toJSON().terms.map(([term]) => term);
    assert.ok(common.length > 10);
    for (const term of common.slice(0, 60)) same(large, term);
  });

  it('does so for any mix of corpus words, their beginnings, slips and repeats', () => {
    const word = queryWord(corpus.passages, 400);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.boolean(), (ws, onLarge) =>
        same(onLarge ? large : parts, ws.join(' ')),
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('falls back to scoring every passage past 31 distinct query terms, with the same result', () => {
    // A question weighs 24 words at most, but their synonyms may take the terms past a mask's 31.
    const { terms, query, weighted } = manyTermsQuery(corpus.passages, 40);
    assert.equal(terms.length, 40);
    assert.equal(parts.searchPassageIndex.matches(query, { processTerm: (t) => t }), undefined);
    same(parts, query, weighted);
  });
});

// Made-up sentence matches, for orders the corpus may never produce: passage i of entry "e", each but
// the first (or the ones listed in `alone`) with the one before as its context.
describe('topPassages', () => {
  const partsOf = (n: number, alone: readonly number[] = []) => {
    const passages: Passage[] = Array.from({ length: n }, (_, i) => ({
      id: `e#${i}`,
      entryId: 'e',
      text: `s${i}`,
      context: i === 0 || alone.includes(i) ? '' : `s${i - 1}`,
      citations: [],
      isSummary: false,
      isField: false,
      uncertain: false,
    }));
    const followsBefore = Uint8Array.from(passages, (p) => (p.context === '' ? 0 : 1));
    // A context boost of half a sentence's, so that sums are exact and ties are made on purpose.
    return {
      corpus: { passages },
      followsBefore,
      passageEntry: new Int32Array(n),
      scratch: {
        sentenceAt: new Int32Array(n),
        seen: new Uint8Array(n),
        candidateAt: new Int32Array(n),
        entryMatchAt: new Int32Array(1),
      },
      options: { passageBoost: { text: 1, entry: 0.5, context: 0.5 } },
    } as unknown as IndexParts;
  };
  /** Sentence matches of one query term at positions `ids` with `scores`, in that order found. */
  const matchesOf = (ids: number[], scores: number[]) =>
    matchesOfResults(
      ids.map((id, j) => ({ id, score: scores[j] as number, terms: ['t'], queryTerms: ['t'], match: {} })),
      true,
    ) as TermMatches;
  const NO_MATCHES = matchesOfResults([], true) as TermMatches;
  const order = (parts: IndexParts, m: TermMatches, k: number) =>
    topPassages(parts, m, { matches: NO_MATCHES, at: new Int32Array(1) }, k)?.map((p) => [p.at, p.score]);

  it('puts a sentence before the passage after it when they tie through it', () => {
    // Passage 1 scores its own 0.5 and half its context's 1: a tie with passage 0, reached first
    // through sentence 0 (as the one after it), as passage 0 itself is; the sentence comes first.
    const parts = partsOf(2);
    assert.deepEqual(order(parts, matchesOf([0, 1], [1, 0.5]), 2), [
      [0, 1],
      [1, 1],
    ]);
    assert.deepEqual(order(parts, matchesOf([0, 1], [1, 0.5]), 1), [[0, 1]]);
  });

  it('breaks ties by the sentence matches sorted by score, then as found, across the cut', () => {
    // Six unrelated sentences, all of score 2, found in this order; one of 3 found last.
    const parts = partsOf(7, [1, 2, 3, 4, 5, 6]);
    const m = matchesOf([5, 2, 6, 0, 3, 1, 4], [2, 2, 2, 2, 2, 2, 3]);
    for (let k = 1; k <= 8; k++)
      assert.deepEqual(
        order(parts, m, k),
        [4, 5, 2, 6, 0, 3, 1].slice(0, k).map((at) => [at, at === 4 ? 3 : 2]),
        `k ${k}`,
      );
    // Given in an order that is not sorted (an impact list's, unprefixed), ties follow that order.
    const unsorted = matchesOfResults(
      [5, 2, 6].map((id) => ({ id, score: 2, terms: ['t'], queryTerms: ['t'], match: {} })),
      false,
    ) as TermMatches;
    assert.deepEqual(order(parts, unsorted, 2), [
      [5, 2],
      [2, 2],
    ]);
  });

  it('places a passage by the best sentence match that reaches it, not the first found', () => {
    // Passage 1 (its own 1, half its context's 4: 3) is found first through its own sentence (score
    // 1) and later as the one after sentence 0 (score 4), which sorts first; so it comes before
    // passage 2, of score 3 too, reached through its own sentence (score 3).
    const parts = partsOf(3, [2]);
    assert.deepEqual(order(parts, matchesOf([1, 2, 0], [1, 3, 4]), 3), [
      [0, 4],
      [1, 3],
      [2, 3],
    ]);
  });

  it("adds its entry's names, counting the query terms of the three parts once each", () => {
    // The sentence matched "a" (score 2 for one term); the entry's names "b" and "c" (4 for two terms,
    // so 2 each summed): passage 0 scores (2 + 4 / 2) times the 3 distinct terms. The entries list
    // their own query terms, not in the sentences' order, and one the sentences lack.
    const parts = partsOf(2, [1]);
    const sentences = matchesOfResults(
      [{ id: 0, score: 2, terms: ['a'], queryTerms: ['a'], match: {} }],
      true,
    ) as TermMatches;
    const entries = matchesOfResults(
      [{ id: 'e', score: 4, terms: ['c', 'b'], queryTerms: ['c', 'b'], match: {} }],
      true,
    ) as TermMatches;
    const top = topPassages(parts, sentences, { matches: entries, at: Int32Array.of(1) }, 5);
    assert.deepEqual(
      top?.map((p) => [p.at, p.score, p.own, p.before, p.named]),
      [[0, 12, 0, -1, 0]],
    );
  });
});
