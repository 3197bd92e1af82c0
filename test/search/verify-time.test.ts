import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: the time a passage speaks of (through answerQuestion)', () => {
  it('does not answer a question dated to a month from a passage, or its entry, dated to another year', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Who was the Korean minister hosting the conference in October 2014?', index);
    if (r.found)
      for (const p of r.passages)
        assert.doesNotMatch(`${p.entry.title} ${p.passage.text}`, /2013|Choi Mun-Kee/);
  });

  it('does not answer a question about after the conference with a sentence whose years are all before it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what did the academia membership fee become after busan', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /Set in 2010/);
    const now = answerQuestion('how many academia members does itu have now?', index);
    for (const p of now.found ? now.passages : [])
      assert.doesNotMatch(p.passage.text, /2011/, '"now" is not 2011');
  });

  it('takes "the conference" as said by a sentence naming PP-14, and not by one dating the action to another year', async () => {
    const { index } = await contextFor();
    const eve = answerQuestion('On what day was the ministerial meeting held before the conference?', index);
    assert.ok(eve.found);
    assert.match(eve.passages[0]?.passage.text ?? '', /19 October 2014/);
    const fee = answerQuestion('What academia membership fee did the Busan conference set?', index);
    for (const p of fee.found ? fee.passages : []) assert.doesNotMatch(p.passage.text, /Set in 2010/);
  });

  it('answers what the conference did with what it did, not a statement before it or an app launched after it', async () => {
    const { index } = await contextFor();
    const text = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? (r.passages[0]?.passage.text ?? '') : '';
    };
    for (const line of ['how did the conference respond to ebola', 'what did the conference do about ebola'])
      assert.match(text(line), /Sierra Leone/, line);
    // The organisation acting, and a time the conference marks, are no such question.
    assert.match(text('When did ITU launch its Ebola-Info-Sharing app?'), /19 December 2014/);
    assert.match(text('what did the ministerial meeting the day before pp-14 adopt'), /Busan Declaration/);
  });

  it('answers what came before the conference with what came before it, not with what the conference did', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how did civil society push ITU for transparency before busan', index);
    assert.match(
      r.found ? (r.passages[0]?.passage.text ?? '') : '',
      /wrote to ITU's Secretary-General on 8 October 2014/,
    );
  });
});
