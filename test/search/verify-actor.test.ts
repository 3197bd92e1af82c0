import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: a country the question makes the doer (through answerQuestion)', () => {
  it('does not answer what one country did with what another did ("so that Poland could take part")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('How was Palestine able to take part in PP-14?', index);
    const text = r.found ? r.passages.map((p) => p.passage.text).join(' ') : '';
    assert.doesNotMatch(text, /Poland/);
    assert.match(text, /special observer/);
  });

  it('reads the country by the corpus\'s synonyms ("the US": "the United States"), and leaves a fact-check\'s claimed country to be corrected', async () => {
    const { index } = await contextFor();
    const us = answerQuestion('why did the US res 144 item get put back in committee 6', index);
    assert.match(us.found ? (us.passages[0]?.passage.text ?? '') : us.reason, /computer problems/);
    const claim = answerQuestion('canada chaired the internet resolutions ad hoc group, right?', index);
    assert.ok(claim.found && claim.lead === 'no', claim.found ? '' : claim.reason);
    assert.match(claim.passages[0]?.passage.text ?? '', /Italy/);
  });
});
