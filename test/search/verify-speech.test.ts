import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: "what did <someone> say" (through answerQuestion)', () => {
  it('declines what a speaker said when the passages only name them among the speakers', async () => {
    const { index } = await contextFor();
    const park = answerQuestion('what did president park say in her opening speech?', index);
    assert.equal(park.found, false);
  });

  it('declines what someone said when the passages only say that a statement was made', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what exactly did ambassador hamamoto say in her ebola statement?', index);
    assert.equal(r.found, false);
  });

  it('still answers what a source or the conference said, and what a text says', async () => {
    const { index } = await contextFor();
    const itu = answerQuestion(
      'What did ITU say was the share of the world population under 25 when the youth resolution passed?',
      index,
    );
    assert.ok(itu.found);
    assert.match(itu.passages[0]?.passage.text ?? '', /42\.5/);
    assert.ok(answerQuestion("what did india's draft say about domestic internet traffic", index).found);
  });

  it('reads a speaker qualified by a conference name ("Busan mayor Suh Byung-soo") as someone named', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what did Busan mayor Suh Byung-soo say in his opening speech?', index);
    assert.equal(r.found, false);
  });
});

describe('verify: a speaker whose name the model reads as a verb', () => {
  it('declines what Ban Ki-moon said when the passages only say he spoke by video message', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what did ban ki-moon actually say in his video msg', index);
    assert.equal(r.found, false);
    // How he took part is still answered.
    const how = answerQuestion('how did ban ki-moon take part in the opening ceremony', index);
    assert.ok(how.found);
    assert.match(how.passages.map((p) => p.passage.text).join(' '), /video/);
  });
});
