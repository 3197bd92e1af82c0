import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: when the action a question words must be said', () => {
  it('does not date or place an event the corpus never speaks of ("when was houlin zhao born")', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('when was houlin zhao born', index).found, false);
    // An event it does speak of, and a verb that leads to another ("supposed to become public").
    assert.equal(answerQuestion('when was zhao elected', index).found, true);
    const docs = answerQuestion(
      'from what year were conference input and output documents supposed to become public?',
      index,
    );
    assert.match(docs.found ? (docs.passages[0]?.passage.text ?? '') : '', /2015/);
  });

  it('answers who sits on a body only with people or states, and what someone got out of a thing only with a gain', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('who sits on the RRB elected at pp-14', index).found, false);
    const got = answerQuestion('tl;dr what did busan city get out of the conference', index);
    assert.doesNotMatch(got.found ? (got.passages[0]?.passage.text ?? '') : '', /^Venue:/);
    // "87 out of 169": no gain asked.
    const votes = answerQuestion('How many votes did Chaesub Lee get out of how many voting?', index);
    assert.match(votes.found ? (votes.passages[0]?.passage.text ?? '') : '', /87/);
  });
});
