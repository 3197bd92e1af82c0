import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asClosestMatch, makeAnswer } from '../src/answer.ts';

describe('answer', () => {
  it('marks a closest match with its note and as approximate, and leaves an exact answer unmarked', () => {
    const exact = makeAnswer({ ok: true, command: 'topic', title: 'Elections at PP-14' });
    assert.equal(exact.approximate, undefined);
    const guessed = asClosestMatch(exact, 'Closest match for "electons".');
    assert.equal(guessed.approximate, true);
    assert.equal(guessed.note, 'Closest match for "electons".');
  });
});
