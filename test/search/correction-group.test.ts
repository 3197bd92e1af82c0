import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('correction: two names claimed together about the conference (through answerQuestion)', () => {
  it('corrects "COEX in Seoul" with the venue and city together', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('PP-14 took place at the COEX centre in Seoul, correct?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? r.passages[0]?.passage.text : r.reason);
    assert.match(r.passages.map((p) => p.passage.text).join(' '), /BEXCO|Busan/);
  });

  it("does not correct the conference's venue with another meeting's", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('The conference venue was COEX in Seoul, right?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /Dubai/);
  });
});
