import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { spelledOutAcronyms } from '../../src/search/acronyms.ts';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { isEnglishWord } from '../../src/search/dictionary.ts';
import { osaDistance } from '../../src/search/distance.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/search-types.ts';
import { processTerm } from '../../src/search/text.ts';
import { isStopWordTypo } from '../../src/search/typo-forms.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { contextFor } from '../helpers.ts';

describe('spelledOutAcronyms', () => {
  it('reads the corpus phrase for "non-governmental" as the sources\' "outside government"', async () => {
    const { index } = await contextFor();
    for (const line of [
      'how could non-governmental people take part in pp-14 per the OTI writer?',
      'how do non-govt folks even take part in a plenipot',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages[0]?.passage.text ?? '', /national delegation/, line);
    }
  });

  it('reads chat words for what texts did ("refs got stripped", "rewrote", "told", "losing candidates") as the corpus words them', async () => {
    const { index } = await contextFor();
    const stripped = answerQuestion(
      'OTT refs got stripped out of the internet resos in the end, right?',
      index,
    );
    assert.ok(stripped.found);
    assert.match(stripped.passages[0]?.passage.text ?? '', /removed/);
    const rewrote = answerQuestion("the busan conf rewrote the ITU constitution didn't it", index);
    assert.ok(rewrote.found);
    assert.equal(rewrote.lead, 'no');
    const losing = answerQuestion('who were the losing candidates in the TSB director race', index);
    assert.ok(losing.found);
    assert.match(losing.passages[0]?.passage.text ?? '', /Jamoussi/);
  });

  it('reads "the new TSB guy" as the one elected to the post', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("the new TSB guy, he's korean right? name pls", index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Chaesub Lee/);
  });

  it('reads "spoke" as the corpus\'s speakers and speeches ("who spoke first at the opening")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who was the korean minister who spoke first at the opening ceremony', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Choi Yang-hee/);
  });

  it('reads "coverage" as the corpus\'s "reach" ("the connect 2020 target for rural broadband coverage")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What Connect 2020 target was set for rural broadband coverage?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /90%/);
  });

  it('reads "sign off on" as the corpus\'s "adopt"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what did the ministers sign off on the day before the opening', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Busan Declaration/);
  });

  it('pairs an acronym with the capitalised words it abbreviates', () => {
    assert.deepEqual(spelledOutAcronyms('the Radio Regulations Board (RRB) for 2015-2018'), [
      ['rrb', ['radio', 'regul', 'board']],
    ]);
    assert.deepEqual(spelledOutAcronyms('International Telecommunication Regulations (ITRs)')[0]?.[0], 'itr');
    assert.deepEqual(spelledOutAcronyms('Video-on-demand Services (VODS)'), [
      ['vods', ['video', 'demand', 'servic']],
    ]);
  });

  it('keeps no long form reduced to one word once its little words go, so "top officials" does not name OTT', async () => {
    assert.deepEqual(spelledOutAcronyms('Over-the-top (OTT) services'), []);
    const { index } = await contextFor();
    const result = answerQuestion('yo what happened w OTT stuff in the end', index);
    assert.ok(!result.found || result.entry.id === 'ott', result.found ? result.entry.id : result.reason);
  });

  it('ignores brackets that are not acronyms of the words before them', () => {
    assert.deepEqual(spelledOutAcronyms('Resolution 174 (Rev. Busan, 2014)'), []);
    assert.deepEqual(spelledOutAcronyms('his home country (China)'), []);
  });
});

