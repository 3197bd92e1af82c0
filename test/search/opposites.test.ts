import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('opposites: claims the record contradicts in other words (through answerQuestion)', () => {
  it('answers "No" with the sentence that says the fact the vocabulary pairs with the claim', async () => {
    const { index } = await contextFor();
    const cases: [string, RegExp][] = [
      ['Connect 2020 got through on a close vote, right?', /unanimously/],
      ['Connect 2020 only squeaked through on a majority vote, right?', /unanimously/],
      ['Brahima Sanou lost his re-election at the BDT, correct?', /re-elected/],
      ['Houlin Zhao beat three rivals to become Secretary-General, right?', /unopposed/],
      // "A couple of" measures the candidates; it is no topic the corpus lacks.
      ['zhao beat a couple of other candidates for sg, right?', /unopposed/],
      ['Committee 5 agreed a definition of ICT at PP-14, true?', /could not|unable to/],
    ];
    for (const [line, fact] of cases) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.equal(r.lead, 'no', line);
      assert.match(r.passages[0]?.passage.text ?? '', fact, line);
    }
  });

  it('never says "No" to the fact itself, nor to a claim about something the fact is not about', async () => {
    const { index } = await contextFor();
    for (const line of [
      'was Connect 2020 adopted unanimously?',
      'did Chaesub Lee lose the 2006 TSB election?',
      'was the flight tracking resolution agreed, right?',
    ]) {
      const r = answerQuestion(line, index);
      assert.notEqual(r.found && r.lead, 'no', line);
    }
  });

  it('sets every claim the line makes aside before checking the rest: "beat his rival by a narrow margin"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('zhao beat his rival by a pretty narrow margin, right?', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /unopposed/);
  });

  it('answers "in person" with "No" where the record says "by video"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('ban ki-moon flew in and spoke in person at the opening, right?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /video/);
  });

  it('corrects "Sanou lost his re-election" by his re-election, not by another person\'s sentence sharing its words', async () => {
    const { index } = await contextFor();
    for (const line of [
      "brahima sanou lost his re-election at pp14, didn't he?",
      "brahima sanou lost his re-election bid at pp14, didn't he?",
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Sanou .*re-elected/, line);
    }
  });
});
