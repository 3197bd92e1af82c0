import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choicesIn } from '../../src/search/question-names.ts';

describe('choicesIn', () => {
  it('reads names and ranks offered as choices', () => {
    assert.deepEqual(choicesIn('was it busan or seoul'), [['busan', 'seoul']]);
    assert.deepEqual(choicesIn('the 18th, 19th or 20th'), [['18th', '19th', '20th']]);
  });

  it('reads counts offered as choices as the numbers, the counted thing said once ("2 weeks or 3")', () => {
    assert.deepEqual(choicesIn('was pp14 2 weeks or 3'), [['2', '3']]);
    // Two counts of two things are no such choice.
    assert.ok(!choicesIn('2 weeks or 3 days').some((g) => g.join() === '2,3'));
  });
});