describe('Vocabulary through the index', () => {
  it('corrects a misspelt word to the corpus word, expands acronyms, and knows its people', async () => {
    const { index } = await contextFor();
    const [flight] = index.weigh('flihgt').concepts;
    assert.equal(flight?.alternatives[0], 'flight');
    assert.equal(flight?.known, true);
    assert.ok(index.weigh('RRB').concepts[0]?.alternatives.includes('regul'));
    assert.equal(index.namesPerson('Houlin Zhao was elected.'), true);
    assert.equal(index.namesPerson('The conference ended.'), false);
  });

  it('knows a person whose name ends in a letter outside ASCII ("Touré"), in any case, and not inside a word', async () => {
    const { index } = await contextFor();
    assert.equal(index.namesPerson('Touré'), true);
    assert.equal(index.namesPerson('before touré?'), true);
    assert.equal(index.namesPerson('Zhaoxyz'), false);
  });

  it('treats a typo of a filler word as filler, not as an unknown topic', () => {
    assert.equal(isStopWordTypo('whne'), true);
    assert.equal(isStopWordTypo('happend'), true);
    assert.equal(isStopWordTypo('pizza'), false);
  });

  it('drops chat shorthand the corpus lacks ("sry", "brb"), but keeps English words and slips of corpus words', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.weigh(line).concepts.map((c) => c.word);
    assert.deepEqual(words('sry brb'), []);
    assert.ok(words('sry football').includes('football'), 'a dictionary word is a topic the corpus lacks');
    assert.ok(words('flihgt').includes('flihgt'), 'a slip of a corpus word is corrected, not dropped');
    assert.ok(
      words('sry chehade').includes('chehade'),
      'a long word no English and no slip is a name the corpus lacks',
    );
    assert.deepEqual(
      words('hmmmmmm italian'),
      [],
      'drawn-out chat, and a nationality (a name, checked apart)',
    );
  });

  it('reads "tabled" as the corpus\'s "proposed": "which country tabled the Ebola resolution" gets Sierra Leone', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Which country tabled the Ebola resolution?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Sierra Leone/);
  });

  it('reads "solo run" as unopposed, "contested" as a claim that record contradicts, and "brit" as British', async () => {
    const { index } = await contextFor();
    const solo = answerQuestion('sg race - was zhao contested or solo run?', index);
    assert.equal(solo.found && solo.lead, 'no');
    assert.match(solo.found ? (solo.passages[0]?.passage.text ?? '') : '', /unopposed/);
    // A race the record calls contested is not contradicted.
    const deputy = answerQuestion('was the deputy sg race contested?', index);
    assert.notEqual(deputy.found && deputy.lead, 'no');
    const brit = answerQuestion('pls remind me, deputy sg was the brit guy?? name?', index);
    assert.match(brit.found ? (brit.passages[0]?.passage.text ?? '') : '', /Malcolm Johnson/);
  });

  it('counts the members of a body as its people: "how many people sit on the RRB" gets its 12 members', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('How many people serve on the Radio Regulations Board chosen at Busan?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /12/);
  });

  it('reads "handed the issue to" and "passed it on to" as the corpus words a text sent to another meeting', async () => {
    const { index } = await contextFor();
    for (const line of [
      'which conference did the flight tracking resolution hand the issue to',
      'res 185 passed it on to which conference?',
    ]) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /WRC-15/, line);
    }
  });

  it('reads "returned as Director" as re-elected and "defeat" as beat', async () => {
    const { index } = await contextFor();
    const br = answerQuestion('Who was returned as Director of the Radiocommunication Bureau?', index);
    assert.match(br.found ? (br.passages[0]?.passage.text ?? '') : '', /Rancy/);
    const lee = answerQuestion('Which candidates did Chaesub Lee defeat for the TSB post?', index);
    assert.match(lee.found ? lee.passages.map((p) => p.passage.text).join(' ') : '', /Jamoussi/);
  });

  it('reads a term of office as a mandate and touching a text as changing it', async () => {
    const { index } = await contextFor();
    const term = answerQuestion(
      "When did the newly elected Secretary-General's term of office begin?",
      index,
    );
    assert.match(term.found ? (term.passages[0]?.passage.text ?? '') : '', /1 January 2015/);
    const touch = answerQuestion('did they touch the constitution at busan? yes or no', index);
    assert.ok(touch.found);
    assert.equal(touch.lead, 'no');
  });

  it('reads a Sector\'s "SG" as a study group ("which ITU-T SG did Lee chair"), and a bare "SG" as the Secretary-General', async () => {
    const { index } = await contextFor();
    const sg = answerQuestion('which ITU-T SG did chaesub lee chair before being elected', index);
    assert.match(sg.found ? (sg.passages[0]?.passage.text ?? '') : sg.reason, /Study Group 13/);
    const votes = answerQuestion('how many votes did the SG get', index);
    assert.match(votes.found ? votes.passages.map((p) => p.passage.text).join(' ') : votes.reason, /152/);
  });

  it('reads "its 150th birthday" as the anniversary ("ITU celebrated its 150th birthday in 2014, correct?" gets 2015)', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'ITU celebrated its 150th birthday in 2014 during the conference, correct?',
      index,
    );
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : r.reason, /150th anniversary in 2015/);
  });

  it('reads "chipped in" as pledged', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how much did japan chip in for the ebola app', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /180,000/);
  });

  it("reads a text's sponsor as the one that proposed it", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Which country sponsored the Ebola resolution?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Sierra Leone/);
  });

  it('reads chat shorthand for the weeks and for "before": "wk2", "b4"', async () => {
    const { index } = await contextFor();
    const hours = answerQuestion('the italy-chaired ad hoc grp met how many hrs in wk2?', index);
    assert.match(hours.found ? (hours.passages[0]?.passage.text ?? '') : '', /40/);
    // "wk 2" is "the second week": the 2 it replaced is no number asked of the passage.
    const spaced = answerQuestion('how many hrs did the italy-chaired ad hoc grp meet in wk 2', index);
    assert.match(spaced.found ? (spaced.passages[0]?.passage.text ?? '') : '', /40/);
    const eve = answerQuestion('when was the ministerial mtg, the day b4 it started?', index);
    assert.match(eve.found ? (eve.passages[0]?.passage.text ?? '') : '', /19 October/);
  });

  it('reads "which number in the series of ..." as the rank an ordinal gives', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'Which number in the series of ITU Plenipotentiary Conferences was Busan?',
      index,
    );
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /19th/);
  });

  it('reads the corpus\'s everyday phrases away: "in the first place" asks for no place and no rank', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('how were the busan dates decided in the first place?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Council Decision 560/);
    const came = answerQuestion('how many delegates actually showed up in busan', index);
    assert.ok(came.found, '"showed up" is "attended"');
    assert.match(came.passages[0]?.passage.text ?? '', /2,50/);
    const pop = answerQuestion('what % of world pop is under 25 per itu? for the youth para', index);
    assert.match(pop.found ? (pop.passages[0]?.passage.text ?? '') : '', /42\.5%/, 'chat shorthand: "pop"');
    const rancy = answerQuestion('was rancy reelected?', index);
    assert.match(
      rancy.found ? (rancy.passages[0]?.passage.text ?? '') : '',
      /Rancy/,
      '"reelected" is "re-elected"',
    );
    const ministers = answerQuestion('how many ministers turned up for opening day thx', index);
    assert.match(ministers.found ? (ministers.passages[0]?.passage.text ?? '') : '', /104 ministers/);
  });
});

