import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { editDistance, osaDistance } from '../../src/search/distance.ts';
import { TermList } from '../../src/search/term-list.ts';

/** Short words over a small alphabet, so that near neighbours and shared prefixes are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 0, maxLength: 9 });

describe('TermList', () => {
  it('finds exactly the words starting with a prefix, as a scan of the list would', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, (words, prefix) => {
        const list = new TermList(words);
        const [from, to] = list.prefixRange(prefix);
        const found = list.terms.slice(from, to);
        const expected = [...new Set(words)].filter((w) => w.startsWith(prefix)).sort();
        assert.deepEqual(found, expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the words within a bounded Levenshtein distance, with their distances', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        (words, w, max) => {
          const found = new TermList(words).within(w, max).map((n) => [n.term, n.distance]);
          const expected = [...new Set(words)]
            .sort()
            .map((t) => [t, editDistance(w, t)] as const)
            .filter(([, d]) => d <= max);
          assert.deepEqual(found, expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a swap of neighbouring letters as one edit when asked for optimal string alignment', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (words, w, max) => {
          const found = new TermList(words).within(w, max, 'osa').map((n) => [n.term, n.distance]);
          const expected = [...new Set(words)]
            .sort()
            .map((t) => [t, osaDistance(w, t)] as const)
            .filter(([, d]) => d <= max);
          assert.deepEqual(found, expected);
        },
      ),
      { numRuns: 300 },
    );
    assert.deepEqual(
      new TermList(['flight', 'fight', 'plight']).within('flihgt', 1, 'osa').map((n) => n.term),
      ['flight'],
    );
  });

  it('knows where a word is, and that an absent one is nowhere', () => {
    const list = new TermList(['b', 'a', 'c', 'a']);
    assert.deepEqual(list.terms, ['a', 'b', 'c']);
    assert.equal(list.indexOf('b'), 1);
    assert.equal(list.indexOf('bb'), -1);
    assert.equal(list.size, 3);
  });
});
