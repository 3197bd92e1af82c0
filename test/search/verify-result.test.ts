import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: "what did X decide" needs a result (through answerQuestion)', () => {
  it('declines what a body decided when the passages only look ahead to the decision', async () => {
    const { index } = await contextFor();
    for (const line of [
      'what did the UN decide on IGF renewal in 2015',
      'What did the UN decide about renewing the Internet Governance Forum in 2015?',
    ]) {
      const r = answerQuestion(line, index);
      assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    }
  });

  it('declines whether a thing was renewed or completed when the passages only say it was up for renewal or due', async () => {
    const { index } = await contextFor();
    for (const line of [
      'Was the Internet Governance Forum renewed in 2015, and for how long?',
      'did the UN renew the IGF in 2015?',
      'Was the WSIS review completed in 2015?',
    ]) {
      const r = answerQuestion(line, index);
      assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : line);
    }
    // A question that itself looks ahead is answered by the look ahead.
    assert.equal(answerQuestion('will the IGF be renewed in 2015?', index).found, true);
  });

  it('does not answer how a thing went ("how did the IGF renewal go in 2015") with a look ahead to it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how did the IGF renewal go in 2015', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });

  it('does not place an event in a year the passage gives only as still to come ("possibly at the 2018 Plenipotentiary")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('did the 2018 dubai plenipot finally agree a definition of ICT?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    // A question that itself looks ahead to the year is answered by the look ahead.
    const pushed = answerQuestion('why is a final decision on the ICT definition pushed to 2018?', index);
    assert.match(pushed.found ? (pushed.passages[0]?.passage.text ?? '') : '', /2018/);
  });

  it('does not take a decision left to a later conference for what was decided ("Resolution" is no settling word)', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      "What did the conference decide regarding academia's participation in ITU?",
      index,
    );
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /left the final decision/);
  });

  it('declines the outcome of a text when the passages only say it was debated, and answers one that ended', async () => {
    const { index } = await contextFor();
    const debated = answerQuestion('what was the final outcome of the res 25 revision?', index);
    assert.equal(debated.found, false, debated.found ? debated.passages[0]?.passage.text : '');
    const ended = answerQuestion(
      "what was the outcome of India's secure information society proposal?",
      index,
    );
    assert.ok(ended.found, ended.found ? '' : ended.reason);
    assert.match(ended.passages.map((p) => p.passage.text).join(' '), /withdr|not (?:accepted|agreed)/i);
  });

  it('still answers what was decided when the passage says it was settled', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what did PP-14 decide on document access', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages.map((p) => p.passage.text).join(' '), /2015/);
  });
});

describe('verify: an issue on the agenda is no decision', () => {
  it('declines what PP-14 decided on net neutrality, which the corpus only lists among the issues', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('what did pp-14 decide on net neutrality', index).found, false);
  });

  it('does not answer the results of another meeting with a source record of a proposal to it', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('results of WTDC-17 in Buenos Aires?', index).found, false);
  });
});