/** Words over a small alphabet, so that shared prefixes, swaps and near neighbours are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 10 });

/** Distinct words, each its own term, with a passage count. */
const vocabularyWords = fc.uniqueArray(fc.tuple(word, fc.integer({ min: 1, max: 5 })), {
  selector: ([w]) => w,
  maxLength: 60,
});

/** A vocabulary holding exactly `words`, as a snapshot would give it. */
function vocabularyOf(words: readonly [string, number][]): Vocabulary {
  return Vocabulary.fromJSON(
    { documentFrequency: [...words], words: words.map(([w]) => [w, w]), acronyms: [] },
    DEFAULT_SEARCH_OPTIONS,
  );
}

/** Levenshtein distance by the textbook table: the reference for the radix tree's lookups. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(
        Math.min(
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    prev = row;
  }
  return prev[b.length] as number;
}

describe('Vocabulary lookups, against a scan of every word', () => {
  it('finds and counts (up to a cap) the terms starting with a prefix, and finds the terms within a Levenshtein distance', () => {
    fc.assert(
      fc.property(vocabularyWords, word, fc.integer({ min: 0, max: 3 }), (words, typed, max) => {
        const v = vocabularyOf(words);
        const all = words.map(([w]) => w);
        const starting = all.filter((w) => w.startsWith(typed)).sort();
        assert.deepEqual([...v.completionTerms(typed)].sort(), starting);
        assert.equal(v.completions(typed), starting.length);
        assert.equal(v.completions(typed, 2), Math.min(starting.length, 3));
        assert.deepEqual(
          v.near(typed, max).sort(),
          max > 0 ? all.filter((w) => levenshtein(typed, w) <= max).sort() : [],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives a word the passage count of the most frequent term it completes to or is a typo of', () => {
    const { fuzzy, fuzzyMinLength, prefixMinLength } = DEFAULT_SEARCH_OPTIONS;
    fc.assert(
      fc.property(vocabularyWords, word, (words, typed) => {
        const reach = typed.length >= fuzzyMinLength ? Math.floor(typed.length * fuzzy) : 0;
        const expected = words
          .filter(
            ([w]) =>
              w === typed ||
              (typed.length >= prefixMinLength && w.startsWith(typed)) ||
              (reach > 0 && levenshtein(typed, w) <= reach),
          )
          .reduce((best, [, df]) => Math.max(best, df), 0);
        assert.equal(vocabularyOf(words).frequency(typed), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('corrects to the nearest word with a swap counting as one edit, then the most frequent, then the first', () => {
    fc.assert(
      fc.property(vocabularyWords, word, (words, typed) => {
        fc.pre(typed.length >= 4 && !isEnglishWord(typed));
        const max = typed.length >= 8 ? 2 : 1;
        let best: { term: string; distance: number; df: number } | undefined;
        for (const [w, df] of words) {
          const distance = osaDistance(typed, w);
          if (distance > max) continue;
          if (!best || distance < best.distance || (distance === best.distance && df > best.df))
            best = { term: w, distance, df };
        }
        // None written within reach: the most frequent term one slip from the word's own term, if long.
        const stem = processTerm(typed);
        let byStem: { term: string; df: number } | undefined;
        if (!best && stem !== undefined && stem.length >= 5 && stem !== typed)
          for (const [w, df] of words)
            if (osaDistance(stem, w) <= 1 && (!byStem || df > byStem.df)) byStem = { term: w, df };
        assert.equal(vocabularyOf(words).correct(typed), best?.term ?? byStem?.term);
      }),
      { numRuns: 500 },
    );
  });

  it('corrects a slip in another form of a corpus word by its term: "recieve" where the corpus has "received"', () => {
    const v = Vocabulary.fromJSON(
      {
        documentFrequency: [['receiv', 4]],
        words: [['received', 'receiv']],
        acronyms: [],
      },
      DEFAULT_SEARCH_OPTIONS,
    );
    assert.equal(v.correct('recieve'), 'receiv');
    // A short term is one slip from too many words: the French "gagne" is no "gain".
    const short = vocabularyOf([['gain', 3]]);
    assert.equal(short.correct('gagne'), undefined);
  });

  it('finds a misspelling with two swaps in a long word, which a Levenshtein search at three edits misses', () => {
    const v = vocabularyOf([
      ['plenipotentiary', 3],
      ['plenary', 9],
    ]);
    assert.equal(v.correct('pleinpotentiray'), 'plenipotentiary');
    assert.equal(v.correct('plenpiotentairy'), 'plenipotentiary');
    assert.equal(vocabularyOf([['flight', 1]]).correct('flihgt'), 'flight');
  });

  it('reads "in the end" after a verb of dropping, and a trailing "tho", as nothing asked: the outcome and the 800 hours are found', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'india dropped its secure information society resolution in the end, right?',
      index,
    );
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages.map((p) => p.passage.text).join(' '), /withdr/);
    const chat = answerQuestion('lol how many hrs of negotiating tho', index);
    assert.match(chat.found ? (chat.passages[0]?.passage.text ?? '') : '', /800 hours/);
  });
});
