import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { osaDistance } from '../../src/search/distance.ts';

/** Short words over a small alphabet, so that swaps and near neighbours are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });

/** Optimal string alignment by its recursive definition: the reference the table is checked against. */
function reference(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let v = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
      v = Math.min(v, d(i - 2, j - 2) + 1);
    memo.set(key, v);
    return v;
  };
  return d(a.length, b.length);
}

describe('osaDistance', () => {
  it('counts a swap of two neighbouring letters as one edit, as a substitution, insertion or deletion', () => {
    assert.equal(osaDistance('flihgt', 'flight'), 1);
    assert.equal(osaDistance('secretery', 'secretary'), 1);
    assert.equal(osaDistance('pleinpotentiray', 'plenipotentiary'), 2);
    assert.equal(osaDistance('kitten', 'sitting'), 3);
  });

  it('agrees with the definition, and within a bound says exactly which words are within it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = reference(a, b);
        assert.equal(osaDistance(a, b), exact);
        const bounded = osaDistance(a, b, max);
        if (exact <= max) assert.equal(bounded, exact);
        else assert.ok(bounded > max);
      }),
      { numRuns: 500 },
    );
  });
});
