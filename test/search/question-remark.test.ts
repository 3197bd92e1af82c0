import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { withoutRemark } from '../../src/search/question-remark.ts';
import { contextFor } from '../helpers.ts';

describe("question remark: the asker's remark after the question", () => {
  it("sets the asker's remark after the last comma aside, and keeps a clause that asks", async () => {
    const { index } = await contextFor();
    const read = (line: string) => withoutRemark(index.nlp.read(line).tokens);
    assert.match(read('how many votes did zhao get, saw a number somewhere')[1] ?? '', /saw a number/);
    assert.equal(read('who won the TSB race, and by how many votes')[1], undefined);
  });
  it('sets a remark aside whose number is the asker\'s clock or slide ("filing in 10 min"), and keeps one asked', async () => {
    const { index } = await contextFor();
    const read = (line: string) => withoutRemark(index.nlp.read(line).tokens);
    assert.match(read('when did busan wrap up, filing in 10 min')[1] ?? '', /filing in 10 min/);
    assert.match(read('how many votes did johnson get, deadline in 20 min')[1] ?? '', /deadline in 20 min/);
    const deadline = answerQuestion('need the deputy SG vote count for my piece, deadline in 20 min', index);
    assert.match(deadline.found ? (deadline.passages[0]?.passage.text ?? '') : '', /\b104\b/);
    assert.match(read('how many resolutions came out of busan, need a num for slide 3')[1] ?? '', /slide 3/);
    // A remark about the asker's own circumstances ("my", "me", "our"), with no verb first.
    assert.match(
      read('whats the exact closing date of pp14, editor breathing down my neck')[1] ?? '',
      /editor/,
    );
    // "US" is no first person: "…, in US dollars?" asks the currency.
    assert.equal(read('How much did Japan pledge for the Ebola app, in US dollars?')[1], undefined);
    assert.equal(read('which resolutions were revised, like 130 and 174')[1], undefined);
    const r = answerQuestion('when did busan wrap up, filing in 10 min', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /7 November/);
  });
  it('sets aside a remark on how the answer must be written ("…, spelling matters"), even after a line with no question word', async () => {
    const { index } = await contextFor();
    const read = (line: string) => withoutRemark(index.nlp.read(line).tokens);
    assert.equal(read('new TSB guy from korea, name pls, spelling matters')[1], 'spelling matters');
    assert.equal(read('who chaired pp14, exact spelling pls')[1], 'exact spelling pls');
    // A clause that asks ("…, what spelling did ITU use") is no remark.
    assert.equal(read('who chaired pp14, which spelling did ITU use')[1], undefined);
  });

  it('sets aside a remark on the asker\'s own piece of work ("…, pasting into my report") after a line with no question word', async () => {
    const { index } = await contextFor();
    const read = (line: string) => withoutRemark(index.nlp.read(line).tokens);
    assert.equal(read('pls exact title of res 174, pasting into my report')[1], 'pasting into my report');
    const r = answerQuestion('pls exact title of res 174, pasting into my report', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /illicit use of information/);
  });
});
