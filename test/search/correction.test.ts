import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('correction (through answerQuestion)', () => {
  it('needs a fact-check\'s names said by the sentence, not only by its entry\'s authored questions ("was ban ki-moon there in person")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was ban ki-moon actually there in person??', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Ban Ki-moon[\s\S]*video/);
  });

  it('reads a statement with a tag ("…, didn\'t it") as the claim, and answers it "No" from the entry that denies it', async () => {
    const { index } = await contextFor();
    for (const line of [
      "the busan conference amended the ITU constitution didn't it",
      "the busan conference amended the ITU constitution, didn't it",
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /[Nn]ot amend/);
    }
  });

  it('corrects a place of several words ("was in Abu Dhabi") by another place, as a one-word place is', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('PP-18 was in Abu Dhabi right?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Dubai/);
    // A person claimed is still corrected by a person.
    const chair = answerQuestion('PP-14 was chaired by Choi Yang-hee right?', index);
    assert.match(chair.found ? (chair.passages[0]?.passage.text ?? '') : '', /Wonki Min/);
  });

  it('corrects a count of rivals, in figures or words, by a sentence that counts none ("no rival candidate")', async () => {
    const { index } = await contextFor();
    for (const line of ['Zhao had two rivals for SG, yes?', 'Zhao had 2 rivals for SG, yes?']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /no rival|unopposed|only candidate/);
    }
    // "A million dollars" is an amount, corrected by another amount, not a count.
    const pledge = answerQuestion('So Japan put up a million dollars for the Ebola app, true?', index);
    assert.match(pledge.found ? (pledge.passages[0]?.passage.text ?? '') : '', /180,000/);
  });

  it('never corrects an amount written short ("180k") by the same amount in full, nor a currency\'s nationality ("swiss francs")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('is it true japan chipped in like 180k swiss francs for an ebola app', index);
    assert.ok(!(r.found && r.lead === 'no'), r.found ? r.passages[0]?.passage.text : '');
    // A different amount is still corrected.
    const million = answerQuestion('japan put like a million dollars into the ebola app, right?', index);
    assert.ok(million.found && million.lead === 'no');
  });

  it('offers no "No" to choices ("the 18th, 19th or 20th?"), nor from a sentence about the conference for "the plenipot after busan"', async () => {
    const { index } = await contextFor();
    const choices = answerQuestion('was busan the 18th, 19th or 20th plenipotentiary?', index);
    assert.ok(choices.found && choices.lead !== 'no');
    assert.match(choices.passages[0]?.passage.text ?? '', /19th/);
    const after = answerQuestion('the plenipot after busan went to dubai, right?', index);
    if (after.found)
      assert.doesNotMatch(after.passages[0]?.passage.text ?? '', /Working Group of the Plenary/);
  });

  it('corrects a figure of a named agenda whose first word the model reads as a verb ("connect 2020 goal was 50%")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('connect 2020 goal was 50% of individuals online, correct?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /60% of individuals/);
  });

  it('never takes a word of an entry\'s name, said with the rest of it, as the claim ("the busan initiative")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was the busan initiative actually implemented afterwards', index);
    assert.ok(!(r.found && r.lead === 'no'), r.found ? r.passages[0]?.passage.text : '');
  });

  it('corrects a fact-check asked as "is it true X", as a bare statement, or by an amount or a numbered name', async () => {
    const { index } = await contextFor();
    const lead = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? { lead: r.lead, text: r.passages[0]?.passage.text ?? '' } : undefined;
    };
    const belgian = lead('is it true Rancy is Belgian?');
    assert.equal(belgian?.lead, 'no', '"is it true" frames the claim; "true" is not looked for');
    assert.match(belgian?.text ?? '', /France/);
    const passed = lead('is it true the flight tracking resolution was passed on 31 October?');
    assert.notEqual(passed?.lead, 'no');
    assert.match(passed?.text ?? '', /31 October/);
    const votes = lead('Zhao got 166 votes?');
    assert.equal(votes?.lead, 'no', 'a statement about a name, asked, is a fact-check');
    assert.match(votes?.text ?? '', /152/);
    const pledge = lead('Japan pledged CHF 1.8 million for the Ebola app, right?');
    assert.equal(pledge?.lead, 'no', '"1.8 million" is one amount, and "180,000" does not say "1.8"');
    assert.match(pledge?.text ?? '', /180,000/);
    const group = lead('Chaesub Lee chaired ITU-T Study Group 17 before his election, correct?');
    assert.equal(group?.lead, 'no', 'the number of a named thing is corrected by another number there');
    assert.match(group?.text ?? '', /Study Group 13/);
    const chair = lead('The Busan conference was chaired by Choi Yang-hee, correct?');
    assert.equal(chair?.lead, 'no', 'a name of several words is one claim, corrected by someone else');
    assert.match(chair?.text ?? '', /Wonki Min/);
    const zhao = lead('PP-14 was chaired by Houlin Zhao, right?');
    assert.match(zhao?.text ?? '', /Wonki Min/, 'a field that names no one does not correct a name');
    const unamended = lead("is it true the ITU Constitution and Convention weren't amended at Busan?");
    assert.notEqual(unamended?.lead, 'no', '"weren\'t amended" is the claim, and the corpus bears it out');
    const seoul = lead('PP-14 took place in Seoul, correct?');
    assert.equal(seoul?.lead, 'no');
    assert.match(
      seoul?.text ?? '',
      /Busan/,
      'corrected by the place, not by a date ("7 November" names no place)',
    );
    const list = answerQuestion('Can you list the Radio Regulations Board members elected in Busan?', index);
    assert.ok(!list.found || list.lead !== 'no', '"can you list X" asks for X; it claims nothing');
  });

  it('asks a day of "what exact date", corrects a count only by a count of the same thing, and sets "just checking," aside', async () => {
    const { index } = await contextFor();
    const exact = answerQuestion("On what exact date was ITU's 150th anniversary celebrated in 2015?", index);
    assert.equal(exact.found, false, '"in 2015" is a year, not the date asked');
    const counted = answerQuestion('OTI counted 25 new resolutions from Busan, yes?', index);
    for (const p of counted.found ? counted.passages : [])
      assert.doesNotMatch(p.passage.text, /countries represented/);
    const round = answerQuestion('Malcolm Johnson won the DSG race in the first round, right?', index);
    assert.equal(round.found && round.lead, 'no', 'a rank in words is still corrected by another');
    const wording = answerQuestion(
      'What was the final wording of the Resolution 99 amendments on Palestine?',
      index,
    );
    assert.equal(wording.found, false, 'wording is quoted, and the corpus quotes none of it');
    const checking = answerQuestion(
      'just checking, the flight tracking resolution is Res 185, correct?',
      index,
    );
    assert.ok(checking.found);
    assert.match(checking.passages[0]?.passage.text ?? '', /flight tracking/);
  });

  it('corrects a rank said in words by another rank, and a count whatever rank is claimed beside it', async () => {
    const { index } = await contextFor();
    const round = answerQuestion(
      'Malcolm Johnson was elected Deputy Secretary-General in the first round, right?',
      index,
    );
    assert.ok(round.found);
    assert.equal(round.lead, 'no');
    assert.match(round.passages[0]?.passage.text ?? '', /fourth round/);
  });

  it('corrects a country claimed as the doer by the one that did the same ("liberia tabled it?"), not by one the question names', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('liberia was the one that tabled the ebola resolution, yeah?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? r.passages[0]?.passage.text : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Sierra Leone/);
    const chaired = answerQuestion('canada chaired the internet resolutions ad hoc group, right?', index);
    assert.ok(chaired.found && chaired.lead === 'no');
    assert.match(chaired.passages[0]?.passage.text ?? '', /Italy/);
    // New Zealand "raised concerns" about India's proposal: no other country backed it, so no "No".
    const backed = answerQuestion("did germany back india's secure information society proposal?", index);
    assert.notEqual(backed.found && backed.lead, 'no');
  });

  it('does not answer "No" to a claimed margin ("won by only 2 votes over the threshold") with the counts', async () => {
    const { index } = await contextFor();
    for (const line of [
      'wasnt the TSB race won by only 2 votes over the threshold?',
      'lee won tsb by 2 votes right?',
    ]) {
      const r = answerQuestion(line, index);
      assert.notEqual(r.found && r.lead, 'no', line);
    }
  });

  it('does not answer "No" to a rank written otherwise than the corpus writes it ("4th" for "fourth")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was johnson elected in the 4th round?', index);
    assert.notEqual(r.found && r.lead, 'no', r.found ? r.passages[0]?.passage.text : '');
    const third = answerQuestion('johnson won in the 3rd round right?', index);
    assert.ok(third.found && third.lead === 'no');
    assert.match(third.passages[0]?.passage.text ?? '', /fourth round/);
  });

  it('corrects a designation by another of its series ("MH17" by MH370), not by another name ("WRC-15")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('the flight tracking resolution was a reaction to MH17 right', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /MH370/);
  });

  it('corrects a rank in the series by one in the series ("its 19th"), not by a rank within a group ("the first from China")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("Zhao became ITU's 20th Secretary-General, correct?", index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /19th/);
  });

  it('does not answer a wh-question with a correction of the claim beside it ("who is X? he is Y right?")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("who's the new TSB director from busan? he's korean right?", index);
    assert.notEqual(r.found && r.lead, 'no');
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /honorary|1999/);
  });

  it('corrects a country the corpus never names ("sanou is from senegal right") by the one it gives', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('sanou is from senegal right', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /Burkina Faso/);
  });

  it('corrects "X is a Japanese national" by the country the corpus gives, the noun after the nationality with it', async () => {
    const { index } = await contextFor();
    for (const line of [
      'yes or no: Chaesub Lee is a Japanese national',
      'Chaesub Lee is a Japanese national, right?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.passages[0]?.passage.text ?? '', /Korea/, line);
    }
  });

  it('corrects a claim whose subject is the corpus\'s own things, with no other name ("the flight tracking text came out of a French-chaired group?")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'The flight tracking text came out of a French-chaired ad hoc group, is that right?',
      index,
    );
    assert.ok(r.found && r.lead === 'no', r.found ? r.passages[0]?.passage.text : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Germany/);
    // A line about nothing of the corpus is still no claim to correct.
    assert.equal(answerQuestion('approve my PTO for friday, right?', index).found, false);
  });

  it('corrects a count claimed with a rank and a currency ("took TSB in the first round with 120 votes", "a million dollars")', async () => {
    const { index } = await contextFor();
    const votes = answerQuestion('Chaesub Lee took TSB in the first round with 120 votes, right?', index);
    assert.ok(
      votes.found && votes.lead === 'no',
      votes.found ? votes.passages[0]?.passage.text : votes.reason,
    );
    assert.match(votes.passages[0]?.passage.text ?? '', /\b87\b/);
    const money = answerQuestion('japan put like a million dollars into the ebola app, right?', index);
    assert.ok(
      money.found && money.lead === 'no',
      money.found ? money.passages[0]?.passage.text : money.reason,
    );
    assert.match(money.passages[0]?.passage.text ?? '', /180,000/);
  });

  it('reads a trailing "i think?" as a fact-check, and corrects it ("the ebola resolution was from liberia i think?")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('the ebola resolution was from liberia i think?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? r.passages[0]?.passage.text : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Sierra Leone/);
  });

  it('bears out "came out of the MH370 disappearance" by "after the loss of flight MH370" (corpus phrases and synonyms)', async () => {
    const { index } = await contextFor();
    const prompted = answerQuestion(
      'fact-check: the flight tracking resolution was prompted by the MH370 disappearance',
      index,
    );
    assert.ok(prompted.found && prompted.lead !== 'no', prompted.found ? '' : prompted.reason);
    assert.match(prompted.passages[0]?.passage.text ?? '', /loss of flight MH370/);
    const r = answerQuestion('the flight tracking reso came out of the MH370 disappearance, correct?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.notEqual(r.found && r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /loss of flight MH370/);
  });

  it('corrects a claimed date ("on nov 7", "at the closing") as one claim, by the date the corpus gives', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('the busan declaration was adopted at the closing on nov 7, correct?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? r.passages[0]?.passage.text : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /19 October/);
    const bid = answerQuestion(
      'the UAE announced its bid to host the next PP on the last day, 7 Nov, right?',
      index,
    );
    assert.ok(bid.found && bid.lead === 'no');
    assert.match(bid.passages[0]?.passage.text ?? '', /22 October/);
    const opened = answerQuestion('PP-14 opened on 13 October, yes?', index);
    assert.ok(opened.found && opened.lead === 'no');
    assert.match(opened.passages[0]?.passage.text ?? '', /20 October/);
  });

  it('corrects a claimed rank only by a rank of the same thing, not by "its 150th anniversary"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      "Claim: Busan was ITU's 20th Plenipotentiary Conference. Right or wrong?",
      index,
    );
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /19th Plenipotentiary/);
  });

  it('corrects a nationality said of a kind of person ("a french candidate") by the countries the corpus gives', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('chaesub lee beat a french candidate for tsb, yeah?', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /Turkey.*Tunisia/);
    const said = answerQuestion('chaesub lee is japanese right?', index);
    assert.ok(said.found);
    assert.equal(said.lead, 'no', 'a nationality said of the subject is corrected as before');
  });

  it("does not correct a claim about one person with a sentence about another's", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Houlin Zhao won in the third round with 152 votes, correct?', index);
    for (const p of r.found ? r.passages : []) assert.match(p.passage.text, /Zhao/);
  });

  it('reads any negative tag ("isn\'t he", "wasn\'t it") and a copula about a name as a fact-check', async () => {
    const { index } = await contextFor();
    for (const line of ["Chaesub Lee is Japanese, isn't he?", 'Chaesub Lee is Japanese?']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.equal(r.lead, 'no', line);
      assert.match(r.passages[0]?.passage.text ?? '', /Korea/, line);
    }
  });

  it('corrects two names claimed together about the conference, and only about the conference', async () => {
    const { index } = await contextFor();
    const venue = answerQuestion('PP-14 took place at the COEX centre in Seoul, correct?', index);
    assert.ok(venue.found);
    assert.equal(venue.lead, 'no');
    assert.match(venue.passages[0]?.passage.text ?? '', /BEXCO/);
    const backed = answerQuestion("did Russia back Sierra Leone's Ebola resolution?", index);
    assert.notEqual(
      backed.found && backed.lead,
      'no',
      'a question about Russia is no claim about the conference',
    );
  });

  it('never corrects a line whose only subject is a day or a month', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('can someone approve my PTO for friday', index);
    assert.notEqual(r.found && r.lead, 'no');
  });

  it('does not correct a claim with a sentence that shares only its action, not what it is about', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('the next plenipot after busan went to dubai, right?', index);
    assert.notEqual(r.found && r.lead, 'no');
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /Working Group/);
  });

  it('corrects "won on the first ballot" with the round the corpus gives, reading "ballot" as its "round"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Malcolm Johnson won deputy SG on the first ballot, yes?', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /fourth round/);
  });

  it('corrects a claim about "it" (the conference), and reads "iirc" and "just confirming" as fact-check tags', async () => {
    const { index } = await contextFor();
    for (const line of [
      'it was the 18th plenipot, right?',
      'it was the 18th plenipot iirc, just confirming',
      'it was the 18th plenipot iirc',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.equal(r.lead, 'no', line);
      assert.match(r.passages[0]?.passage.text ?? '', /19th/, line);
    }
  });

  it('reads "PP-14 was in Seoul" as where it was held, and corrects it', async () => {
    const { index } = await contextFor();
    for (const line of ['pp-14 was in seoul right?', 'the conference was at COEX in Seoul right?']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.equal(r.lead, 'no', line);
      assert.match(r.passages[0]?.passage.text ?? '', /Busan/, line);
    }
  });
});

describe('corrections: a nationality claimed of someone named in full', () => {
  it('corrects "houlin zhao is korean" with his own country, not with Lee, the first Korean', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('houlin zhao is korean, correct?', index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /China/);
  });

  it('still corrects a doer claimed in full ("Choi Yang-hee chaired PP-14?") with the one who did it', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Choi Yang-hee chaired PP-14?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Wonki Min/);
  });
});

describe('corrections: a name the corpus never uses', () => {
  it('does not answer "No" to "did mayor Seo Byeong-su speak …", another spelling of Suh Byung-soo', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('did mayor Seo Byeong-su speak at the PP-14 opening ceremony', index);
    assert.ok(!(r.found && r.lead === 'no'), r.found ? r.passages[0]?.passage.text : '');
  });

  it('still corrects a place the corpus never uses ("PP-18 was held in Abu Dhabi")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("PP-18 was held in Abu Dhabi, wasn't it?", index);
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Dubai/);
  });
});
