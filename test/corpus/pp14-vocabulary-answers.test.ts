import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerReader } from '../helpers.ts';

/**
 * The bundled corpus's vocabulary (corpus/pp14/vocabulary.yml) at work: lines worded the way people ask,
 * answered through the words the corpus uses for the same thing.
 */
describe('the PP-14 vocabulary: everyday words read as the corpus words them', () => {
  it('answers why a proposal was controversial with the doubts and concerns raised, not with its outcome', async () => {
    const text = await answerReader();
    for (const line of [
      "why was india's secure information society proposal so controversial",
      "why was india's doc 98 so controversial?",
    ])
      assert.match(text(line), /doubts|worries|concerns/, line);
  });
});
