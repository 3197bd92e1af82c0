import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify accounting: how a candidate accounts for a word of the question (through answerQuestion)', () => {
  it('takes "the conference" as said by a sentence naming PP-14, and "the british guy" by "of the United Kingdom"', async () => {
    const { index } = await contextFor();
    const eve = answerQuestion('what did the ministerial meeting just before the conference adopt', index);
    assert.ok(eve.found);
    assert.match(eve.passages[0]?.passage.text ?? '', /Busan Declaration/);
    const brit = answerQuestion('whos the brit that got deputy sg', index);
    assert.ok(brit.found);
    assert.match(brit.passages[0]?.passage.text ?? '', /Malcolm Johnson/);
  });
});
