import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerReader } from '../helpers.ts';

describe('verify: the conference doing something else, for when it was held', () => {
  it("answers the conference's own dates, not a sentence of it holding its elections", async () => {
    const answer = await answerReader();
    for (const line of [
      'when did PP-14 run? start and end dates',
      'when was pp-14 held',
      'when did pp14 take place',
      'for my deck - pp-14 dates pls',
      'for my slides pls: exact dates of PP-14',
    ])
      assert.match(answer(line), /20 October to (?:Friday )?7 November 2014/, line);
  });

  it('still answers what the conference did, and when someone did something', async () => {
    const answer = await answerReader();
    assert.match(answer('when did pp14 adopt the connect 2020 agenda'), /Connect 2020/);
    assert.match(answer('When did ITU launch its Ebola-Info-Sharing app?'), /19 December 2014/);
  });
});
