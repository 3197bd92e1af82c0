import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  namesByCapitals,
  namesSomeone,
  readQuestion as readWith,
  statesAge,
  statesMoney,
} from '../../src/search/question.ts';
import { contextFor } from '../helpers.ts';

/** The shape of a question, read without any corpus phrases: what general English alone gives. */
const readQuestion = (q: string) => readWith(q);

describe('namesByCapitals', () => {
  it('reads a name that opens a sentence as a name, and an opening English word as no part of one', () => {
    assert.ok(namesByCapitals('Choi Yang-hee, the minister, opened the speeches.'));
    assert.ok(!namesByCapitals('The Ceremony, it seems, was short.'));
  });
});

describe('readQuestion', () => {
  it("rewrites everyday phrases into the corpus's words, with the phrases of its vocabulary.yml", async () => {
    const { index } = await contextFor();
    const phrases = index.corpus.vocabulary?.phrases ?? [];
    const read = (q: string) => readWith(q, phrases);
    assert.match(read('who is in charge of the ITU now').searchText, /\bhead of\b/);
    assert.match(read("who's the ITU sec-gen").searchText, /Secretary-General/);
    assert.match(read('the sec gen of ITU').searchText, /Secretary-General/);
    assert.equal(read('how many brand new resolutions').searchText, 'how many new resolutions');
    assert.match(read('which country put forward the Ebola resolution').searchText, /proposed/);
    assert.match(read('when did pp14 wrap up').searchText, /\bclosed\b/);
    assert.match(read('did the treaty idea go anywhere').searchText, /\badopted\b/);
    assert.match(read('what about the deputy SG, who got that?').searchText, /who won that/);
    assert.equal(read('which resolution deals with IoT').searchText, 'which resolution about IoT');
    assert.equal(read('which resolution number is it').searchText, 'which resolution is it');
    assert.equal(read('resolution number 130').searchText, 'resolution number 130');
    assert.match(read('did Zhao have anyone running against him').searchText, /other candidates against/);
    assert.match(read('zhao ran unopposed right').searchText, /candidate unopposed/);
  });

  it('rewrites as each phrase in turn would, whether or not the phrases can be tested at once', async () => {
    const { index } = await contextFor();
    const corpusPhrases = index.corpus.vocabulary?.phrases ?? [];
    // The reference: every phrase's replacement in turn, as readQuestion did before it tested them joined.
    const inTurn = (q: string, phrases: readonly (readonly [RegExp, string])[]) =>
      phrases.reduce((text, [phrase, words]) => text.replace(phrase, words), q);
    const lists = [
      corpusPhrases,
      // One phrase's output is the next one's input: "sec gen" -> "SG" -> "Secretary-General".
      [[/\bsec\s?gen\b/gi, 'SG'] as const, [/\bSG\b/g, 'Secretary-General'] as const],
      // Flags that differ, a numbered and a named group reference: rewritten in turn, never joined.
      [[/\bcom\s?([1-6])\b/gi, 'Committee $1'] as const, [/\b(\w+) \1\b/g, '$1'] as const],
      [[/\b(?<w>\w+) \k<w>\b/gu, '$<w>'] as const, [/\bsg\b/giu, 'Secretary-General'] as const],
      // Lookbehinds, which the joined test reads forwards: with a class holding ")" and "(", and nested.
      [
        [/(?<=\bwhy\b[^?()]*?)\s(?:on|onto)\s+the\s+agenda\b/gi, ' to the agenda'] as const,
        [/(?<=\b(?:adopted|won)\b(?:(?!\?)[^.])*?)\s(?:in|at) the end\b(?!\s+of\b)/gi, ' finally'] as const,
        [/\bsec\s?gen\b/gi, 'SG'] as const,
      ],
    ];
    const lines = [
      'who is in charge of the ITU now',
      "who's the ITU sec gen",
      'what did com 5 decide on the the agenda',
      'how many brand new resolutions',
      'which resolution deals with IoT',
      'what charges apply',
      'forward planning',
      'who won the election',
      'why was it put on the agenda',
      'why? it was put on the agenda',
      'why (really) was it put onto the  agenda?',
      'which text was adopted in the end',
      'which text was adopted. in the end of the day',
      'who won at the end? in the end',
      'in the end, who won',
      '',
    ];
    for (const phrases of lists)
      for (const line of lines) assert.equal(readWith(line, phrases).searchText, inTurn(line, phrases), line);
    // And the corpus's phrases on every fixture question, against the same list made unjoinable (one more
    // phrase, of other flags, that matches nothing): the same shape, read in turn.
    const inTurnOnly = [...corpusPhrases, [/(?!)/g, ''] as const];
    const dir = new URL('../fixtures/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('-questions.jsonl')))
      for (const l of readFileSync(new URL(file, dir), 'utf8').trim().split('\n')) {
        const line = JSON.parse(l).line as string;
        assert.equal(readWith(line, corpusPhrases).searchText, readWith(line, inTurnOnly).searchText, line);
      }
  });

  it('leaves words alone when they are not the phrase ("charges", "forward planning")', () => {
    assert.equal(readQuestion('what charges apply').searchText, 'what charges apply');
    assert.equal(readQuestion('forward planning').searchText, 'forward planning');
  });

  it('asks for an age, not any number, when the question says "how old"', () => {
    const shape = readQuestion('how old is Houlin Zhao?');
    assert.equal(shape.wantsAge, true);
    assert.equal(shape.wantsNumber, false);
    assert.equal(readQuestion('how many votes did Zhao get').wantsAge, false);
  });
});

describe('counts asked', () => {
  it('reads "the number of X" as a count, and "the document number of X" as the number X goes by', () => {
    assert.equal(readQuestion('what is the number of delegates').wantsNumber, true);
    assert.equal(readQuestion('number of delegates?').wantsNumber, true);
    assert.equal(readQuestion('total number of resolutions adopted').wantsNumber, true);
    assert.equal(readQuestion("What is the document number of India's proposal?").wantsNumber, false);
    assert.equal(readQuestion('the number of the broadband resolution').wantsNumber, false);
  });
});

describe('question shapes', () => {
  it('asks for money when "how much" is about pay or cost, not when it is about time', () => {
    assert.equal(readQuestion('how much does the Deputy Secretary-General earn').wantsMoney, true);
    assert.equal(readQuestion('how much did the conference cost?').wantsMoney, true);
    assert.equal(readQuestion('how much time was spent negotiating').wantsMoney, false);
  });

  it('knows what "what is the X of Y" asks for, unless any answer leaves X unsaid', () => {
    assert.equal(readQuestion('what is the capital of burkina faso').attribute, 'capital');
    assert.equal(readQuestion("who's the chair of committee 5").attribute, 'chair');
    assert.equal(readQuestion('what was the name of the venue').attribute, undefined);
    assert.equal(readQuestion('who won the election').attribute, undefined);
  });

  it('asks for a country when "where is X from", and knows the countries the question names itself', () => {
    assert.equal(readQuestion('where is the new BDT director from?').wantsCountry, true);
    assert.equal(readQuestion('where was the conference held?').wantsCountry, false);
    assert.deepEqual([...readQuestion("which country opposed india's proposal").countriesNamed], ['india']);
  });
});

describe('namesSomeone', () => {
  const nobody = () => false;
  it('sees people, countries, capitalised names and acronyms, not meetings or sentence-initial words', () => {
    assert.equal(namesSomeone('It was led by Wonki Min.', nobody), true);
    assert.equal(namesSomeone('Proposed by Brazil.', nobody), true);
    assert.equal(namesSomeone('The Open Technology Institute said so.', nobody), true);
    assert.equal(namesSomeone('ISOC reported it.', nobody), true);
    assert.equal(
      namesSomeone('Programme: A commemorative PP-14 stamp and traditional Korean dance.', nobody),
      false,
    );
    assert.equal(
      namesSomeone('Zhao was elected.', (t) => t.includes('Zhao')),
      true,
    );
  });
});

describe('statesMoney', () => {
  it('sees amounts with a currency, not vote counts', () => {
    assert.equal(statesMoney('a contributory unit of CHF 318,000'), true);
    assert.equal(statesMoney('a budget of 160 million Swiss francs'), true);
    assert.equal(statesMoney('USD 5 million'), true);
    assert.equal(statesMoney('Zhao won 152 of 156 votes'), false);
  });
});

describe('statesAge', () => {
  it('sees ages and births, not vote counts or years', () => {
    assert.equal(statesAge('Zhao, aged 64, was elected'), true);
    assert.equal(statesAge('a 64-year-old engineer'), true);
    assert.equal(statesAge('He was born in Jiangsu in 1950.'), true);
    assert.equal(statesAge('Zhao won 152 of 156 votes in 2014.'), false);
  });
});
