import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { clausesOf } from '../../src/search/clauses.ts';
import { contextFor } from '../helpers.ts';

describe('clausesOf', () => {
  it('ends a clause at a question mark, a colon, a spaced dash or a full stop, but not an abbreviation', () => {
    assert.deepEqual(clausesOf('yes or no: was it adopted? thx'), ['yes or no', 'was it adopted', 'thx']);
    assert.deepEqual(clausesOf('the draft - which delegation tabled it'), [
      'the draft',
      'which delegation tabled it',
    ]);
    assert.deepEqual(clausesOf('What is Resolution 70 (Rev. Busan, 2014) about?'), [
      'What is Resolution 70  Rev. Busan, 2014  about',
    ]);
  });

  it('reads chat spellings before cutting: "tl;dr" ends no clause, "w/" is "with", "re:" is "about", "b4" is "before"', () => {
    assert.deepEqual(clausesOf("tl;dr on what happened w/ india's doc 98"), [
      "on what happened with  india's doc 98",
    ]);
    assert.deepEqual(clausesOf('re: public access to documents'), ['about public access to documents']);
    assert.deepEqual(clausesOf("what was zhao's job b4 he became SG"), [
      "what was zhao's job before he became SG",
    ]);
    // A percent sign with no figure before it asks for one; "60 %" is a figure.
    assert.deepEqual(clausesOf('anyone know % of women at pp14'), [
      'anyone know percentage of women at pp14',
    ]);
    assert.deepEqual(clausesOf('was it 60 % of individuals'), ['was it 60 % of individuals']);
  });

  it('drops who the asker says they are before the question, and a request verb that opens the line', () => {
    assert.deepEqual(
      clausesOf('we are small island delegation, was there anything on mobile phone theft at busan'),
      ['was there anything on mobile phone theft at busan'],
    );
    assert.deepEqual(clausesOf("i'm a student, who chaired pp14"), ['who chaired pp14']);
    // A lead that says what the question is about stays.
    assert.deepEqual(clausesOf("I'm writing about the flight tracking text, who chaired it"), [
      "I'm writing about the flight tracking text, who chaired it",
    ]);
    assert.deepEqual(clausesOf('gimme the IoT res number'), ['the IoT res number']);
    // A request to check that opens the question is no part of it.
    assert.deepEqual(clausesOf('pls confirm where the next PP after busan took place'), [
      'where the next PP after busan took place',
    ]);
    // A name and its votes that open a clause ask how many; "Member States votes for" is no name's.
    assert.deepEqual(clausesOf('for the quiz: Malcolm Johnson votes in the final round'), [
      'for the quiz',
      'how many votes did Malcolm Johnson get in the final round',
    ]);
    assert.deepEqual(clausesOf('Member States votes for the plan'), ['Member States votes for the plan']);
    // What of a thing a clause opens on is asked ("exact dates of PP-14").
    assert.deepEqual(clausesOf('exact dates of PP-14'), ['what were the exact dates of PP-14']);
    assert.deepEqual(clausesOf('results of WTDC-17 in Buenos Aires?'), [
      'what were the results of WTDC-17 in Buenos Aires',
    ]);
    // A share that opens a clause is asked, as "what share" asks it.
    assert.deepEqual(clausesOf('for the deck: share of women among pp-14 participants?'), [
      'for the deck',
      'what share of women among pp-14 participants',
    ]);
    assert.deepEqual(clausesOf('why was 2015 going to be a big year for ITU'), [
      'why was 2015 to be a big year for ITU',
    ]);
    assert.deepEqual(clausesOf('how many votes did lee need'), ['how many votes did lee need']);
  });

  it('drops the bot called by name at the start ("hey bot", "@confbot,"), and keeps a word that starts with it', () => {
    assert.deepEqual(clausesOf('hey bot how much did japan pledge'), ['how much did japan pledge']);
    assert.deepEqual(clausesOf('@confbot, who chaired pp-14'), ['who chaired pp-14']);
    assert.deepEqual(clausesOf('bottom line: who won'), ['bottom line', 'who won']);
  });

  it('keeps a range of dates or numbers whole: "oct 20 - nov 14" is no break', () => {
    assert.deepEqual(clausesOf('pp14 ran oct 20 - nov 14, correct?'), ['pp14 ran oct 20 - nov 14, correct']);
    assert.deepEqual(clausesOf('res 185 - what does it do'), ['res 185', 'what does it do']);
  });

  it('drops how sure the asker is from the claim ("pretty sure X, right?")', () => {
    assert.deepEqual(clausesOf('pretty sure zhao beat two rivals, right?'), ['zhao beat two rivals, right']);
    assert.deepEqual(clausesOf("i'm fairly sure that PP-14 was in Seoul"), ['PP-14 was in Seoul']);
  });

  it('reads a hedged guess after the question ("which yrs? 2015-18 or smth?") as one after its comma', () => {
    assert.deepEqual(clausesOf('strat plan approved for which yrs? 2015-18 or smth?'), [
      'strat plan approved for which yrs, 2015-18',
    ]);
  });

  it('drops what a bracket says the asker does not mean ("(not the ITU Secretary-General)")', () => {
    assert.deepEqual(
      clausesOf('Who was the chairman of the conference itself (not the ITU Secretary-General)?'),
      ['Who was the chairman of the conference itself'],
    );
  });

  it('drops a gloss in brackets after an acronym ("BDT (development sector)"), and keeps other brackets', () => {
    assert.deepEqual(clausesOf('who was re-elected to run BDT (development sector)'), [
      'who was re-elected to run BDT',
    ]);
    assert.deepEqual(clausesOf('which resolutions were suppressed (SUP)?'), [
      'which resolutions were suppressed  SUP',
    ]);
  });

  it('reads "total # of" and "total number of" as "how many"', () => {
    assert.deepEqual(clausesOf('total # of resolutions out of pp14'), ['how many resolutions out of pp14']);
    assert.deepEqual(clausesOf('the total number of decisions'), ['how many decisions']);
    assert.deepEqual(clausesOf('what was the vote count for Zhao'), ['how many vote for Zhao']);
    // A name's count beside a "how many" already asked says whose count it is.
    assert.deepEqual(clausesOf('how many resolutions were revised? (the OTI count)'), [
      'how many resolutions were revised',
      'according to OTI',
    ]);
  });

  it('reads "count of X" as how many, "what does X even stand for" and "what does PP mean" as its full name, and "… but what" as a lead-in', () => {
    assert.deepEqual(clausesOf('count of revised resolutions per OTI'), [
      'how many revised resolutions per OTI',
    ]);
    assert.deepEqual(clausesOf('what does ITU even stand for'), ['what is the full name of ITU']);
    assert.deepEqual(clausesOf('what does PP mean in PP-14'), ['what is the full name of PP in PP-14']);
    // "mean" of a word that is no acronym stays a question about meaning.
    assert.deepEqual(clausesOf('what does consensus mean here'), ['what does consensus mean here']);
    assert.deepEqual(clausesOf('sry dumb q but who won'), ['sry dumb q, who won']);
  });

  it('reads "which number X was Y in the ITU\'s series" without the series, and keeps "which number in the series of X"', () => {
    assert.deepEqual(clausesOf("Which number Plenipotentiary Conference was Busan in the ITU's series?"), [
      'Which number Plenipotentiary Conference was Busan',
    ]);
    assert.deepEqual(clausesOf('Which number in the series of ITU Plenipotentiary Conferences was Busan?'), [
      'Which number in the series of ITU Plenipotentiary Conferences was Busan',
    ]);
  });

  it('reads "which X was Y in the series" as its number, and ", like the 17th, 18th" as examples', () => {
    assert.deepEqual(clausesOf('which plenipotentiary was busan in the series, like the 17th, 18th?'), [
      'which plenipotentiary number was busan',
    ]);
  });

  it('sets thanks before the next question aside ("cheers. and the ipv6 one, which res number")', () => {
    assert.deepEqual(clausesOf('cheers. and the ipv6 one, which res number'), [
      'the ipv6 one, which res number',
    ]);
    assert.deepEqual(clausesOf('thanks!'), ['thanks'], 'thanks alone stays, for small talk to answer');
  });

  it('sets "or am I misremembering" and "or am i making that up" aside as the asker\'s doubt', () => {
    assert.deepEqual(clausesOf('was there anything on ebola or am i misremembering'), [
      'was there anything on ebola',
    ]);
    assert.deepEqual(clausesOf('did they change the name of res 70 or am i making that up'), [
      'did they change the title of res 70',
    ]);
  });

  it('reads "what was the deal w the X" as asking what happened with the X', () => {
    assert.deepEqual(clausesOf('wat was the deal w the wifi at the opening ceremony'), [
      'what happened with the wifi at the opening ceremony',
    ]);
    assert.deepEqual(clausesOf("what's the story with the OTT text"), ['what happened with the OTT text']);
  });

  it('reads a request for "the X of Y" ("need the title of res 70") as asking what the X of Y is', () => {
    assert.deepEqual(clausesOf('need the title of res 70'), ['what is the title of res 70']);
    assert.deepEqual(clausesOf("i'm looking for the full name of WG-PL"), ['what is the full name of WG-PL']);
    // A need that is not a request for a thing's attribute stays as it is.
    assert.deepEqual(clausesOf('need coffee'), ['need coffee']);
  });

  it('reads "in total", "ballpark" and "roughly" around "how many" away, and keeps "total" elsewhere', () => {
    assert.deepEqual(clausesOf('how many proposals were negotiated in total at busan'), [
      'how many proposals were negotiated  at busan',
    ]);
    assert.deepEqual(clausesOf('roughly how many countries came'), ['how many countries came']);
    assert.deepEqual(clausesOf('how many countries came, ballpark'), ['how many countries came,']);
    assert.deepEqual(clausesOf('what was the total budget'), ['what was the total budget']);
  });

  it('reads how short the answer should be ("1 line pls", "in a nutshell") away', () => {
    assert.deepEqual(clausesOf('what did res 197 do, 1 line pls'), ['what did res 197 do,   pls']);
    assert.deepEqual(clausesOf('busan declaration in a nutshell'), ['busan declaration']);
  });

  it('reads a request to answer ("could you confirm", "can u tell me") away', () => {
    assert.deepEqual(clausesOf('Could you confirm the date on which the Final Acts were signed'), [
      'the date on which the Final Acts were signed',
    ]);
    assert.deepEqual(clausesOf('can u tell me who chaired pp-14'), ['who chaired pp-14']);
  });
});

