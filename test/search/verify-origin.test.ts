import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: where a person is from (through answerQuestion)', () => {
  it('declines where someone is from when no country stands by their name, not naming one they dealt with', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what country is hamadoun touré from?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });

  it('answers it from "X of Country", in any wording of the question', async () => {
    const { index } = await contextFor();
    const text = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? (r.passages[0]?.passage.text ?? '') : '';
    };
    assert.match(text('What nationality is Brahima Sanou?'), /Sanou of Burkina Faso/);
    assert.match(text('where is chaesub lee from'), /Lee of the Republic of Korea/);
    assert.match(text('what country is malcolm johnson from'), /United Kingdom/);
  });

  it('reads "X is Turkish, right?" as a claim of where X is from: a rival of Turkey beside X does not bear it out', async () => {
    const { index } = await contextFor();
    for (const line of ['Chaesub Lee is Turkish right', 'chaesub lee is from turkey right']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Lee of the Republic of Korea/);
    }
    // No one's origin: a country the question asks about, and a text's proposer.
    const palestine = answerQuestion('quick one: was palestine there? as what', index);
    assert.match(palestine.found ? (palestine.passages[0]?.passage.text ?? '') : '', /observer/);
  });
});
