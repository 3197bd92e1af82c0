import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newFigures } from '../../src/search/passage-compare.ts';

describe('newFigures', () => {
  it('finds a figure the other text does not state, ignoring numbers inside names', () => {
    assert.equal(newFigures('ANACOM gives 2015-2018.', 'It covers 2016-2019.'), true);
    assert.equal(newFigures('It covers 2016-2019, says ITU.', 'It covers 2016-2019.'), false);
    assert.equal(newFigures('PP-14 and WRC-15 met.', 'PP-14 met.'), false);
  });

  it('takes a count as no other value of a rank: "175 countries" is no rival to "the 19th conference"', () => {
    assert.equal(
      newFigures('The number of countries was 175 or more.', 'PP-14 was the 19th conference.'),
      false,
    );
    assert.equal(newFigures('Another page calls it the 18th.', 'PP-14 was the 19th conference.'), true);
  });

  it('takes any figure as new beside a text that states none', () => {
    assert.equal(newFigures('He won with 104 votes.', 'The race was the most contested.'), true);
  });
});