describe('clausesOf: whose figures are asked', () => {
  it('reads "per ITU\'s own numbers" and "by OTI\'s count" as "according to"', () => {
    assert.deepEqual(clausesOf("how many delegates per ITU's own numbers pls"), [
      'how many delegates according to ITU pls',
    ]);
    assert.deepEqual(clausesOf("how many proposals by OTI's count"), ['how many proposals according to OTI']);
  });
});

describe('clausesOf: a request to confirm after the claim', () => {
  it('splits "X, can you confirm?" into the claim and its tag', () => {
    assert.deepEqual(clausesOf('Connect 2020 wants 75% of individuals online by 2020, can you confirm?'), [
      'Connect 2020 wants 75% of individuals online by 2020',
      'can you confirm',
    ]);
  });
});

describe('clausesOf: the kind of publication after a source', () => {
  it('reads "per the OTI post" and "according to OTI\'s wrap-up" as the source alone', () => {
    assert.deepEqual(clausesOf('how many new resos came out of busan per the OTI post'), [
      'how many new resos came out of busan per the OTI',
    ]);
    assert.deepEqual(clausesOf("How many existing resolutions were revised according to OTI's wrap-up"), [
      "How many existing resolutions were revised according to OTI's",
    ]);
    // A publication named as the thing asked about stays: "what did the blog post say".
    assert.deepEqual(clausesOf('what did the blog post say'), ['what did the blog post say']);
  });
});

