import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { createNlp, spacedJoinedWords } from '../../src/search/nlp.ts';
import { contextFor } from '../helpers.ts';

describe('nlp: a line is read the same whatever was read before it', () => {
  it('sets off punctuation at the edge of a word joined by an apostrophe or a hyphen, and nothing else', () => {
    assert.equal(spacedJoinedWords("as reported in ITU's, please"), "as reported in ITU's , please");
    assert.equal(spacedJoinedWords('the (Ebola-Info-Sharing) app'), 'the ( Ebola-Info-Sharing ) app');
    assert.equal(spacedJoinedWords("what's the U.S. view, then?"), "what's the U.S. view, then?");
  });

  it('reads "ITU\'s" as "ITU" and "\'s" after a line that has "ITU\'s," as before it', () => {
    const nlp = createNlp();
    const texts = (line: string) => nlp.read(line).tokens.map((t) => t.text);
    const before = texts("When was ITU's app launched");
    nlp.read("as reported in ITU's, please");
    assert.deepEqual(texts("When was ITU's app launched"), before);
    assert.deepEqual(before.slice(2, 4), ['ITU', "'s"]);
  });

  it('answers a question about "ITU\'s" app after a line that ends a clause on "ITU\'s"', async () => {
    const { index } = await contextFor();
    answerQuestion(
      "I'd like the four pillars or goals around which the Connect 2020 Agenda was structured, as reported in ITU's press release, please.",
      index,
    );
    const r = answerQuestion("When was ITU's Ebola-Info-Sharing app launched?", index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /19 December 2014/);
  });
});
