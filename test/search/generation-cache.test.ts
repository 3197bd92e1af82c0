import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GenerationCache } from '../../src/search/generation-cache.ts';

describe('GenerationCache', () => {
  it('keeps what was used since the last turn, within its bound', () => {
    const cache = new GenerationCache<string, number[]>(6, (v) => v.length);
    cache.set('a', [1, 2]);
    cache.set('b', [1]);
    assert.deepEqual(cache.get('a'), [1, 2]);
    // The young generation holds 3 of 3: "c" turns it old.
    cache.set('c', [1, 2]);
    assert.equal(cache.size, 3);
    // "a", used again, moves to the young generation; "b", not used since, is forgotten.
    assert.deepEqual(cache.get('a'), [1, 2]);
    cache.set('d', [1, 2]);
    assert.equal(cache.get('b'), undefined);
    assert.deepEqual(cache.get('a'), [1, 2]);
    assert.deepEqual(cache.get('d'), [1, 2]);
  });

  it('keeps no value larger than a generation', () => {
    const cache = new GenerationCache<string, number[]>(4, (v) => v.length);
    cache.set('big', [1, 2, 3]);
    assert.equal(cache.get('big'), undefined);
    cache.set('small', [1, 2]);
    assert.deepEqual(cache.get('small'), [1, 2]);
  });
});
