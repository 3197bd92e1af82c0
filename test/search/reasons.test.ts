import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { givesReason } from '../../src/search/reasons.ts';
import { contextFor } from '../helpers.ts';

describe('reasons: what answers "why"', () => {
  it('reads "after" a named meeting ("after PP-14") as a place in a series, and "after" an event as a cause', () => {
    assert.equal(
      givesReason('The next Plenipotentiary Conference after PP-14, PP-18, took place in Dubai.'),
      false,
    );
    assert.equal(givesReason('Resolution 185 came after the loss of flight MH370.'), true);
    assert.equal(givesReason('It was withdrawn because it lacked support.'), true);
  });

  it('says the corpus gives no reason rather than answering "why" with what happened', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why did the UAE want to host PP-18?', index);
    assert.equal(r.found, false);
  });
});
