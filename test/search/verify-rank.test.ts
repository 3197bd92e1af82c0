import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: ranks and numbers asked (through answerQuestion)', () => {
  it('answers "under which number was X adopted" of a thing that is no meeting with the number a text gives it', async () => {
    const { index } = await contextFor();
    for (const line of [
      'Under which number was the Connect 2020 Agenda adopted?',
      'what number did the Connect 2020 agenda get',
    ]) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Resolution 200/, line);
    }
  });

  it('still reads "which number" of the conference as its rank, which a text number does not give', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'Which number in the series of ITU Plenipotentiary Conferences was the Busan meeting?',
      index,
    );
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /19th/);
  });

  it('does not answer "the very first secretary-general" with a first among a country\'s ("the first from China") or a first day', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who was the very first secretary-general of the ITU', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    // Asked among that country, the rank is the one asked.
    const china = answerQuestion('who was the first secretary-general from china', index);
    assert.match(china.found ? (china.passages[0]?.passage.text ?? '') : china.reason, /Zhao/);
    const korean = answerQuestion('who was the first Korean to win a top ITU post?', index);
    assert.match(korean.found ? (korean.passages[0]?.passage.text ?? '') : korean.reason, /Chaesub Lee/);
    // A rank of a time asked is the time's.
    const day = answerQuestion('what happened on the first day', index);
    assert.ok(day.found);
  });
});

describe('verify: a rank of another thing than the conference', () => {
  it('answers "ITU 150th anniversary year" with 2015, though the sentence places it after PP-14', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('ITU 150th anniversary year', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /2015/);
  });

  it('still corrects "PP-14 was the 20th plenipot" with its rank', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('PP-14 was the 20th plenipot, right?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /19th/);
  });
});
