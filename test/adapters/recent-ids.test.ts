import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentIds } from '../../src/adapters/recent-ids.ts';

describe('RecentIds', () => {
  it('says an id was seen on its second delivery within the time to live, not after', () => {
    let now = 0;
    const ids = new RecentIds({ ttlMs: 1000, now: () => now });
    assert.equal(ids.checkAndAdd('a'), false);
    assert.equal(ids.checkAndAdd('a'), true);
    now = 1001;
    assert.equal(ids.checkAndAdd('a'), false);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const ids = new RecentIds({ capacity: 2 });
    ids.checkAndAdd('a');
    ids.checkAndAdd('b');
    ids.checkAndAdd('c');
    assert.equal(ids.checkAndAdd('a'), false);
    assert.equal(ids.checkAndAdd('c'), true);
  });
});
