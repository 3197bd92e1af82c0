import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { focusOf } from '../../src/search/question-focus.ts';
import { contextFor } from '../helpers.ts';

describe('question focus: the kind of answer asked for', () => {
  it('reads a "name" at the end of the clause as the kind of answer, and what comes before it as whose', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.deepEqual(focus("whats the deputy sg's name"), { typeWord: 'name', answerWords: ['name'] });
    assert.equal(focus('the korean guy who became TSB director, what was his name again').typeWord, 'name');
    // "The name of …" is read as before; "the names committee" is no name asked for.
    assert.equal(focus('what was the name of the deputy sg').typeWord, 'name');
    assert.notEqual(focus('what did the name change do').typeWord, 'name');
  });

  it('reads how many the answer holds ("which two candidates") as describing the answer, not as asked of it', async () => {
    const { index } = await contextFor();
    const focus = focusOf(index.nlp.read('Which two candidates lost to Chaesub Lee in the TSB race?').tokens);
    assert.deepEqual(focus, { typeWord: 'candidates', answerWords: ['two', 'candidates'] });
    const r = answerQuestion('Which two candidates lost to Chaesub Lee in the TSB race?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Jamoussi/);
  });

  it('keeps "two" of "which two ITU officials" in the answer, and reads "what subject does" as asking a subject', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.deepEqual(focus('Which two ITU officials were made honorary citizens of Busan?').answerWords, [
      'two',
      'officials',
    ]);
    assert.equal(focus('What subject does Resolution 190 adopted in Busan address?').typeWord, 'subject');
    assert.equal(focus('which new resolutions were adopted').typeWord, 'resolutions');
    const r = answerQuestion('Which two ITU officials were made honorary citizens of Busan?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Zhao/);
  });

  it('answers "what was his name again" with the person', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'the korean guy who became TSB director in 2014, what was his name again',
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Chaesub Lee/);
  });

  it('reads a line with no question word that ends on "name" as asking one: "pp14 venue name pls"', async () => {
    const { index } = await contextFor();
    const venue = answerQuestion('for my deck - pp14 venue name pls', index);
    assert.match(venue.found ? (venue.passages[0]?.passage.text ?? '') : '', /BEXCO/);
    const mid = answerQuestion('pls remind me the venue name for pp14, for my deck', index);
    assert.match(mid.found ? (mid.passages[0]?.passage.text ?? '') : '', /BEXCO/);
    const rrb = answerQuestion('who got elected to the RRB in 2014, names pls', index);
    assert.equal(rrb.found, false, rrb.found ? rrb.passages[0]?.passage.text : '');
  });
});