describe('clausesOf: a line that opens on "number of"', () => {
  it('reads "exact number of women delegates at busan?" as how many', () => {
    assert.deepEqual(clausesOf('exact number of women delegates at busan?'), [
      'how many women delegates at busan',
    ]);
    assert.deepEqual(clausesOf('number of the resolution on IoT?'), ['number of the resolution on IoT']);
  });
});

describe('clausesOf: chat lead-ins and names asked by "called" or "stand for"', () => {
  it('drops "asking for a colleague," and reads "what was the venue called" and "what does X stand for"', () => {
    assert.deepEqual(clausesOf('asking for a colleague, whats res 203 about'), ['whats res 203 about']);
    assert.deepEqual(clausesOf('wat was the venue called again'), ['wat was the name of the venue again']);
    assert.deepEqual(clausesOf('whats WG-PL stand for'), ['what is the full name of WG-PL']);
    // A numbered text and a pronoun keep "called": the title is asked, or what "it" points at.
    assert.deepEqual(clausesOf('what was res 203 called again'), ['what was res 203 called again']);
    assert.deepEqual(clausesOf('wat was it called'), ['wat was it called']);
  });
});

describe('clausesOf: "how come"', () => {
  it('reads "how come X" as "why X"', () => {
    assert.deepEqual(clausesOf('how come ITU ended up with fewer contributory units after busan'), [
      'why ITU ended up with fewer contributory units after busan',
    ]);
  });
});

