import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: a name given to a thing', () => {
  it('answers "the name of the building the com6 ad hoc group talked about" with the Varembé building', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('whats the name of the building the com6 ad hoc group talked about', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Varembé/);
  });

  it('still answers a compound name ("the ebola app") and declines a name the corpus does not give', async () => {
    const { index } = await contextFor();
    const app = answerQuestion("what's the name of the ebola app", index);
    assert.match(app.found ? (app.passages[0]?.passage.text ?? '') : '', /Ebola-Info-Sharing/);
    assert.equal(
      answerQuestion('what was the name of the hotel most delegates stayed in', index).found,
      false,
    );
  });
});
