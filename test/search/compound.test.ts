import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { splitQuestions } from '../../src/search/compound.ts';
import { contextFor } from '../helpers.ts';

describe('compound questions: a line that asks two, answered a question at a time', () => {
  it('splits a line into two questions after a comma, a question mark, a dash or "and" before a question word', () => {
    assert.deepEqual(
      splitQuestions('How many votes did Chaesub Lee obtain, and how many were required to win?'),
      ['How many votes did Chaesub Lee obtain', 'how many were required to win?'],
    );
    assert.deepEqual(splitQuestions('did the korean president come to the opening? who was it'), [
      'did the korean president come to the opening',
      'who was it',
    ]);
    assert.deepEqual(splitQuestions('whats the ebola app itu launched called and when did it come out'), [
      'whats the ebola app itu launched called',
      'when did it come out',
    ]);
  });

  it('does not split a claim before a question, a short tail, or one question with a question word inside', () => {
    assert.equal(splitQuestions('japan gave some $$ for an ebola app right, how much'), undefined);
    assert.equal(splitQuestions('zhao was deputy SG before rite? which years'), undefined);
    assert.equal(splitQuestions('who was elected Secretary-General?'), undefined);
    assert.equal(splitQuestions('tell me what happened to OTT, and why'), undefined);
    // A relative clause after a comma is no second question.
    assert.equal(
      splitQuestions(
        'How many people were on board MH370, which was the trigger for the flight tracking talks?',
      ),
      undefined,
    );
  });

  it('answers each of two questions when the line read as one finds nothing', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'Why did Committee 5 not settle a definition of ICT, and what did the ITU-T study group chairmen object to?',
      index,
    );
    assert.ok(r.found, r.found ? '' : r.reason);
    const text = r.passages.map((p) => p.passage.text).join(' ');
    assert.match(text, /could not reach consensus/);
    assert.match(text, /not mature/);
    assert.equal(r.unanswered, undefined);
  });

  it("reads a second question that names nothing of its own against the first one's subject, and names it when unanswered", async () => {
    const { index } = await contextFor();
    const both = answerQuestion(
      'How many votes did Chaesub Lee obtain, and how many were required to win?',
      index,
    );
    assert.match(both.found ? both.passages.map((p) => p.passage.text).join(' ') : '', /85/);
    // One that names its own subject and finds nothing is named as not answered; one that leans on the
    // first ("what's its number?") may be answered by the first's passage, and is not.
    const other = answerQuestion(
      'How many votes did Chaesub Lee obtain, and how many did Bilel Jamoussi get?',
      index,
    );
    assert.ok(other.found);
    assert.match(other.passages[0]?.passage.text ?? '', /87/);
    assert.equal(other.unanswered, 'how many did Bilel Jamoussi get?');
    const leaning = answerQuestion(
      'How many votes did Chaesub Lee secure, and how many were required?',
      index,
    );
    assert.ok(leaning.found);
    assert.equal(leaning.unanswered, undefined);
  });

  it('never answers the second question alone when the first, which sets its subject, finds nothing', async () => {
    const { index } = await contextFor();
    for (const line of [
      'How is the Ebola resolution supposed to work in practice - which partners does ITU lean on?',
      'how did the UAE win the right to host PP-18 — what was the PP-14 decision?',
      'When and where was PP-22 held, and who won the SG race there?',
      'who were the other DSG candidates and what did they get in round 1',
    ]) {
      const r = answerQuestion(line, index);
      assert.equal(r.found, false, r.found ? `${line}: ${r.passages[0]?.passage.text}` : '');
    }
  });
});