describe('clausesOf: chat\'s "4" for "for"', () => {
  it('reads "4" before what it is for as "for", and keeps a "4" that numbers the word before it', () => {
    assert.deepEqual(clausesOf('financial plan period 4 pp14'), ['financial plan period for pp14']);
    assert.deepEqual(clausesOf('thx 4 the help'), ['thx for the help']);
    assert.deepEqual(clausesOf('what did committee 4 the delegates see'), [
      'what did committee 4 the delegates see',
    ]);
    // A numbered round is its nth, as the sources write it.
    assert.deepEqual(clausesOf('round 4 the deputy race'), ['fourth round the deputy race']);
  });
});

describe('clausesOf: "number of" and "#" as a count', () => {
  it('reads "# of decisions" and "number of delegates" as how many, but not "number of the resolution"', () => {
    assert.deepEqual(clausesOf('for my slides: # of decisions in the final acts'), [
      'for my slides',
      'how many decisions in the final acts',
    ]);
    assert.deepEqual(clausesOf('number of delegates at pp14'), ['how many delegates at pp14']);
    assert.deepEqual(clausesOf('number of the new resolution on mobile phone theft'), [
      'number of the new resolution on mobile phone theft',
    ]);
  });
});

describe('clausesOf: a question reported as asked', () => {
  it('reads the question after "students keep asking", "my boss wants to know", but not in a line that asks its own', () => {
    assert.deepEqual(clausesOf('students keep asking which ministry hosted lol'), [
      'which ministry hosted lol',
    ]);
    assert.deepEqual(clausesOf('my boss wants to know who won the TSB race'), ['who won the TSB race']);
    assert.deepEqual(clausesOf('why did ngos keep asking who chaired'), [
      'why did ngos keep asking who chaired',
    ]);
  });
});

describe('clausesOf: a day of the month', () => {
  it('reads "on the 24th" as the day, not a rank, but keeps "the 4th round"', () => {
    assert.deepEqual(clausesOf('how did the three elections run on the 24th'), [
      'how did the three elections run on 24',
    ]);
    assert.deepEqual(clausesOf('was he elected in the 4th round'), ['was he elected in the 4th round']);
  });

  it('reads "And the number of X" at the start of a follow-up as a count asked', () => {
    assert.deepEqual(clausesOf('And the number of decisions in the Final Acts?'), [
      'And how many decisions in the Final Acts',
    ]);
  });

  it('ends a clause at an emoji between words, not at one that ends the line', () => {
    assert.deepEqual(clausesOf('ppl keep saying OTT got regulated 🙄 what actually happened'), [
      'ppl keep saying OTT got regulated',
      'what actually happened',
    ]);
    assert.deepEqual(clausesOf('venue name pls 🙏'), ['venue name pls 🙏']);
  });

  it('sets aside the asker\'s muddle, reads a lone "w" after "deal" as "with", and a post\'s "job" as the post', () => {
    assert.deepEqual(clausesOf('did the ITU-D elect the SG at the busan WRC or am i confusing stuff'), [
      'did the ITU-D elect the SG at the busan WRC',
    ]);
    assert.deepEqual(clausesOf('sry im mixing things up, who runs the TSB'), ['who runs the TSB']);
    assert.match(clausesOf('whats the deal w indias doc 98')[0] ?? '', /happened with indias/);
    assert.deepEqual(clausesOf('who got the TSB director job'), ['who got the TSB director']);
    assert.match(
      clausesOf('Which plenipotentiary was Busan in the sequence')[0] ?? '',
      /which plenipotentiary number was Busan/,
    );
  });

  it('sets aside what the asker adds after the question: ", which was the trigger for …" and a "why"\'s premise ("when nothing happened")', () => {
    assert.deepEqual(
      clausesOf(
        'How many people were on board MH370, which was the trigger for the flight tracking discussion?',
      ),
      ['How many people were on board MH370'],
    );
    assert.deepEqual(
      clausesOf('why did the OTI call busan a success when basically nothing dramatic happened?'),
      ['why did the OTI call busan a success'],
    );
    // A "when" that asks stays: "when" opening the line is the question.
    assert.deepEqual(clausesOf('when was it adopted, which was the plan?').length, 1);
  });
});

