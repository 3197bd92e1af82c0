import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: which country and where (through answerQuestion)', () => {
  it('answers "which countries" with no newspaper named after one, no teller, and not the country of the person asked about', async () => {
    const { index } = await contextFor();
    // "China Daily", "according to the Korea Herald" and "Zhao … from China" name no country that voted.
    assert.equal(answerQuestion('which countries voted against zhao?', index).found, false);
    // "The United States and its allies opposed …": "States" is no reporting verb.
    const opposed = answerQuestion("which countries opposed expanding ITU's role in cybersecurity", index);
    assert.ok(opposed.found);
    assert.match(opposed.passages[0]?.passage.text ?? '', /United States/);
  });

  it('answers "where" only with a place: not with a numbered text or meeting ("Resolution 130 … at PP-14")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('wher was pp14 held exactly, like which building', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /BEXCO/);
    const plenipot = answerQuestion('where was the plenipotentiary held', index);
    assert.match(plenipot.found ? (plenipot.passages[0]?.passage.text ?? '') : '', /Busan/);
  });

  it("does not take a quoted title for a place: WTDC-14's theme does not say where it was held", async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('where was WTDC-14 held?', index).found, false);
  });

  it('reads a field\'s label as placing its value ("Venue: Dubai World Trade Centre"), and a whole name as new', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what venue in dubai hosted pp-18', index);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /World Trade Centre/);
  });

  it('does not take a post after "from" for a place: "a report from the BR Director" says not where WRC-15 was', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('where and when was WRC-15 held?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });

  it('does not take who tells it for a place: "according to CWG-Internet reports" says not where anything was held', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('where exactly was it held, venue name pls', index);
    for (const p of r.found ? r.passages : [])
      assert.doesNotMatch(p.passage.text, /according to CWG-Internet/);
  });

  it('asks a text named by what it did to say that act ("which PP-14 text formally picked Dubai"), but not what a text covers or where it stands', async () => {
    const { index } = await contextFor();
    assert.equal(
      answerQuestion('which PP-14 text formally picked Dubai for 2018? doc number pls', index).found,
      false,
    );
    const covers = answerQuestion('Which new resolution covers the Internet of Things?', index);
    assert.match(covers.found ? (covers.passages[0]?.passage.text ?? '') : '', /Resolution 197/);
    // "Concerns" read as a noun is what the text is about too, which "the resolution on X" says.
    const concerns = answerQuestion('Which new Busan resolution concerns the Internet of Things?', index);
    assert.match(concerns.found ? (concerns.passages[0]?.passage.text ?? '') : '', /Resolution 197/);
    const first = answerQuestion('Which text appears first in the Busan Final Acts?', index);
    assert.match(first.found ? (first.passages[0]?.passage.text ?? '') : '', /Decision 5/);
  });

  it('asks texts named by what was done to them ("which resolutions were abrogated") to say that act, unless it is only "given"', async () => {
    const { index } = await contextFor();
    const abrogated = answerQuestion('Which resolutions were abrogated (SUP) at PP-14?', index);
    assert.equal(abrogated.found, false, abrogated.found ? abrogated.passages[0]?.passage.text : '');
    const given = answerQuestion('which resolution was given its own ad hoc working group', index);
    assert.match(given.found ? (given.passages[0]?.passage.text ?? '') : '', /Resolution 130/);
  });

  it('takes a venue asked only from a sentence that names one ("Venue: BEXCO", "the venue, BEXCO"), not one that sets it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('In which venue in Busan were the sessions held?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /set the venue/);
    const building = answerQuestion('what building in busan actually hosted the conference', index);
    assert.match(building.found ? (building.passages[0]?.passage.text ?? '') : '', /BEXCO/);
  });

  it('answers "who are the member states" with countries: a count of them and another body named beside it are none', async () => {
    const { index } = await contextFor();
    const text = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? (r.passages[0]?.passage.text ?? '') : '';
    };
    assert.equal(text('who are the 48 council member states elected in busan'), '');
    assert.match(text('who were the countries that proposed the ebola resolution'), /Sierra Leone/);
  });
});
