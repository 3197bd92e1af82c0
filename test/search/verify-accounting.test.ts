import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify accounting: how a candidate accounts for a word of the question (through answerQuestion)', () => {
  it('takes a date the passage gives as when its event took place ("when did the SG election take place")', async () => {
    const { index } = await contextFor();
    for (const line of [
      'When did the Secretary-General election take place?',
      'On which date the Secretary-General election took place?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages[0]?.passage.text ?? '', /23 October 2014/, line);
    }
    // Another verb is no happening: when Zhao started is his term's start, not his election.
    const start = answerQuestion('when did zhao start?', index);
    assert.ok(start.found);
    assert.match(start.passages[0]?.passage.text ?? '', /1 January 2015/);
  });

  it('takes "the conference" as said by a sentence naming PP-14, and "the british guy" by "of the United Kingdom"', async () => {
    const { index } = await contextFor();
    const eve = answerQuestion('what did the ministerial meeting just before the conference adopt', index);
    assert.ok(eve.found);
    assert.match(eve.passages[0]?.passage.text ?? '', /Busan Declaration/);
    const brit = answerQuestion('whos the brit that got deputy sg', index);
    assert.ok(brit.found);
    assert.match(brit.passages[0]?.passage.text ?? '', /Malcolm Johnson/);
  });

  it('takes a small number typed in digits as the passage spells it ("2 of the 5" for "two of … five"), but not "1" as "one"', async () => {
    const { index } = await contextFor();
    const asia = answerQuestion(
      'did asia hold 2 of the 5 top itu posts for the first time after busan?',
      index,
    );
    assert.ok(asia.found);
    assert.match(asia.passages[0]?.passage.text ?? '', /two of ITU's five top posts/);
    // "One" is as often a pronoun: "the last one used" does not say "1".
    const one = answerQuestion(
      'how come the first new resolution from busan is number 185 and not 1?',
      index,
    );
    assert.ok(!one.found || !/last one used/.test(one.passages[0]?.passage.text ?? ''));
  });

  it('takes a rank of the thing asked as placing it in its series ("the 18th or the 19th in the series"), not any rank', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was the Busan plenipotentiary the 18th or the 19th in the series?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /19th Plenipotentiary Conference/);
    // Only a rank of the thing asked: ITU's "150th anniversary" places no plenipotentiary in a sequence.
    const ordinal = answerQuestion("Which Plenipotentiary was the Busan one in ITU's sequence?", index);
    assert.doesNotMatch(ordinal.found ? (ordinal.passages[0]?.passage.text ?? '') : '', /150th/);
  });

  it('takes numbers offered as choices only from the sentence, and of the thing they count ("2 weeks or 3")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was pp14 2 weeks or 3?? start n end dates pls', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /three weeks/);
  });

  it('takes a number as the figure or stat someone gave, and "figure" as a verb as no such word', async () => {
    const { index } = await contextFor();
    const text = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? (r.passages[0]?.passage.text ?? '') : '';
    };
    assert.match(text("what was touré's stat on women online at the gem-tech awards"), /200 million/);
    assert.match(text('What youth population statistic did ITU cite with the youth resolution?'), /42\.5%/);
    assert.doesNotMatch(text('Why did Ebola figure at a telecom conference in 2014?'), /19 December/);
  });
});
