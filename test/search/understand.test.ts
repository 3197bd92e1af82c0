import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { understand } from '../../src/search/understand.ts';
import { contextFor, lineReader } from '../helpers.ts';

const reader = lineReader;

describe('understand', () => {
  it('reads the kind of question, with slips in the question word', async () => {
    const read = await reader();
    assert.equal(read('who was elected Secretary-General?').kind, 'who');
    assert.equal(read('how many votes did Zhao get').kind, 'how-many');
    assert.equal(read('hw many proposals were there').kind, 'how-many');
    assert.equal(read('hwo much did japan pledge').kind, 'how-much');
    // A letter left out of a word that is no English: "whn" holds every letter of "when", not of "who".
    assert.equal(read('whn did the UAE announce its bid').kind, 'when');
    assert.equal(read('wher was pp14 held').kind, 'where');
    assert.equal(read('whcih country brought the ebola resolution').kind, 'which');
    assert.equal(read('why did India withdraw its proposal').kind, 'why');
    assert.equal(read('was Connect 2020 adopted unanimously').kind, 'yes-no');
    // An English word of its own opening the clause before an auxiliary is a slip too.
    assert.equal(read('wen did pp14 actually end').kind, 'when');
  });

  it('sets chat around the question aside, and reads tags as a fact-check', async () => {
    const read = await reader();
    assert.equal(read('malcolm johnson won deputy sg in the first round, ya?').yesNo, true);
    const u = read('chaesub lee is japanese right? checking before I tweet');
    assert.deepEqual(u.asides, ['checking before I tweet']);
    assert.equal(u.yesNo, true);
    assert.doesNotMatch(u.question, /right/);
    assert.equal(read('yes or no: did they amend the constitution?').yesNo, true);
  });

  it('reads "X says Y. Correct?" as a fact-check of Y, the quoting and the tag set aside', async () => {
    const read = await reader();
    const u = read('A reader says PP-14 ended on 6 November 2014. Correct?');
    assert.equal(u.yesNo, true);
    assert.equal(u.question, 'PP-14 ended on 6 November 2014');
    assert.deepEqual(u.asides, ['A reader says', 'Correct']);
    const checked = read('Reader says Chaesub Lee was the first Korean in a top post. Does that check out?');
    assert.equal(checked.yesNo, true);
    assert.doesNotMatch(checked.question, /reader|check/i);
    assert.ok(checked.numbers.includes('first'), 'a fact-check claims its ordinal');
  });

  it('reads "my notes say X, is that right" as a fact-check of X, though the model reads "notes" as a verb', async () => {
    const read = await reader();
    const u = read('my notes say rancy was re-elected, is that right');
    assert.equal(u.yesNo, true);
    assert.match(u.question, /^rancy was re-elected/);
    assert.ok(u.asides.includes('my notes say'));
    // A clause needs a subject: the tag after "adopted" is no clause the asker remembers.
    assert.match(
      read('i remember 71 resolutions adopted, is that right').question,
      /^71 resolutions adopted/,
    );
  });

  it('reads choices with an article after "or" ("bexco or some hotel") and figures listed with commas as one group', async () => {
    const read = await reader();
    assert.deepEqual(read('was it at bexco or some hotel?').alternatives, [['bexco', 'hotel']]);
    assert.deepEqual(read('was busan the 18th, 19th or 20th plenipot?').alternatives, [
      ['18th', '19th', '20th'],
    ]);
  });

  it('sets "thats what my notes say" aside as the asker\'s own record, and reads "thats what dig.watch has" with the claim', async () => {
    const read = await reader();
    const own = read('the conference ended on 6 november, correct? thats what my notes say');
    assert.equal(own.yesNo, true);
    assert.doesNotMatch(own.question, /notes/);
    assert.match(read("pp-14 ended on 6 november right? that's what dig.watch has").question, /dig/);
  });

  it('sets a long story before the question aside ("so I\'m scripting … (long story …) - who was …"), and keeps a short lead-in as its topic', async () => {
    const read = await reader();
    const story = read(
      "so I'm scripting the opening ceremony sequence for a doc (long story, the producer is obsessed with openings) - who was the korean minister who spoke first?",
    );
    assert.equal(story.question, 'who was the korean minister who spoke first');
    assert.match(read('heard the wifi was weird at the opening?? what happened lol').question, /wifi/);
  });

  it('reads "one of" as picking from a group, not a number ("the mayor of busan one of the opening speakers")', async () => {
    const read = await reader();
    assert.deepEqual(read('was the mayor of busan one of the opening speakers?').numbers, []);
  });

  it('reads a number word after chat ("sry one more, …") as numbering nothing, and after a corpus noun ("round one") as a number', async () => {
    const read = await reader();
    assert.deepEqual(read('sry one more, who gave the US statement on ebola').numbers, []);
    // "Round one" is read as the first round (clausesOf), which the answer must account for.
    assert.ok(read('did johnson win in round one?').numbers.includes('first'));
    assert.ok(read('which countries are in category seven?').numbers.includes('seven'));
  });

  it('reads an honorific as the title of the name after it, not a name to find ("Mr. Zhao")', async () => {
    const read = await reader();
    assert.deepEqual(read('How many votes received Mr. Zhao?').names, ['zhao']);
    const { index } = await contextFor();
    const r = answerQuestion('How many votes received Mr. Zhao?', index);
    assert.ok(r.found && /152/.test(r.passages[0]?.passage.text ?? ''));
  });

  it('reads the head of a hyphenated verb as the action a fact-check claims ("re-elected")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('hamadoun toure was re-elected secretary-general in busan, right?', index);
    // Touré's remarks at an awards ceremony say nothing of an election.
    if (r.found) assert.doesNotMatch(r.passages[0]?.passage.text ?? '', /GEM-TECH/);
  });

  it('reads "the us" as the United States, not the pronoun, and "tell us" as the pronoun', async () => {
    const read = await reader();
    assert.ok(read("why did the us think res 130 didn't need changing at all").names.includes('us'));
    assert.ok(!read('can you tell us who won the SG race').names.includes('us'));
  });

  it('reads "i thought X?" and "X. fact check pls" as fact-checks of X, and "fact check:" before X as before', async () => {
    const read = await reader();
    const thought = read('i thought malcolm johnson won the deputy SG job in the first round?');
    assert.equal(thought.yesNo, true);
    // The post's "job" is the post: the clause reads without it.
    assert.equal(thought.question, 'malcolm johnson won the deputy SG in the first round');
    const checked = read("podcast guest claimed PP-14 was the ITU's 18th plenipotentiary. fact check pls");
    assert.equal(checked.yesNo, true);
    assert.doesNotMatch(checked.question, /podcast|fact|check/);
    // "i think" before a question asks the question.
    assert.equal(read('i think the venue was BEXCO, where exactly is it').yesNo, false);
  });

  it('reads a bare question after a statement as asked of it: "zhao was deputy SG before? which years"', async () => {
    const read = await reader();
    const years = read('zhao was deputy SG before? which years');
    assert.equal(years.kind, 'which');
    assert.match(years.question, /zhao.*which years/i);
    const when = read('the host country agreement was signed in Seoul. when?');
    assert.equal(when.kind, 'when');
    const own = read('Busan was the venue? Which countries voted for Zhao?');
    assert.doesNotMatch(own.question, /venue/, 'a question with its own topic stands alone');
  });

  it('reads "is it true X" and "X?" about a name as fact-checks of X, and "what is the date of X" as when', async () => {
    const read = await reader();
    const truth = read('is it true the flight tracking resolution was passed on 31 October?');
    assert.ok(truth.yesNo);
    assert.doesNotMatch(truth.question, /\btrue\b/);
    assert.ok(read('Zhao got 166 votes?').yesNo);
    assert.equal(read('names of the 12 RRB members elected on 27 oct?').yesNo, false);
    assert.equal(read('What is the date of Resolution 185?').kind, 'when');
  });

  it('reads a link as no part of the question', async () => {
    const read = await reader();
    const link = read('https://www.example.com/x?y=1');
    assert.deepEqual(link.numbers, [], 'the "1" of a query string is no number asked');
    assert.match(read('see https://www.itu.int/pp14 - who won SG?').question, /who won SG/);
  });

  it('keeps a statement without a tag a statement, and "Rev. Busan" one clause', async () => {
    const read = await reader();
    assert.equal(read('Houlin Zhao was elected in the first round').yesNo, false);
    assert.equal(read('what is Resolution 130 (Rev. Busan, 2014) about?').asides.length, 0);
  });

  it('reads the words that describe the answer ("official title", "resolution number") apart from its topic', async () => {
    const read = await reader();
    assert.deepEqual(read('What is the official title of the flight tracking resolution?').answerWords, [
      'official',
      'title',
    ]);
    assert.deepEqual(read('which resolution number covers flight tracking').answerWords, [
      'resolution',
      'number',
    ]);
    assert.ok(
      !read('what government job did Wonki Min hold').answerWords?.includes('job'),
      'a job is the topic',
    );
  });

  it('reads "the cyber one" as a pronoun, not the number one, and "round one" as a number', async () => {
    const read = await reader();
    assert.deepEqual(read('wait which res is the flight trackng one').numbers, []);
    assert.deepEqual(read('so the cyber one about confidence and security, which is it').numbers, []);
    assert.deepEqual(read('how many votes did Zhao get in round one').numbers, ['first']);
  });

  it('reads a leading phrase before the question word as the scene, unless a number in it names a thing', async () => {
    const read = await reader();
    const scene = read('Under the Busan Final Acts, which resolution number covers flight tracking?');
    assert.deepEqual(scene.setting, ['under', 'the', 'busan', 'final', 'acts']);
    assert.ok(!scene.names.includes('final'));
    assert.equal(read('Besides Decision 5, what are the other four decisions?').setting, undefined);
  });

  it('sets the asker\'s purpose aside ("for my deck", "for our briefing"), not "for" a topic', async () => {
    const read = await reader();
    const u = read('how many resolutions were adopted at pp14, for my deck pls');
    assert.doesNotMatch(u.question, /deck/);
    assert.ok(u.asides.some((a) => /for my deck/.test(a)));
    assert.match(read('what did PP-14 do for global flight tracking').question, /flight tracking/);
  });

  it('groups alternatives however many ("pusan or busan or seoul")', async () => {
    const read = await reader();
    assert.deepEqual(read('was it pusan or busan or seoul, which city hosted it').alternatives, [
      ['pusan', 'busan', 'seoul'],
    ]);
  });

  it('reads "<statement> - which X did it" as one question, the question pointing back', async () => {
    const read = await reader();
    const u = read("the 'secure information society' draft - which delegation tabled it");
    assert.match(u.question, /secure information society/);
    assert.match(u.question, /delegation/);
    // A lead-in naming nothing the corpus knows is chat, even when the question says "they".
    // "tl;dr" and "w/" are chat: the semicolon ends no clause, and "dr" is no topic.
    const gist = read("tl;dr on what happened w/ india's doc 98 thing?");
    assert.match(gist.question, /^on what happened with india/);
    const chat = read("asking for a colleague - who'd they pick as deputy sg");
    assert.doesNotMatch(chat.question, /colleague/);
  });

  it('reads a question that points back ("what is that in dollars?") together with the clause it points to', async () => {
    const read = await reader();
    const u = read("Japan's Ebola app pledge — what's that in US dollars?");
    assert.match(u.question, /pledge/);
    assert.match(u.question, /dollars/);
    assert.deepEqual(u.asides, []);
    // A question that stands alone keeps the chat around it aside.
    assert.deepEqual(read('filing in 10 min: when did PP-14 close?').asides, ['filing in 10 min']);
  });

  it('finds the names and numbers an answer must account for, in any case, and not the conference itself', async () => {
    const read = await reader();
    const u = read('how many votes did cavusoglu get in the TSB race at PP-14');
    assert.ok(u.names.includes('tsb'));
    assert.ok(!u.names.includes('pp14'));
    assert.deepEqual(read('zhao got 166 votes').numbers, ['166']);
    assert.ok(read('what did pp-14 decide about 5G').names.includes('5g'));
    // "the IPv6 one" is a pronoun; "round one" is a number.
    assert.deepEqual(read('Res 185 is the IPv6 one').numbers, ['185']);
    assert.ok(read('how many votes in round one').numbers.includes('first'));
  });

  it('tells small talk from questions: thanks and greetings have no corpus word', async () => {
    const read = await reader();
    assert.equal(read('pls remind me the last day of pp14').smallTalk, undefined);
    assert.equal(read('thanks, super helpful').smallTalk, 'thanks');
    assert.equal(read('hi').smallTalk, 'greeting');
    assert.equal(read('brb grabbing coffee').smallTalk, undefined);
    assert.equal(read('thanks, who won the TSB election?').smallTalk, undefined);
  });

  it('sets a lead-in that names nothing before the question word aside: "ugh forgot, which day …"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('ugh totally forgot, which day was zhao elected?', index);
    assert.ok(r.found, 'the chat before the comma is no part of the question');
    assert.match(r.passages[0]?.passage.text ?? '', /23 October/);
    const named = answerQuestion('Besides Decision 5, what did PP-14 decide on finance?', index);
    assert.ok(!named.found || !/^Besides/.test(named.passages[0]?.passage.text ?? ''));
  });

  it('reads the noun after a name as the kind of answer, and a nationality as its country', async () => {
    const { index } = await contextFor();
    const un = answerQuestion('Which UN official addressed the opening by video?', index);
    assert.ok(un.found, '"UN official": the answer is an official, named in the UN');
    assert.match(un.passages.map((p) => p.passage.text).join(' '), /Ban Ki-moon/);
    const minister = answerQuestion('Which Korean minister signed the 2013 host country agreement?', index);
    assert.ok(minister.found, '"Korean" is accounted for by "Korea\'s"');
    assert.match(minister.passages[0]?.passage.text ?? '', /Choi Mun-Kee/);
    const share = answerQuestion('What did ITU say was the share of people under 25 in the world?', index);
    assert.ok(share.found, '"what did ITU say was the share of": the share is the kind of answer');
    assert.match(share.passages[0]?.passage.text ?? '', /42\.5%/);
    const ministry = answerQuestion('Which Korean government ministry was the host of PP-14?', index);
    assert.ok(ministry.found, '"government ministry": both nouns describe the answer, a ministry');
    assert.match(ministry.passages[0]?.passage.text ?? '', /ministry/i);
  });

  it('reads "the X count" and "X tally" as how many X, and "pp10" as the name PP-10', async () => {
    const { index } = await contextFor();
    const count = answerQuestion('what did korea.net give as the resolution count?', index);
    assert.ok(count.found);
    assert.match(count.passages[0]?.passage.text ?? '', /71 resolutions/, 'not its attendance figure');
    const pp10 = answerQuestion('pp10 participant count?', index);
    assert.ok(pp10.found);
    assert.match(pp10.passages[0]?.passage.text ?? '', /2,378/);
  });

  it('sets a trailing purpose in words the corpus lacks aside ("for the lede"), never one it knows', async () => {
    const { index } = await contextFor();
    const u = understand('need the connect 2020 rural broadband target for the deck pls', index.nlp, {
      knows: (w) => index.knows(w),
      isName: (w) => index.isName(w),
      countriesIn: (t) => index.countries.countriesIn(t),
      isNationality: () => false,
      implied: index.impliedNames,
    });
    assert.ok(u.asides.some((a) => /for the deck/.test(a)));
    assert.doesNotMatch(u.question, /deck/);
    const r = answerQuestion('need the connect 2020 rural broadband target for the deck pls', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /90%/);
    const kept = answerQuestion('what is the Connect 2020 broadband target for the rural population?', index);
    assert.ok(kept.found, 'a tail with corpus words is part of the question');
    const hotel = answerQuestion('anyone got the wifi password for the hotel?', index);
    assert.equal(hotel.found, false, 'with the tail gone, one word is left: the hotel was the point');
  });

  it('takes the clause the asker ended with "?" as the question when no clause has question form', async () => {
    const read = await reader();
    assert.match(
      read('pls quick - deputy sg elected 2014?? minister brief due in 20 min').question,
      /deputy sg/,
    );
    // A clause in question form still wins over one that merely ends with "?".
    assert.match(read('which number plenipot was the busan one? like 17th, 18th?').question, /which number/);
  });

  it('reads "it" in a question after a yes/no question as what that one asked about', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("was there smth on youth? what date'd it pass", index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /3 November/);
    const article = answerQuestion(
      'quick one - was there a youth resolution? when did it get approved',
      index,
    );
    assert.match(article.found ? (article.passages[0]?.passage.text ?? '') : '', /3 November/);
  });
});

