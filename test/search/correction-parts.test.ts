import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameRuns, nounAfter, statesAmount } from '../../src/search/correction-parts.ts';
import { lineReader } from '../helpers.ts';

describe('correction parts: reading a claim', () => {
  it('reads an amount written short as the same amount written in full', () => {
    assert.ok(statesAmount('Japan pledged about CHF 180,000 for an app.', '180k'));
    assert.ok(statesAmount('a budget of 1.8 million', '1.8m'));
    assert.ok(!statesAmount('Japan pledged about CHF 180,000 for an app.', '150k'));
    assert.ok(!statesAmount('Japan pledged about CHF 180,000 for an app.', '180'));
  });

  it('reads a run of name words as one claim, and the noun a nationality qualifies after a determiner', async () => {
    const read = await lineReader();
    const chaired = read('it was chaired by Choi Yang-hee, right?');
    assert.deepEqual(
      nameRuns(chaired).map((r) => r.text),
      ['Choi Yang-hee'],
    );
    assert.equal(
      nounAfter(read('chaesub lee beat a french candidate for tsb, yeah?'), 'french'),
      'candidate',
    );
    assert.equal(nounAfter(read('chaesub lee is japanese right?'), 'japanese'), undefined);
  });
});
