import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion, explainQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: a passage answers only when it accounts for the question', () => {
  it('declines when the passage does not name a name the question gives', async () => {
    const { index } = await contextFor();
    for (const q of [
      'how many votes did cavusoglu get in the TSB race',
      'how did the US delegation vote in the SG election',
      'did china table any amendments to res 130',
    ]) {
      assert.equal(answerQuestion(q, index).found, false, q);
    }
  });

  it('declines a count of something else, a question about another meeting, and a which-country with none', async () => {
    const { index } = await contextFor();
    for (const q of [
      'how many ITU staff were flown out to busan',
      'who won TSB at the dubai plenipot in 2018',
      'which 48 countries made it onto council in 2014',
    ]) {
      assert.equal(answerQuestion(q, index).found, false, q);
    }
  });

  it('answers when the passage accounts for everything asked, worded otherwise', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who got SG in busan?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Zhao/);
  });

  it('explains each stage: the verdict and its reason for every candidate', async () => {
    const { index } = await contextFor();
    const x = explainQuestion('how many votes did cavusoglu get in the TSB race', index);
    assert.equal(x.understanding.kind, 'how-many');
    assert.ok(x.candidates.length > 0);
    assert.ok(x.candidates.every((c) => !c.verdict.ok));
    assert.match(x.candidates[0]?.verdict.reason ?? '', /does not name cavusoglu/);
  });
});

describe('compose', () => {
  it('starts a fact-check the corpus contradicts with "No", giving the value it has', async () => {
    const { index } = await contextFor();
    const zhao = answerQuestion('zhao got 166 votes yeah?', index);
    assert.ok(zhao.found);
    assert.equal(zhao.lead, 'no');
    assert.match(zhao.passages[0]?.passage.text ?? '', /152/);
    const seoul = answerQuestion('pp-14 was held in seoul right?', index);
    assert.ok(seoul.found && seoul.lead === 'no');
    assert.match(seoul.passages[0]?.passage.text ?? '', /Busan/);
  });

  it('never answers "No" about the actor of a question the corpus is silent on', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('did the US oppose the cybersecurity treaty?', index);
    assert.ok(!r.found || r.lead !== 'no');
  });
});