describe('understand: "get" before a participle is the passive', () => {
  it('reads "who got made honorary citizens" as who was made them, not who won', async () => {
    const u = await reader();
    const got = u('who got made honorary citizens of busan lol').tokens.find((t) => t.text === 'got');
    assert.equal(got?.light, true);
    assert.equal(u('zhao got 152 votes?').tokens.find((t) => t.text === 'got')?.light, false);
    const { index } = await contextFor();
    const r = answerQuestion('who got made honorary citizens of busan lol', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /honorary citizens/);
  });
});

describe('understand: a compass point that is part of a country', () => {
  it('reads "South Korean" as one nationality, not a name "south" the answer must say', async () => {
    const u = await reader();
    assert.deepEqual(
      u('Which South Korean president spoke at the opening ceremony in Busan?').names.includes('south'),
      false,
    );
    // A compass point alone keeps its name: "the South" is no country.
    assert.ok(u('Which countries of the Global South spoke?').names.includes('south'));
    const { index } = await contextFor();
    const r = answerQuestion('Which South Korean president spoke at the opening ceremony in Busan?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /Park Geun-hye/);
  });
});

describe('understand: the choices offered after a question', () => {
  it('reads "how did PP-14 reach its decisions — votes or consensus?" as one question', async () => {
    const u = await reader();
    assert.match(u('how did pp-14 reach its decisions — votes or consensus?').question, /votes or consensus/);
    const { index } = await contextFor();
    const r = answerQuestion('how did pp-14 reach its decisions — votes or consensus?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /consensus/);
  });
});

describe('understand: a tag before a clause that points back', () => {
  it('keeps "right" a tag in "pp-14 ended on 6 november right? that\'s what dig.watch has"', async () => {
    const u = await reader();
    const read = u("pp-14 ended on 6 november right? that's what dig.watch has");
    assert.ok(read.yesNo);
    assert.doesNotMatch(read.question, /\bright\b/);
    const { index } = await contextFor();
    const r = answerQuestion("pp-14 ended on 6 november right? that's what dig.watch has", index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /7 November/);
  });

  it('reads a question naming only the conference ("what text changed at busan") as about the named thing before its dash', async () => {
    const read = await lineReader();
    const u = read('resolution 133 idn - what text changed at busan exactly');
    assert.ok(u.numbers.includes('133'), u.question);
    // A lead-in naming nothing specific stays chat: the count is still of delegates.
    assert.doesNotMatch(
      read('need it for my slides - how many delegates actually showed up in busan').question,
      /slides/,
    );
    assert.doesNotMatch(read('for class: what does ITU even stand for lol').question, /class/);
  });

  it('reads a post named with no verb ("radiocom bureau director after busan?") as asking who held it, but not beside a question', async () => {
    const read = await lineReader();
    assert.equal(read('radiocom bureau director after busan?').kind, 'who');
    assert.equal(read('conference chairman').kind, 'who');
    assert.equal(read('venue name pls').kind, 'other');
    assert.match(
      read('pls quick - deputy sg elected 2014?? minister brief due in 20 min').question,
      /deputy sg/,
    );
    const { index } = await contextFor();
    const r = answerQuestion('radiocom bureau director after busan?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Rancy/);
  });

  it('reads what others keep saying as the background of the question asked beside it', async () => {
    const read = await lineReader();
    const u = read(
      'ppl in my replies keep saying OTT got regulated at busan 🙄 what actually happened w/ OTT',
    );
    assert.match(u.question, /^what actually happened with OTT/);
    // With no question beside it, the claim is what there is to answer.
    assert.match(read('people keep saying OTT got regulated at busan').question, /regulated/);
  });

  it('reads ordinals listed with commas after a question as its choices, and "need 1 number 4 the slide" as the asker\'s', async () => {
    const read = await lineReader();
    const u = read('Which plenipotentiary was Busan in the sequence — the 18th, 19th, 20th?');
    assert.deepEqual(u.alternatives, [['18th', '19th', '20th']]);
    const slide = read('how many NEW resolutions came out of busan, need 1 number 4 the slide');
    assert.deepEqual(slide.numbers, []);
    const { index } = await contextFor();
    const r = answerQuestion('Which candidate from Turkey ran for the TSB director job?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Çavuşoğlu/);
  });

  it('reads a question word inside a claim checked ("is it true that X when Y?") as asking nothing, "some1" as someone, and "total Xs" as a count', async () => {
    const read = await lineReader();
    const u = read(
      'is it true that wifi and phone signals were jammed at the opening when president park was there?',
    );
    assert.equal(u.yesNo, true);
    assert.notEqual(u.kind, 'when');
    const total = read('ok and total resolutions adopted?? some1 said 70 some1 said 71 ugh');
    assert.equal(total.kind, 'how-many');
    assert.ok(!total.names.includes('some1'));
  });

  it('reads a bare word asked after a topic ("flight tracking reso - number?") as asked of the topic', async () => {
    const read = await lineReader();
    assert.match(read('tl;dr flight tracking reso - number?').question, /flight tracking reso number/);
  });
});

describe('understand: who quotes a claim', () => {
  it('checks "The NGO report says X. Is that accurate?" by X, since the corpus never speaks of the NGO', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'The NGO report says the conference closed on 6 November 2014. Is that accurate?',
      index,
    );
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /7 November/);
  });
});
