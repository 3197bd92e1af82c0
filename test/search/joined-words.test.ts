import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { joinedWords } from '../../src/search/joined-words.ts';
import { contextFor } from '../helpers.ts';

describe('joined words: a hyphenated corpus word typed as one', () => {
  it("maps the joined spelling to the terms of the corpus's hyphenated word, and nothing else", async () => {
    const { corpus } = await contextFor();
    const joined = joinedWords(corpus);
    assert.deepEqual(joined.get('wifi'), ['wi', 'fi']);
    assert.ok(joined.get('gemtech')?.includes('tech'));
    assert.equal(joined.get('coffee'), undefined);
  });

  it('answers "wifi" from the sentence that writes "Wi-fi", where it was read as chat before', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('quick one, was there some wifi thing at the opening ceremony?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /jammed/);
  });
});
