import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: someone the question does not name (through answerQuestion)', () => {
  it('reads a verb qualifying the noun asked ("candidates that competed") as saying which, not as the action asked', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Who were the other candidates that competed for TSB Director?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Jamoussi/);
  });

  it('finds someone new in a sentence a name opens, when the question names the post in a list ("science and ICT minister")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'who was the korean science and ICT minister who spoke first at the opening?',
      index,
    );
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages.map((p) => p.passage.text).join(' '), /Choi Yang-hee/);
  });

  it('finds nobody new in a list of the Bureaux beside the one asked, and someone in the Director elected', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('asking for a colleague — whos TSB dir after busan', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Chaesub Lee/);
    for (const p of r.passages) assert.doesNotMatch(p.passage.text, /^ITU has three Bureaux/);
  });

  it('answers "who" with neither the teller or judge ("ITU called the post …") nor without the organisation that did the act asked ("ITU launched …")', async () => {
    const { index } = await contextFor();
    const won = answerQuestion('Who won the Deputy Secretary-General post?', index);
    assert.match(won.found ? (won.passages[0]?.passage.text ?? '') : '', /Johnson/);
    const launched = answerQuestion('who launched the ebola app', index);
    assert.match(launched.found ? (launched.passages[0]?.passage.text ?? '') : '', /^ITU launched/);
  });

  it('answers who holds a post with a person, not a list of posts ("PP-14 elected ITU\'s Secretary-General … and the three Directors"), and who ran against someone with "no rival"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who runs the radio bureau now?? asking for the sat folks', index);
    for (const p of r.found ? r.passages : [])
      assert.doesNotMatch(p.passage.text, /^PP-14 elected ITU's Secretary-General, Deputy/);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /Rancy/);
    const rivals = answerQuestion('who ran against zhao', index);
    assert.match(rivals.found ? (rivals.passages[0]?.passage.text ?? '') : '', /no rival/);
  });

  it('answers who was elected only with people or states, not a sentence of bodies in capitals', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('who got elected to the RRB in 2014', index).found, false);
    const sg = answerQuestion('who was elected SG', index);
    assert.match(sg.found ? sg.passages.map((p) => p.passage.text).join(' ') : '', /Zhao/);
  });
});

describe('verify: a country named with "of" in it is the named person\'s, not someone new', () => {
  it('does not answer "who was running TSB before Lee" with "Chaesub Lee of the Republic of Korea was elected …"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who was running TSB before Lee', index);
    const said = r.found ? r.passages.map((p) => p.passage.text).join(' ') : '';
    assert.doesNotMatch(
      r.found ? (r.passages[0]?.passage.text ?? '') : '',
      /of the Republic of Korea was elected/,
    );
    assert.match(said, /Malcolm Johnson/);
  });
});
