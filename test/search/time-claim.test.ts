import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerReader } from '../helpers.ts';

describe('compose: a fact-check that dates one of the corpus events', () => {
  it("answers no and the event's own date when the claimed time is another", async () => {
    const answer = await answerReader(true);
    for (const line of [
      'the ministerial meeting happened after the conference closed, right?',
      'is it true the busan declaration was adopted at the closing ceremony?',
      'the busan ministerial meeting was on 21 oct, after the opening?',
      'the busan ministerial declaration came out at the end, like nov 7?',
    ])
      assert.match(answer(line), /^no .*19 October 2014, the day before PP-14 opened/, line);
    assert.match(answer('gem-tech awards were on the opening day?'), /^no .*28 October 2014/);
  });

  it('gives the dated sentence without "No" when the claimed time holds', async () => {
    const answer = await answerReader(true);
    assert.match(answer('the busan initiative was signed on 27 oct, right?'), /^ ?On 27 October 2014/);
    assert.match(answer('the ministerial meeting was before pp-14 opened, right?'), /^ ?The 2014 Busan ICT/);
  });

  it('leaves a day the entry records from another source to the answer that shows both', async () => {
    const answer = await answerReader(true);
    assert.match(answer('I have PP-14 closing on 6 November. Can you confirm?'), /dig\.watch/);
  });
});
