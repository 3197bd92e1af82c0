import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: a doer a passive leaves unsaid (through answerQuestion)', () => {
  it('answers "who did the delegates elect as Secretary-General" from "Zhao was elected Secretary-General"', async () => {
    const { index } = await contextFor();
    for (const line of [
      'Who did the delegates elect as ITU Secretary-General in 2014?',
      'who did the members pick as secretary-general at pp-14?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages[0]?.passage.text ?? '', /Zhao .*was elected/, line);
    }
  });

  it('leaves a doer someone names to the passage: "who did Korea elect" needs Korea', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who did Sierra Leone elect as secretary-general?', index);
    assert.equal(r.found, false);
  });
});
