import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('post claims: a post given to the wrong person (through answerQuestion)', () => {
  it('answers "No" with the post\'s holder, then what the person named was elected to', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('rancy won the TSB director post, right?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /Chaesub Lee/);
    assert.match(r.passages[1]?.passage.text ?? '', /Rancy[\s\S]*BR Director/);
    // An acronym of the corpus's vocabulary names the post ("SG": Secretary-General).
    const sg = answerQuestion('toure was elected SG in busan, right?', index);
    assert.ok(sg.found && sg.lead === 'no');
    assert.match(sg.passages[0]?.passage.text ?? '', /Houlin Zhao/);
  });

  it('leaves a true claim, a post held at another time, and a post merely held to the other stages', async () => {
    const { index } = await contextFor();
    for (const line of [
      'zhao was elected SG, right?',
      'zhao was deputy SG before, right?',
      'johnson was tsb director, right?',
      'zhao won the deputy sg election in 2006, right?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(!(r.found && r.reason.startsWith('gives the post to')), line);
    }
  });

  it('answers "X was <post> before, right?" from the person\'s earlier posts, with "No" only when the post is not among them', async () => {
    const { index } = await contextFor();
    const wrong = answerQuestion('zhao was BR director before becoming SG, right', index);
    assert.ok(wrong.found && wrong.lead === 'no');
    assert.match(
      wrong.found ? (wrong.passages[0]?.passage.text ?? '') : '',
      /Deputy Secretary-General \(2007-2014\)/,
    );
    const right = answerQuestion('zhao was deputy SG before he got the top job, correct?', index);
    assert.ok(right.found && right.lead === undefined);
    assert.match(right.found ? (right.passages[0]?.passage.text ?? '') : '', /Earlier ITU posts/);
  });
});
