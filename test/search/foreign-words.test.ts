import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { inEnglish } from '../../src/search/foreign-words.ts';
import { contextFor } from '../helpers.ts';

describe('inEnglish', () => {
  it('reads French, Spanish and Portuguese question words, tags, greetings and thanks as English', () => {
    assert.equal(inEnglish('combien de delegates at busan?'), 'how many delegates at busan?');
    assert.equal(inEnglish('cuántos votos?'), 'how many votos?');
    assert.equal(inEnglish('PP-14 was held in Seoul, n’est-ce pas?'), 'PP-14 was held in Seoul, right?');
    assert.equal(inEnglish('merci beaucoup'), 'thanks');
    assert.equal(inEnglish('Bonjour, who chaired PP-14?'), 'who chaired PP-14?');
  });

  it('drops their function words and folds English words spelt with accents, only in a line that mixes languages', () => {
    assert.equal(inEnglish('on which date did la conférence open'), 'on which date did the conference open');
    // An English line keeps its words, even ones those languages use ("son", "la", "AI").
    const english = 'did la nina or AI come up, or Zhao’s son?';
    assert.equal(inEnglish(english), english);
    // A name with accents is no English word spelt another way: "Touré" marks nothing.
    assert.equal(inEnglish('what did Touré say about AI'), 'what did Touré say about AI');
  });
});

describe('mixed-language questions (through answerQuestion)', () => {
  it('answers a French-mixed question and fact-check as the English ones', async () => {
    const { index } = await contextFor();
    const date = answerQuestion('Bonjour, on which exact date did la conférence in Busan open?', index);
    assert.match(date.found ? (date.passages[0]?.passage.text ?? '') : '', /20 October/);
    const seoul = answerQuestion('La conférence 2014 was held in Seoul, n’est-ce pas?', index);
    assert.ok(seoul.found);
    assert.match(`${seoul.lead ?? ''} ${seoul.passages[0]?.passage.text ?? ''}`, /^no .*Busan/i);
  });
});
