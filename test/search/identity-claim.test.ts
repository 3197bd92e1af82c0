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

  it('answers "No" with what the text is when the topic names another entry and nothing of the text says it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Resolution 197 is the cybersecurity one, right?', index);
    assert.ok(r.found, 'several texts are about cybersecurity, but none of them is Resolution 197');
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /Resolution 197 .*Internet of Things/);
    const own = answerQuestion('res 130 was the cybersecurity one, right?', index);
    assert.notEqual(own.found && own.lead, 'no', "Resolution 130's own text says cybersecurity");
    // How a text stands ("the new ... resolution") is no word of its topic.
    const status = answerQuestion(
      'Is it true that Resolution 185 is the new cybersecurity resolution?',
      index,
    );
    assert.ok(status.found && status.lead === 'no', status.found ? '' : status.reason);
    assert.match(status.passages[0]?.passage.text ?? '', /flight tracking/);
  });

  it('reads a tag question ("isn\'t it?") as no word of the topic', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("Resolution 185 is the cybersecurity one, isn't it?", index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /flight tracking/);
  });

  it('does not rest a "No" on a number the corpus gives only as unverified, but on what the claimed text is', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Resolution 191 is the Ebola one, right?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.equal(r.passages[0]?.passage.uncertain ?? false, false);
    assert.match(r.passages[0]?.passage.text ?? '', /^Resolution 191 /);
  });

  it('does not say "No" when the number is the one the topic names, or when the topic names no one text', async () => {
    const { index } = await contextFor();
    const right = answerQuestion('Res 185 is the flight tracking one, right?', index);
    assert.notEqual(right.found && right.lead, 'no');
    const unnamed = answerQuestion('res 185 was the plane tracking one, right?', index);
    assert.notEqual(
      unnamed.found && unnamed.lead,
      'no',
      'a topic the corpus names nowhere may be worded otherwise',
    );
    const plain = answerQuestion('was Resolution 25 revised in Busan?', index);
    assert.notEqual(plain.found && plain.lead, 'no', 'a question about a text, not which text it is');
  });
});
