import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { countsNone, countsThing } from '../../src/search/counts-thing.ts';
import { contextFor } from '../helpers.ts';

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
    // A number before a comma is no share: "24 October 2014, in three elections" counts elections.
    assert.equal(countsThing('on 24 October 2014, in three elections held at once', ['elect']), true);
    assert.equal(countsThing('2 in 10 participants', ['particip']), false);
  });

  it('does not answer "the other four decisions" with a sentence about one decision or "the four years"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what were the other four decisions adopted at busan?', index);
    assert.equal(r.found, false);
    const pillars = answerQuestion('what were the four pillars (goals) of connect 2020', index);
    assert.ok(pillars.found, 'a number said of any noun of the run counts');
    const three = answerQuestion('how were the three bureau director elections scheduled on 24 oct', index);
    assert.ok(three.found);
    assert.match(three.passages[0]?.passage.text ?? '', /three elections|same time/);
  });
});

describe('countsNone: a text that counts none of the thing', () => {
  it('reads "no rival candidate" and "the only candidate" as none, and a count as no such thing', () => {
    assert.equal(countsNone('with 152 votes and no rival candidate', ['rival']), true);
    assert.equal(countsNone('as the only candidate for Secretary-General', ['candid']), true);
    assert.equal(countsNone('Lee beat two rivals', ['rival']), false);
    assert.equal(countsNone('no vote was needed on any issue', ['rival']), false);
  });
});

describe('a name and its votes (through answerQuestion)', () => {
  it("answers a name and its votes with that person's count", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('for the quiz: Malcolm Johnson votes in the final round', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /104 votes/);
  });
});
