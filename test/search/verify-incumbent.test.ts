import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: who held a post during the conference, not who was elected to it there (through answerQuestion)', () => {
  it('answers "who was ITU SG during PP-14" with the Secretary-General in office, not the one elected', async () => {
    const { index } = await contextFor();
    for (const line of [
      'who was the ITU SG during pp-14',
      'who was SG at the time of the conference?',
      'who was ITU Secretary-General during PP-14?',
    ]) {
      const r = answerQuestion(line, index);
      const text = r.found ? r.passages.map((p) => p.passage.text).join(' ') : r.reason;
      assert.match(text, /Touré/, line);
      assert.doesNotMatch(text, /Zhao/, line);
    }
  });

  it('does not answer who held a post during the conference with someone elected to it there for the first time', async () => {
    const { index } = await contextFor();
    const tsb = answerQuestion('who was TSB director during pp-14', index);
    const tsbText = tsb.found ? tsb.passages.map((p) => p.passage.text).join(' ') : '';
    assert.doesNotMatch(tsbText, /Chaesub Lee/);
    const deputy = answerQuestion('who was deputy SG during the conference', index);
    const deputyText = deputy.found ? deputy.passages.map((p) => p.passage.text).join(' ') : '';
    assert.doesNotMatch(deputyText, /Malcolm Johnson/);
    // Re-elected, the Director held the post before the conference too.
    const br = answerQuestion('who was BR director during pp-14', index);
    assert.match(br.found ? br.passages.map((p) => p.passage.text).join(' ') : br.reason, /Rancy/);
  });

  it('still answers who was elected to a post at the conference', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who was elected SG during pp-14', index);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : r.reason, /Zhao/);
  });
});

describe('verify: who held a post when the conference opened', () => {
  it('reads "when PP-14 opened" as the conference\'s own time, and "the ITU boss" as its Secretary-General', async () => {
    const { index } = await contextFor();
    const sg = answerQuestion('who was secretary-general when the conference opened', index);
    assert.match(sg.found ? (sg.passages[0]?.passage.text ?? '') : '', /Touré/);
    const boss = answerQuestion('who was the itu boss when pp14 opened', index);
    const said = boss.found ? (boss.passages[0]?.passage.text ?? '') : '';
    assert.match(said, /Touré/);
    assert.doesNotMatch(said, /^Top officials elected/);
  });

  it('still answers who was elected then with the one elected', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who was elected SG when pp14 met', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Secretary-General/);
  });
});
