import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { asksOpinion, kindOf } from '../../src/search/question-kind.ts';
import { contextFor } from '../helpers.ts';

describe('question kind: lines that ask for an opinion', () => {
  it("tells a line asking the bot's view from one asking what a source thought", async () => {
    const { index } = await contextFor();
    const read = (line: string) => asksOpinion(index.nlp.read(line).tokens);
    assert.equal(read('do you think the ITU should be running the internet?'), true);
    assert.equal(read("what's your take on the India proposal"), true);
    assert.equal(read('what did OTI think of the India proposal?'), false);
    assert.equal(read('can you tell me who chaired PP-14?'), false);
  });

  it('declines an opinion question instead of citing a sentence that shares its words', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('do you think the ITU should be running the internet?', index).found, false);
  });
});

describe('question kind: what a question word asks', () => {
  it('reads "where in the speaking order" as a position, not a place, and "where in Busan" as a place', async () => {
    const { index } = await contextFor();
    const kind = (line: string) => kindOf(index.nlp.read(line).tokens);
    assert.equal(kind('where in the speaking order was toure at the opening ceremony'), 'other');
    assert.equal(kind('where in Busan was the conference held'), 'where');
    assert.equal(kind('where was WTDC-14 held'), 'where');
  });

  it('reads "what (event) prompted X" as asking a cause, as "why" does, and "what led" only with "to"', async () => {
    const { index } = await contextFor();
    const kind = (line: string) => kindOf(index.nlp.read(line).tokens);
    assert.equal(kind('What event prompted the flight-tracking resolution?'), 'why');
    assert.equal(kind('what triggered that'), 'why');
    assert.equal(kind('what led to the walkout'), 'why');
    assert.equal(kind('what led the ad hoc group'), 'what');
    // "Who … as?" asks a role.
    assert.equal(kind('Who were Touré and Zhao honoured by the city of Busan as?'), 'what');
    assert.equal(kind('who was honoured by the city of Busan'), 'who');
    const r = answerQuestion('What event prompted the flight-tracking resolution?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /MH370/);
  });

  it('reads a cause named after "what" or "which" ("the reason for", "the background to", "behind") as asking why', async () => {
    const { index } = await contextFor();
    const kind = (line: string) => kindOf(index.nlp.read(line).tokens.filter((t) => t.isWord));
    assert.equal(kind('What disaster was the background to the flight tracking resolution?'), 'why');
    assert.equal(kind("what's the reason for res 185"), 'why');
    assert.equal(kind('what was behind the flight tracking resolution'), 'why');
    // After "which" and a noun of two words too.
    assert.equal(kind('Which air disaster was the background to the flight tracking resolution?'), 'why');
    assert.equal(kind('which air disaster prompted the flight tracking resolution?'), 'why');
    // A noun that names no cause, or a cause with nothing after it, asks what.
    assert.equal(kind('what was the title of res 185'), 'what');
    assert.equal(kind('what was the reason'), 'what');
    for (const line of [
      'What disaster was the background to the flight tracking resolution?',
      'Which air disaster was the background to the flight tracking resolution?',
      'which air disaster prompted the flight tracking resolution?',
      "what's the reason for res 185",
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, r.found ? '' : `${line}: ${r.reason}`);
      assert.match(r.passages[0]?.passage.text ?? '', /MH370/);
    }
  });
});

describe('kindOf: a claim quoted to be checked', () => {
  it('reads "is it accurate that X … when it was lost" as yes or no, not "when"', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.nlp.read(line).tokens.filter((t) => t.isWord);
    assert.notEqual(
      kindOf(words('is it accurate that MH370 had 329 people on board when it was lost')),
      'when',
    );
    assert.equal(kindOf(words('when was MH370 lost')), 'when');
    const r = answerQuestion('is it accurate that MH370 had 329 people on board when it was lost', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /\b239\b/);
  });
});
