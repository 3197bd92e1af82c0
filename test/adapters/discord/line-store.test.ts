import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineStore } from '../../../src/adapters/discord/line-store.ts';

describe('LineStore', () => {
  it('gives a short id for a long line, and the line back until it expires', () => {
    let now = 0;
    const store = new LineStore({ ttlMs: 1000, now: () => now });
    const line = `/ask ${'x'.repeat(900)}`;
    const id = store.put(line);
    assert.match(id, /^[0-9a-f]{12}$/);
    assert.equal(store.get(id), line);
    now = 1001;
    assert.equal(store.get(id), undefined);
  });

  it('forgets the oldest lines beyond its capacity, and knows nothing of foreign ids', () => {
    const store = new LineStore({ capacity: 2 });
    const a = store.put('/resolution 1');
    store.put('/resolution 2');
    const c = store.put('/resolution 3');
    assert.equal(store.get(a), undefined);
    assert.equal(store.get(c), '/resolution 3');
    assert.equal(store.get('ffffffffffff'), undefined);
  });
});
