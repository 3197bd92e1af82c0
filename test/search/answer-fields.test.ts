import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingFormRun, trailingFormRun } from '../../src/search/answer-fields.ts';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('answer fields: what an answer is asked in, listed beside what it is of', () => {
  it('reads fields listed at the start, before "of" ("name + country of the SG"), and only there', async () => {
    const { index } = await contextFor();
    const fields = (line: string) => leadingFormRun(index.nlp.read(line).tokens).map((t) => t.text);
    assert.deepEqual(fields('name + country of the SG elected in 2014'), ['name', 'country']);
    assert.deepEqual(fields('what was the name and country of the SG elected in 2014'), ['name', 'country']);
    assert.deepEqual(fields('name of the SG elected in 2014'), []);
    assert.deepEqual(fields('country and name of the SG'), []);
    const trailing = (line: string) => trailingFormRun(index.nlp.read(line).tokens).map((t) => t.text);
    assert.deepEqual(trailing('tsb director elected 2014, name + country'), ['name', 'country']);
  });

  it('answers "name + country of the SG elected in 2014" with Zhao of China, not a sentence that "names" others', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('for my slides pls: name + country of the SG elected in 2014', index);
    const said = r.found ? r.passages.map((p) => p.passage.text).join(' ') : '';
    assert.match(said, /Zhao/);
    assert.match(said, /China/);
    assert.doesNotMatch(said, /signatories/);
  });
});
