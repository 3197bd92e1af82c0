import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { focusOf } from '../../src/search/question-focus.ts';
import { contextFor, lineReader } from '../helpers.ts';

describe('question focus: the kind of answer asked for', () => {
  it('reads a "name" at the end of the clause as the kind of answer, and what comes before it as whose', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.deepEqual(focus("whats the deputy sg's name"), { typeWord: 'name', answerWords: ['name'] });
    assert.equal(focus('the korean guy who became TSB director, what was his name again').typeWord, 'name');
    // "The name of …" is read as before; "the names committee" is no name asked for.
    assert.equal(focus('what was the name of the deputy sg').typeWord, 'name');
    assert.notEqual(focus('what did the name change do').typeWord, 'name');
  });

  it('reads a country or nationality after a plus as a field of the answer ("new SG + country")', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.deepEqual(focus('new SG + country'), { typeWord: 'country', answerWords: ['country'] });
    assert.equal(focus('deputy SG winner 2014 + nationality').typeWord, 'nationality');
    // Not a country in a phrase of its own.
    assert.notEqual(focus('which country won category 7').typeWord, undefined);
    const r = answerQuestion('for my slides pls: new SG + country', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Zhao \(China\)|Zhao of China/);
  });

  it('reads "which plenipotentiary conference number" as asking a number, and "hw many votes" as counting votes', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.equal(focus('which plenipotentiary conference number was busan').typeWord, 'number');
    assert.equal(focus('hw many votes did johnson get').counted, 'votes');
    const r = answerQuestion('which plenipotentiary conference number was busan? like the nth one', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /19th/);
  });

  it('reads "the korean president\'s name who opened it" as asking a name, the relative clause saying whose', async () => {
    const { index } = await contextFor();
    assert.equal(
      focusOf(index.nlp.read("whats the korean president's name who opened it").tokens).typeWord,
      'name',
    );
    const r = answerQuestion("whats the korean president's name who opened it", index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Park Geun-hye/);
  });

  it('reads "(what is the) name of the person elected X" as asking a name, "person" being the answer', async () => {
    const { index } = await contextFor();
    for (const line of [
      'Name of the person elected deputy secretary-general in Busan?',
      'what is the name of the person elected deputy secretary-general in Busan?',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages.map((p) => p.passage.text).join(' '), /Malcolm Johnson/, line);
      assert.notEqual(r.lead, 'no', line);
    }
  });

  it('reads a slip in "which" ("whcih country") as asking which, the type word no word to look for', async () => {
    const { index } = await contextFor();
    assert.equal(
      focusOf(index.nlp.read('whcih country brought the ebola resolution').tokens).typeWord,
      'country',
    );
    const r = answerQuestion('whcih country brought the ebola resolution', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Sierra Leone/);
  });

  it('reads a bare "what is it" after a statement as asking the thing the statement named last', async () => {
    const { index } = await contextFor();
    const line = 'Resolution 70 got a new title in Busan. What is it now?';
    const r = answerQuestion(line, index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Mainstreaming a gender perspective/);
  });

  it('reads how many the answer holds ("which two candidates") as describing the answer, not as asked of it', async () => {
    const { index } = await contextFor();
    const focus = focusOf(index.nlp.read('Which two candidates lost to Chaesub Lee in the TSB race?').tokens);
    assert.deepEqual(focus, { typeWord: 'candidates', answerWords: ['two', 'candidates'] });
    const r = answerQuestion('Which two candidates lost to Chaesub Lee in the TSB race?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Jamoussi/);
  });

  it('keeps "two" of "which two ITU officials" in the answer, and reads "what subject does" as asking a subject', async () => {
    const { index } = await contextFor();
    const focus = (line: string) => focusOf(index.nlp.read(line).tokens);
    assert.deepEqual(focus('Which two ITU officials were made honorary citizens of Busan?').answerWords, [
      'two',
      'officials',
    ]);
    assert.equal(focus('What subject does Resolution 190 adopted in Busan address?').typeWord, 'subject');
    assert.equal(focus('which new resolutions were adopted').typeWord, 'resolutions');
    const r = answerQuestion('Which two ITU officials were made honorary citizens of Busan?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Zhao/);
  });

  it('answers "what was his name again" with the person', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'the korean guy who became TSB director in 2014, what was his name again',
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Chaesub Lee/);
  });

  it('reads a line with no question word that ends on "name" as asking one: "pp14 venue name pls"', async () => {
    const { index } = await contextFor();
    const venue = answerQuestion('for my deck - pp14 venue name pls', index);
    assert.match(venue.found ? (venue.passages[0]?.passage.text ?? '') : '', /BEXCO/);
    const mid = answerQuestion('pls remind me the venue name for pp14, for my deck', index);
    assert.match(mid.found ? (mid.passages[0]?.passage.text ?? '') : '', /BEXCO/);
    const rrb = answerQuestion('who got elected to the RRB in 2014, names pls', index);
    assert.equal(rrb.found, false, rrb.found ? rrb.passages[0]?.passage.text : '');
  });
});

