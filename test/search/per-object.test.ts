import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perObject } from '../../src/search/per-object.ts';

describe('perObject', () => {
  it('computes once per object, undefined results included, and separately for each object', () => {
    let calls = 0;
    const lengthOf = perObject((o: { text: string }) => {
      calls++;
      return o.text.length > 3 ? o.text.length : undefined;
    });
    const long = { text: 'hello' };
    const short = { text: 'hi' };
    assert.equal(lengthOf(long), 5);
    assert.equal(lengthOf(long), 5);
    assert.equal(lengthOf(short), undefined);
    assert.equal(lengthOf(short), undefined);
    assert.equal(calls, 2, 'each object computed once, an undefined value remembered too');
  });
});
