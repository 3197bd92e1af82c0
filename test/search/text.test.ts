import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processTerm, terms } from '../../src/search/text.ts';

describe('processTerm', () => {
  it('gives irregular verb forms the term of their base, so "leave" finds "left" and "won" finds "winning"', () => {
    assert.equal(processTerm('left'), processTerm('leave'));
    assert.equal(processTerm('won'), processTerm('winning'));
    assert.equal(processTerm('held'), processTerm('holding'));
    assert.equal(processTerm('withdrew'), processTerm('withdraw'));
  });

  it('drops stop words and single letters, keeps numbers, stems the rest', () => {
    assert.equal(processTerm('the'), undefined);
    assert.equal(processTerm('x'), undefined);
    assert.equal(processTerm('2014'), '2014');
    assert.equal(processTerm('negotiations'), processTerm('negotiated'));
  });
});

describe('terms', () => {
  it('reads a sentence into the terms of its content words', () => {
    assert.deepEqual(terms('Many ministers left after the first week'), [
      processTerm('ministers'),
      processTerm('leave'),
      processTerm('first'),
      processTerm('week'),
    ]);
  });
});
