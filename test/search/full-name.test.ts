import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('full names: what a short name stands for (through answerQuestion)', () => {
  it('answers "what does BDT stand for" with the long form the corpus writes before "(BDT)"', async () => {
    const { index } = await contextFor();
    for (const [line, long] of [
      ['wat does BDT stand for', /^BDT stands for Telecommunication Development Bureau\.$/],
      // A source's publisher is named so too: "New America, Open Technology Institute (OTI)".
      ['what does OTI stand for', /^OTI stands for Open Technology Institute\.$/],
      // Spaced by the tokenizer ("WG - PL"), the name is still one.
      ['what does WG-PL stand for', /^WG-PL stands for Working Group of the Plenary\.$/],
    ] as const) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : r.reason, long, line);
    }
  });

  it('never answers what a short name stands for with a sentence that does not spell it out', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what does XYZ stand for', index);
    assert.equal(r.found, false);
    // Before, "what does OTI stand for" got a sentence "according to OTI", and "BDT" the Bureaux' summary.
    const oti = answerQuestion('what does OTI stand for', index);
    assert.doesNotMatch(oti.found ? (oti.passages[0]?.passage.text ?? '') : '', /according to OTI/);
  });
});
