import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: what a question sets aside (through answerQuestion)', () => {
  it('does not answer "the others apart from Nigeria" with Nigeria', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who won the other GEM-TECH categories apart from nigeria?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /Nigeria/);
  });

  it('still answers who won when nothing is set aside', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who won category 7 at the gem-tech awards', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Nigeria/);
  });

  it('does not answer "the other decisions besides Decision 5" with Decision 5', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what were the other 4 decisions besides decision 5', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /Decision 5/);
  });

  it('sets aside only what the phrase names: "besides brazil, who proposed revisions to resolution 130" keeps Resolution 130 asked', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('besides brazil, who proposed revisions to resolution 130?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /the RCC, the Arab States, Indonesia/);
  });
});
