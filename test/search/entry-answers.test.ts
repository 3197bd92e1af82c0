import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { defined } from '../../src/search/entry-answers.ts';
import { contextFor } from '../helpers.ts';

describe('entry answers: a question that names an entry', () => {
  it('reads "what is X", "what is the full name of X (in Y)" and chat before a comma as naming X', async () => {
    const { index } = await contextFor();
    assert.equal(defined('what is the RRB', index)?.id, 'rrb');
    assert.equal(defined('what is the full name of the RRB', index)?.id, 'rrb');
    assert.equal(defined('what is the full name of PP in PP-14', index)?.id, 'pp');
    // What was done to it at the conference describes it: "signed during PP-14".
    assert.equal(
      defined('What was the Busan Initiative signed during PP-14?', index)?.id,
      'busan-initiative',
    );
    assert.equal(defined('sry dumb q, what is the full name of ITU', index)?.id, 'itu');
    assert.equal(defined('what is the full name of my cat', index), undefined);
  });

  it('answers "what does ITU even stand for" and "what does PP mean in PP-14" with the entry spelled out', async () => {
    const { index } = await contextFor();
    const itu = answerQuestion('for class: what does ITU even stand for lol', index);
    assert.ok(itu.found);
    assert.match(itu.passages[0]?.passage.text ?? '', /International Telecommunication Union/);
    const pp = answerQuestion('sry dumb q but what does PP mean in PP-14', index);
    assert.ok(pp.found);
    assert.match(pp.passages[0]?.passage.text ?? '', /Plenipotentiary Conference \(PP/);
  });
});
