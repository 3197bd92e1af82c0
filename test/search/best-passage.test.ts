import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('best passage: the sentence that answers "when"', () => {
  it('dates the action asked ("announced"), not another its entry names ("took place")', async () => {
    const { index } = await contextFor();
    for (const line of [
      'when did the UAE announce its bid for pp-18',
      'uae announced its pp18 bid when exactly? day pls',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, r.found ? '' : `${line}: ${r.reason}`);
      assert.match(r.passages[0]?.passage.text ?? '', /22 October 2014/, line);
    }
  });

  it('keeps a field its label dates ("Date: 23 October 2014") first', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('On what date was the new Secretary-General elected?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /^Date: 23 October 2014/);
  });
});

describe('best passage: the sentence that answers "why"', () => {
  it('takes no reason for something else in the entry ("which is why the decision is cited as …")', async () => {
    const { index } = await contextFor();
    for (const line of [
      'why did ITU lose contributory units at Busan?',
      'how come ITU ended up with fewer contributory units after busan?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, r.found ? '' : `${line}: ${r.reason}`);
      assert.match(r.passages[0]?.passage.text ?? '', /lowered their class of contribution/, line);
      for (const p of r.passages) assert.doesNotMatch(p.passage.text, /which is why/, line);
    }
  });
});

describe('best passage: a field that lists the others', () => {
  it('does not lead "which candidate won" with "Other candidates:", but does a question about them', async () => {
    const { index } = await contextFor();
    const won = answerQuestion('Which candidate won the race for TSB Director?', index);
    assert.ok(won.found, won.found ? '' : won.reason);
    assert.doesNotMatch(won.passages[0]?.passage.text ?? '', /^Other candidates:/);
    assert.match(won.passages[0]?.passage.text ?? '', /Chaesub Lee/);
    const others = answerQuestion('who were the other candidates for TSB director?', index);
    assert.ok(others.found, others.found ? '' : others.reason);
    assert.match(others.passages.map((p) => p.passage.text).join(' '), /Jamoussi/);
  });
});

describe('best passage: why something matters', () => {
  it('does not give that Committee 5 could not agree as the reason the ICT fight matters', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("why does the fight over defining 'ICT' matter for internet governance?", index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /could not agree/);
  });
});
