import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsThing } from '../../src/search/counts-thing.ts';

describe('countsThing: whether a number counts the thing asked', () => {
  it('reads no count in an amount of money or past a bracket, and reads "the number of X ... at N" as one', () => {
    assert.equal(
      countsThing('a fee of 1/16 of a contributory unit (CHF 3,975) in developed countries', ['countri']),
      false,
    );
    assert.equal(countsThing('put the number of countries represented at 175 or more', ['countri']), true);
    assert.equal(countsThing('the number of countries is not known', ['countri']), false);
  });

  it('reads what a number counts up to "of": "four rounds of voting" counts rounds', () => {
    assert.equal(countsThing('elected after four rounds of voting.', ['vote']), false);
    assert.equal(countsThing('with 104 votes of 168 present and voting', ['vote']), true);
    assert.equal(countsThing('19 new resolutions', ['resolut']), true);
  });
});
