import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: how, for a "how" question (through answerQuestion)', () => {
  it('does not answer "how" with what something is: new resolutions\' numbering is not Resolution 190 on numbering resources', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how do the new busan resolutions get their numbers?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Guadalajara/);
    for (const p of r.passages) assert.doesNotMatch(p.passage.text, /misappropriation/);
  });

  it('does not answer "how were decisions made" with a sentence that never says how anything was made', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how were decisions made at pp-14 — votes or something else?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /five decisions/);
    const fixed = answerQuestion('How were the dates and venue of PP-14 fixed?', index);
    assert.ok(fixed.found, 'a participle the corpus words otherwise ("set") still finds the answer');
    assert.match(fixed.passages[0]?.passage.text ?? '', /Council Decision 560/);
  });

  it('answers "how were decisions taken/made/reached" with the consensus, not with a decision a later meeting could take', async () => {
    const { index } = await contextFor();
    for (const line of [
      'how were decisions taken at PP-14 — by voting or otherwise?',
      'how were decisions made at pp14',
      'how were decisions actually reached at pp14 - by vote or some other way?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, r.found ? '' : `${line}: ${r.reason}`);
      assert.match(r.passages[0]?.passage.text ?? '', /by consensus/, line);
      for (const p of r.passages) assert.doesNotMatch(p.passage.text, /could take it/, line);
    }
  });

  it('does not answer "how does numbering work" with a field of counts ("Contents: 19 new resolutions …")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'How are new resolutions numbered in the Final Acts compared with revised ones?',
      index,
    );
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /^Contents:/);
    // "How many" still takes a count.
    const many = answerQuestion('how many new resolutions did busan adopt', index);
    assert.ok(many.found, many.found ? '' : many.reason);
    assert.match(many.passages[0]?.passage.text ?? '', /19/);
  });

  it('does not answer "how did X get into Y" with what Y holds now ("ITU\'s membership includes … Academia")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how did academia get into ITU membership in the first place?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /membership includes/);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /trial basis/);
  });
});
