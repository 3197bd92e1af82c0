import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { looksLikeCode } from '../../src/search/code-line.ts';
import { contextFor } from '../helpers.ts';

describe('code lines', () => {
  it('reads pasted program text as code by two or more kinds of its marks', () => {
    for (const line of [
      "const r = await fetch('/api/res/174'); console.log(r.json()) // why undefined??",
      'SELECT title FROM resolutions; -- 174',
      'x => { return res.find(174) }',
    ])
      assert.ok(looksLikeCode(line), line);
  });

  it('never reads a question with one code-like mark as code', () => {
    for (const line of [
      'What did Resolution 174 say; and was it revised?',
      'who won the SG race = Zhao?',
      'Resolution 70 (gender) {Rev. Busan}',
      'the vote was 152/156, right?',
    ])
      assert.ok(!looksLikeCode(line), line);
  });

  it('declines code that holds a corpus number instead of answering about it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("const r = await fetch('/api/res/174'); console.log(r.json())", index);
    assert.equal(r.found, false);
  });
});
