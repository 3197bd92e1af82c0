import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: a sibling named alike is not the thing asked (through answerQuestion)', () => {
  it('declines who chaired the Working Group of the Plenary from another entry that never names it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who chaired the working group of the plenary at pp-14?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /McElvane/);
    // A name said in other words still counts: "opened … with a ceremony" says "opening ceremony".
    const park = answerQuestion('which korean president spoke at the opening ceremony', index);
    assert.ok(park.found);
    assert.match(park.passages[0]?.passage.text ?? '', /Park Geun-hye/);
  });

  it('tells a source from its sibling: "OTI\'s first dispatch" does not say who wrote the final one', async () => {
    const { index } = await contextFor();
    const final = answerQuestion("Who wrote OTI's final dispatch from Busan?", index);
    assert.equal(final.found, false);
    const first = answerQuestion('who wrote the first OTI dispatch', index);
    assert.ok(first.found);
    assert.match(first.passages[0]?.passage.text ?? '', /first dispatch/);
  });

  it("tells an entry from its sibling: the opening ceremony's media count does not answer for the closing ceremony", async () => {
    const { index } = await contextFor();
    const closing = answerQuestion('how many media were there at the closing ceremony?', index);
    if (closing.found) for (const p of closing.passages) assert.notEqual(p.entry.id, 'opening-ceremony');
    const opening = answerQuestion('how many media were there at the opening ceremony?', index);
    assert.ok(opening.found);
    assert.match(opening.passages[0]?.passage.text ?? '', /600 media/);
    // A longer name holding the one asked ("the election of the TSB Director") is no sibling, nor is
    // the entry a name's last word names ("ICT" of "the definition of ICT").
    assert.ok(answerQuestion('who were the other candidates for TSB director', index).found);
    assert.ok(answerQuestion("Why did OTI think the definition of 'ICT' mattered so much?", index).found);
  });

  it('reads a name said with an article as that name, no sibling: "the conference" for "the 2014 Plenipotentiary Conference"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'What were the opening and closing dates of the 2014 Plenipotentiary Conference?',
      index,
    );
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /20 October[\s\S]*7 November/);
  });

  it("counts a source the question attributes to ('according to OTI's final dispatch') as said by the passage citing it", async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      "How many proposals were negotiated in Busan according to OTI's final dispatch?",
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /452/);
    // Asked about, the source is no teller: its citation does not say who wrote it.
    const author = answerQuestion("Who wrote OTI's final dispatch from Busan?", index);
    assert.equal(author.found, false);
  });

  it("counts the verb a named source tells by ('what does ITU's own history page record') as said by the passage citing it", async () => {
    const { index } = await contextFor();
    const r = answerQuestion("How many delegates does ITU's own history page record for PP-14?", index);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : r.reason, /2,505/);
  });

  it("does not answer from a field labelled with the entry's other thing: 'Ebola: … proposed by Sierra Leone' for the youth resolution", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Which country proposed the youth resolution?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /^Ebola:/);
    // A field labelling a part of the entry's one thing still answers ("Outcome according to OTI").
    assert.ok(
      answerQuestion('Why did India end up withdrawing its secure information society proposal?', index)
        .found,
    );
  });

  it("answers a question naming no meeting from the conference's own venue, never PP-18's; PP-18 named any way still answers", async () => {
    const { index } = await contextFor();
    for (const line of ['what was the venue?', 'yo where exactly was it held, venue name pls']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, r.found ? '' : `${line}: ${r.reason}`);
      assert.match(r.passages[0]?.passage.text ?? '', /BEXCO/, line);
      for (const p of r.passages) assert.doesNotMatch(p.passage.text, /Dubai/, line);
    }
    for (const line of [
      'where was the next plenipot held',
      'where was the plenipot after busan',
      'where was the 2018 one held',
    ]) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /Dubai/, line);
    }
  });
});
