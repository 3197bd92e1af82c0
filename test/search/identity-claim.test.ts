import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('identity claims: which text is which (through answerQuestion)', () => {
  it('answers "No" with the text the topic names, and says what the claimed number is', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Res 186 is the flight tracking resolution, right?', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /Resolution 185/);
    const both = answerQuestion('the mobile device theft one is Resolution 188, correct?', index);
    assert.ok(both.found);
    assert.equal(both.lead, 'no');
    const texts = both.passages.map((p) => p.passage.text).join(' ');
    assert.match(texts, /Resolution 189/, 'the text the topic names');
    assert.match(texts, /counterfeit/, 'and what Resolution 188 is');
  });

  it('does not say "No" when the number is the one the topic names, or when the topic names no one text', async () => {
    const { index } = await contextFor();
    const right = answerQuestion('Res 185 is the flight tracking one, right?', index);
    assert.notEqual(right.found && right.lead, 'no');
    const vague = answerQuestion('Resolution 197 is the cybersecurity one, right?', index);
    assert.notEqual(vague.found && vague.lead, 'no', 'several texts are about cybersecurity');
    const plain = answerQuestion('was Resolution 25 revised in Busan?', index);
    assert.notEqual(plain.found && plain.lead, 'no', 'a question about a text, not which text it is');
  });
});