describe('question focus: the asker remark after the question', () => {
  it('sets aside a clause after the last comma whose subject is the asker ("…, saw a number somewhere")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'how many countries lowered their contribution class, saw a number somewhere',
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /\b12 Member States lowered/);
    const board = answerQuestion(
      'mh370 - how many ppl on board, need it for the flight tracking para',
      index,
    );
    assert.ok(board.found);
    assert.match(board.passages[0]?.passage.text ?? '', /239/);
    // Its ordinal asks nothing: "the first week" is the asker's premise.
    const date = answerQuestion(
      'On which date was the Secretary-General elected, given that the elections took place in the first week?',
      index,
    );
    assert.ok(date.found);
    assert.match(date.passages.map((p) => p.passage.text).join(' '), /23 October/);
  });

  it('keeps a clause after a comma that asks, or numbers, something of its own', async () => {
    const { index } = await contextFor();
    const u = await lineReader();
    assert.ok(u('who chaired the ad hoc group, and which country was it').question.includes('country'));
    assert.ok(u('how many votes did zhao get, needed 85?').numbers.includes('85'));
    // The question about the chair is still declined when the corpus names none.
    assert.equal(
      answerQuestion('quick q who was the chair of committee 5, need a name for the episode', index).found,
      false,
    );
  });

  it('reads the noun before a trailing "how many" as what is counted ("and decisions? how many")', async () => {
    const { index } = await contextFor();
    assert.equal(focusOf(index.nlp.read('and decisions how many').tokens).counted, 'decisions');
    const r = answerQuestion('and decisions? how many', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /\b(?:5|five) decisions\b/);
  });
});

describe('question focus: a title asked without a question word', () => {
  it('answers "res 190 title?" and "title of Res. 196?" with the official title', async () => {
    const { index } = await contextFor();
    assert.equal(focusOf(index.nlp.read('res 190 title').tokens).typeWord, 'title');
    for (const [line, title] of [
      ['res 190 title?', /Countering misappropriation/],
      ['title of Res. 196?', /Protecting telecommunication service users/],
    ] as const) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages[0]?.passage.text ?? '', title, line);
    }
  });

  it('reads "fight" as the corpus\'s "combat" in a resolution\'s subject', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'What is the number of the resolution on helping Member States fight mobile device theft?',
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Resolution 189/);
  });
});

describe('question focus: coordinated qualifiers of the type word', () => {
  it('reads "the opening and closing dates of PP-14" as asking dates, with both qualifiers still asked', async () => {
    const { index } = await contextFor();
    const focus = focusOf(index.nlp.read('What were the opening and closing dates of PP-14').tokens);
    assert.deepEqual(focus, { typeWord: 'dates', answerWords: ['dates'] });
    const r = answerQuestion('What were the opening and closing dates of PP-14?', index);
    assert.ok(r.found);
    const text = r.passages.map((p) => p.passage.text).join(' ');
    assert.match(text, /20 October/);
    assert.match(text, /7 November/);
  });

  it('reads "the four pillars (goals) of the Connect 2020 Agenda" as asking pillars', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What are the four pillars (goals) of the Connect 2020 Agenda?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /inclusiveness/);
  });
});

describe('question focus: "which X number"', () => {
  it('reads "which plenipot number was busan" as asking a number, answered by the rank', async () => {
    const { index } = await contextFor();
    assert.equal(focusOf(index.nlp.read('which plenipot number was busan').tokens).typeWord, 'number');
    const r = answerQuestion('which plenipot number was busan, 18th or 19th?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /19th/);
  });

  it('reads "the <noun> name" after another question word ("where was it held, venue name") as the kind of answer', async () => {
    const { index } = await contextFor();
    const focus = focusOf(index.nlp.read('where exactly was it held, venue name').tokens);
    assert.equal(focus.typeWord, 'name');
  });

  it('reads "what was the actual venue building" as asking a building, and "what was the youth resolution about" as not', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what was the actual venue building for PP-14', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /^Venue: BEXCO/);
    const about = answerQuestion('what was the busan initiative about', index);
    assert.match(about.found ? (about.passages[0]?.passage.text ?? '') : '', /Busan Initiative/);
  });
});
