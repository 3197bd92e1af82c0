import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { SearchIndex } from '../../src/search/search-index.ts';
import { SearchIndex as Index } from '../../src/search/search-index.ts';
import { tokenize } from '../../src/search/text.ts';
import { contextFor } from '../helpers.ts';
import { propertyRuns } from '../property-runs.ts';

/** What a passage search gives, in full: order, scores (to 12 digits), coverage and terms. */
function hits(index: SearchIndex, question: string, limit: number) {
  return index
    .searchPassages(question, index.weigh(question), limit)
    .map((h) => [
      h.passage.id,
      h.score.toPrecision(12),
      h.coverage,
      [...h.matchedTerms].sort(),
      [...h.queryTerms].sort(),
      h.textMatched,
    ]);
}

describe('impact-ordered postings', async () => {
  const { corpus } = await contextFor();
  // A limit this low makes PP-14 behave like a large corpus: dozens of its words become common.
  const large = { maxTermPostings: 40 };
  // Short lists, so that most questions reach past their end.
  const impacts = new Index(corpus, { ...large, impactPostings: 25 });
  const whole = new Index(corpus, { ...large, impactPostings: 0 });
  // Words in more than 40 sentences: questions of them alone are questions of common words only.
  const counts = new Map<string, number>();
  for (const p of corpus.passages)
    for (const w of new Set(tokenize(p.text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts].filter(([w, n]) => n > 60 && w.length > 2).map(([w]) => w);

  it('rank a question of common words only as scoring the whole posting list does, scores and all', () => {
    assert.ok(common.length > 10, `PP-14 has common words at this limit (${common.length})`);
    const question = fc
      .tuple(
        fc.constantFrom('what about', 'who', 'when was'),
        fc.uniqueArray(fc.constantFrom(...common), { minLength: 1, maxLength: 3 }),
      )
      .map(([lead, words]) => `${lead} ${words.join(' ')}?`);
    fc.assert(
      fc.property(question, fc.integer({ min: 1, max: 20 }), (q, limit) => {
        assert.deepEqual(hits(impacts, q, limit), hits(whole, q, limit));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('rank the same after a snapshot restores them', () => {
    const restored = new Index(
      corpus,
      { ...large, impactPostings: 25 },
      JSON.parse(JSON.stringify(impacts.toState())),
    );
    for (const q of [
      'what about the union resolution?',
      'who telecommunication conference?',
      'when was itu plenipotentiary?',
    ])
      assert.deepEqual(hits(restored, q, 20), hits(impacts, q, 20));
  });
});
