import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('a fact-check stated in other words (through answerQuestion)', () => {
  it('answers a claimed value the corpus states with another verb, with no "Yes" or "No"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("The financial plan adopted at Busan runs 2015-2018, doesn't it?", index);
    assert.ok(r.found);
    assert.equal(r.lead, undefined);
    assert.match(r.passages[0]?.passage.text ?? '', /2015-2018/);
  });

  it('does not when the number only names a text, nor when the line asks the bot for something', async () => {
    const { index } = await contextFor();
    for (const line of [
      'Was the Committee 6 revision of Resolution 25 finally adopted in plenary?',
      'Can you list the 48 countries elected to the ITU Council in 2014?',
    ])
      assert.equal(answerQuestion(line, index).found, false, line);
  });

  it('needs a claimed date said as one ("13 October"), and not as a time counted before the thing claimed', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('PP-14 opened on 13 October, yes?', index);
    // A correction gives the date the corpus has instead ("No. PP-14 opened on … 20 October 2014").
    if (r.found && r.lead === 'no')
      assert.match(r.passages[0]?.passage.text ?? '', /opened on Monday 20 October/);
    for (const p of r.found && r.lead !== 'no' ? r.passages : []) {
      // "21 October 2011 … 13 December 2011" gives the day and the month, not the date.
      assert.match(p.passage.text, /13 October/);
      // "given on 13 October 2014, a week before the conference opened" dates the briefing.
      assert.doesNotMatch(p.passage.text, /a week before the conference/);
    }
  });

  it('answers "No" when the passage denies the claim\'s own action, however the claim says it was done ("got heavily rewritten")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('true or false: the ITU Constitution got heavily rewritten at Busan', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /did not amend/);
    // A negation of something else the passage says ("not on how many votes were cast") denies nothing.
    const vote = answerQuestion(
      'yes or no: was there a formal vote on anything at pp-14 other than elections',
      index,
    );
    assert.notEqual(vote.found && vote.lead, 'no');
  });
});

describe('a fact-check stated in other words: only by a passage that says its things', () => {
  it('does not confirm "PP-14 formally picked Dubai for 2018 in one of its resolutions" with PP-18 taking place in Dubai, nor with a source summarising a 2018 text', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'PP-14 formally picked Dubai for 2018 in one of its resolutions, correct?',
      index,
    );
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });

  it('still answers a claim whose things the passage says with another verb', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Were the BR and BDT directors returned with 166 of 166 votes?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /166 of 166/);
  });
});

describe('a fact-check stated in other words: a text named with an abbreviation', () => {
  it('does not answer "Was the Res. 25 revision adopted in the end?" with its debate, "25" being its number, no value', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Was the Res. 25 revision adopted in the end?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });
});
