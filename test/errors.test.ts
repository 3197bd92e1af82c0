import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newErrorId } from '../src/errors.ts';

describe('newErrorId', () => {
  it('gives eight hex digits, different every time, across refills of its random pool', () => {
    const ids = Array.from({ length: 3000 }, () => newErrorId());
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}$/);
    assert.equal(new Set(ids).size, ids.length);
  });
});
