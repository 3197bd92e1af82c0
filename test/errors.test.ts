import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newErrorId } from '../src/errors.ts';

describe('newErrorId', () => {
  it('gives eight hex digits, different every time, across refills of its random pool', () => {
    // 3,000 ids span three refills of the 1,024-id pool. Two random 32-bit ids match with probability
    // 2^-32, so among 3,000 about one run in a thousand holds one repeat by chance (the birthday bound);
    // three or more repeats (about 1e-10) mean the pool was reused or not refilled, which repeats
    // thousands of ids.
    const ids = Array.from({ length: 3000 }, () => newErrorId());
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}$/);
    assert.ok(ids.length - new Set(ids).size <= 2, `${ids.length - new Set(ids).size} repeated ids`);
    // Each refill draws new bytes: the pools' ids are not the same list.
    assert.notDeepEqual(ids.slice(0, 1024), ids.slice(1024, 2048));
  });
});