describe('clausesOf: whether any was, and which', () => {
  it('reads "was any X done …, and which" as "which X was done …", and "did anyone …, and who" as "who did …"', () => {
    assert.deepEqual(clausesOf('was any resolution abrogated at busan and which'), [
      'which resolution was abrogated at busan',
    ]);
    assert.deepEqual(clausesOf('did anyone object, and who?'), ['who did object']);
    // Without "and which" it stays a yes/no question.
    assert.deepEqual(clausesOf('was any resolution abrogated at busan'), [
      'was any resolution abrogated at busan',
    ]);
  });

  it('declines "was any resolution abrogated (SUP) at busan and which", which the definition of SUP answered', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('was any resolution abrogated (SUP) at busan and which', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });
});

describe('clausesOf: a total asked', () => {
  it('reads "zhao vote total" as a count of votes, and leaves "in total" and "X of Y total" alone', async () => {
    assert.deepEqual(clausesOf('zhao vote total'), ['zhao how many vote']);
    assert.doesNotMatch(clausesOf('how many delegates in total').join(' '), /how many in\b/);
    assert.deepEqual(clausesOf('hrs of negotiation total'), ['hrs of negotiation total']);
    const { index } = await contextFor();
    const r = answerQuestion('zhao vote total', index);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /\b152\b/);
  });
});

describe('clausesOf: the name of a numbered text', () => {
  it('reads "official name of resolution 174" as its title, and leaves other names alone', async () => {
    assert.deepEqual(clausesOf('official name of resolution 174 as revised in busan'), [
      'title of resolution 174 as revised in busan',
    ]);
    assert.deepEqual(clausesOf('full name of BDT'), ['full name of BDT']);
    const { index } = await contextFor();
    const r = answerQuestion('official name of resolution 174 as revised in busan', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /illicit use of information/);
  });
});

describe('clausesOf: a request to confirm, with a word of how exact', () => {
  it('opens "pls confirm roughly what share …" on its question', async () => {
    assert.deepEqual(clausesOf('pls confirm roughly what share of pp14 participants were women'), [
      'what share of pp14 participants were women',
    ]);
    const { index } = await contextFor();
    const r = answerQuestion('pls confirm roughly what share of pp14 participants were women', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /2 in 10/);
  });
});

describe('clausesOf: surprise, glosses and questions inside questions', () => {
  it('reads "what even is", "the full name behind" and "anyone know what X is" as the plain question', () => {
    assert.deepEqual(clausesOf('lol what even is the ITU'), ['lol what is the ITU']);
    assert.deepEqual(clausesOf('what is the full name behind CWG-Internet'), [
      'what is the full name of CWG-Internet',
    ]);
    assert.match(clausesOf('anyone know what BEXCO is?').join(' '), /what is BEXCO/);
    // Not a question's own "what … is" at the end of a longer clause.
    assert.deepEqual(clausesOf('which country Zhao is from'), ['which country Zhao is from']);
  });

  it('ends a quoted sentence at its full stop inside the quotes, so its tag is read ("… France." Correct?)', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'Checking a line: "The flight tracking text was drafted by an ad hoc group chaired by France." Correct?',
      index,
    );
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Germany/);
  });

  it('answers "what even is the ITU" and "the full name behind CWG-Internet" from their own entries', async () => {
    const { index } = await contextFor();
    const itu = answerQuestion('lol what even is the ITU 😅', index);
    assert.match(
      itu.found ? (itu.passages[0]?.passage.text ?? '') : '',
      /International Telecommunication Union/,
    );
    const cwg = answerQuestion('For my glossary: what is the full name behind CWG-Internet?', index);
    assert.match(cwg.found ? (cwg.passages[0]?.passage.text ?? '') : '', /Council Working Group/);
  });
});
