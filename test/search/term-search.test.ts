import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { benchQueries } from '../../bench/queries.ts';
import { ENTRY_NAME_FIELDS } from '../../src/search/index-docs.ts';
import { indexParts } from '../../src/search/index-parts.ts';
import { planQuery } from '../../src/search/query-plan.ts';
import { searchOptions } from '../../src/search/search-options.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/search-types.ts';
import { type TermMatches, termsOfMask } from '../../src/search/term-matches.ts';
import { TermSearch } from '../../src/search/term-search.ts';
import { tokenize } from '../../src/search/text.ts';
import { weighQuery } from '../../src/search/weigh-query.ts';
import { contextFor, queryWord } from '../helpers.ts';
import { propertyRuns } from '../property-runs.ts';

describe('TermSearch', async () => {
  const { corpus } = await contextFor();
  const parts = indexParts(corpus, DEFAULT_SEARCH_OPTIONS);
  // The searches /ask, /search and autocomplete make, each through minisearch and through the cache.
  const searches = (query: string): [string, SearchOptions, 'passages' | 'entries'][] => {
    const weighted = weighQuery(parts, query);
    const searched = planQuery(weighted, parts.commonInPassages).searched.join(' ');
    const strict = searchOptions(parts, weighted, false);
    const loose = searchOptions(parts, weighted, true);
    const { text, entry } = parts.options.passageBoost;
    const { ids, title, aliases, body } = parts.options.entryBoost;
    return [
      [searched, { ...strict, boost: { text } }, 'passages'],
      [searched, { ...strict, fields: ['entry'], boost: { entry } }, 'entries'],
      [searched, loose, 'passages'],
      [
        searched,
        { ...loose, fields: ENTRY_NAME_FIELDS, boost: { ids, title, aliases, headings: body } },
        'entries',
      ],
      [searched, { ...loose, filter: (r) => (r.id as number) % 3 === 0 }, 'passages'],
    ];
  };
  const same = (query: string) => {
    for (const [q, options, which] of searches(query)) {
      const expected = parts[which].search(q, options);
      const cached = which === 'passages' ? parts.searchPassageIndex : parts.searchEntryIndex;
      // Twice: the second reads the remembered terms, and must not find them changed by the first.
      for (let round = 0; round < 2; round++) assert.deepEqual(cached.search(q, options), expected, q);
      if (which === 'passages' && options.filter === undefined) {
        const flat = cached.matches(q, options);
        assert.ok(flat, q);
        assert.deepEqual(resultsOf(flat), expected.map(projected), q);
      }
    }
  };

  it("returns minisearch's results, order and scores and all, for the bench's questions", () => {
    const lines = benchQueries(corpus, 800, 7)
      .filter((q) => q.kind === 'ask' || q.kind === 'search')
      .map((q) => (q as { line: string }).line.replace(/^\/\w+\s+/, ''));
    assert.ok(lines.length > 200);
    for (const line of lines) same(line);
  });

  it('does so for any mix of corpus words, their beginnings, slips and repeats', () => {
    const word = queryWord(corpus.passages, 300);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (ws) => same(ws.join(' '))),
      { numRuns: propertyRuns(300) },
    );
  });

  it('lists no flat matches past 31 distinct query terms or for a filter, and keeps repeated terms', () => {
    const words = [...new Set(corpus.passages.slice(0, 60).flatMap((p) => tokenize(p.text)))];
    const options: SearchOptions = { prefix: true, fuzzy: 0.2, processTerm: (t) => t };
    const many = words.slice(0, 40).join(' ');
    assert.equal(parts.searchPassageIndex.matches(many, options), undefined);
    assert.equal(parts.searchPassageIndex.matches('busan', { ...options, filter: () => true }), undefined);
    // A term planned two ways in one query: its results could list query terms in another order.
    const twoWays: SearchOptions = { ...options, prefix: (_t, i) => i === 0 };
    assert.equal(parts.searchPassageIndex.matches('union union', twoWays), undefined);
    for (const q of ['union union', 'union busan union', 'resolut confer resolut', 'resolut 180 2014 res'])
      assert.deepEqual(
        resultsOf(parts.searchPassageIndex.matches(q, options)),
        parts.passages.search(q, options).map(projected),
      );
  });

  it('lists merged matched terms as objects list keys: array indices first, in numeric order', () => {
    // Keys that look numeric but are no array index ("05", 2^32 - 1) keep their place.
    const words = ['pp', '14', '05', '4294967295', '4294967294', '2014', '0', 'busan'];
    const docs = words.flatMap((a, i) =>
      words
        .slice(i + 1)
        .map((b, k) => ({ id: `${i}-${k}`, text: `${a} ${b} ${words[(i + k) % words.length]}` })),
    );
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll(docs);
    const own = new TermSearch(index, ['text'], { tokenize: (t) => t.split(' '), processTerm: (t) => t });
    const options: SearchOptions = { processTerm: (t) => t };
    for (const q of [words.join(' '), [...words].reverse().join(' '), 'busan 05 pp 14 0']) {
      const expected = index.search(q, options);
      assert.ok(expected.some((r) => r.queryTerms.length > 2));
      assert.deepEqual(resultsOf(own.matches(q, options)), expected.map(projected), q);
    }
  });

  it('forgets terms past its bound, and still answers as minisearch does', () => {
    const small = new TermSearch(parts.passages, ['text'], { maxPostings: 50 });
    const options: SearchOptions = { prefix: true, fuzzy: 0.2, processTerm: (t) => t };
    for (const q of ['resolut', 'confer', 'resolut union', 'busan'])
      assert.deepEqual(small.search(q, options), parts.passages.search(q, options), q);
  });
});

/** What flat matches say of a result: all but its match's fields. */
function projected(r: SearchResult): Omit<SearchResult, 'match'> {
  return { id: r.id, score: r.score, terms: r.terms, queryTerms: r.queryTerms };
}

/** Flat matches as the results minisearch returns (less their fields), sorted by score (stable). */
function resultsOf(flat: TermMatches | undefined): Omit<SearchResult, 'match'>[] {
  assert.ok(flat);
  const out: Omit<SearchResult, 'match'>[] = [];
  for (let j = 0; j < flat.size; j++) {
    const queryTerms = flat.queryTerms(j);
    assert.equal(termsOfMask(flat.terms, flat.masks[j] as number).join(' '), queryTerms.join(' '));
    assert.equal(flat.order[j], flat.scores[j]);
    const terms = flat.matchedTerms(j);
    // Added to a set, in the same order.
    const into = new Set<string>();
    flat.addMatchedTerms(j, into);
    assert.deepEqual([...into], terms);
    out.push({ id: flat.ids[j], score: flat.scores[j] as number, terms, queryTerms });
  }
  return out.sort((a, b) => b.score - a.score);
}
