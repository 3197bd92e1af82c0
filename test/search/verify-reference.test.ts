import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('verify: which of several like things a passage is about (through answerQuestion)', () => {
  it('does not answer what a body did with what it was asked to do: "what did WRC-15 decide" declines', async () => {
    const { index } = await contextFor();
    const wrc = answerQuestion('What did WRC-15 end up deciding on global flight tracking?', index);
    assert.equal(
      wrc.found,
      false,
      '"Resolution 185 asks WRC-15 to take up" is the background, not the result',
    );
    const asked = answerQuestion('what did Resolution 185 ask WRC-15 to do', index);
    assert.ok(asked.found, 'what it was asked to do is answered when that is the question');
    const india = answerQuestion(
      'What did India get in return for withdrawing its routing resolution?',
      index,
    );
    assert.ok(india.found, '"for India withdrawing": India acts');
    const oti = answerQuestion('How many proposals did OTI say were negotiated in Busan?', index);
    assert.ok(oti.found, 'a source the passage cites is the one saying it');
    const busan = answerQuestion('how many brand-new resolutions did Busan produce?', index);
    assert.ok(busan.found, 'the conference itself is what every passage is about');
  });

  it('reads a numbered text as acting in any spelling: "which organisations did Res 101 ask ITU to work with"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('which organisations did Res 101 ask ITU to work with', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /ICANN/);
    const how = answerQuestion('How does Res 188 suggest countries can identify counterfeit devices?', index);
    assert.match(how.found ? (how.passages[0]?.passage.text ?? '') : '', /IMEI/);
  });

  it('answers what someone did before an act of theirs only with what places something earlier', async () => {
    const { index } = await contextFor();
    const text = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? (r.passages[0]?.passage.text ?? '') : '';
    };
    assert.equal(text("what was wonki min's job before he chaired the conference"), '');
    assert.match(text('what did chaesub lee do before he was elected'), /Study Group 13 since 2009/);
    assert.match(text("what was zhao's job before he became sg"), /Earlier ITU posts/);
  });

  it('answers "the plenipot after X" only with what came after X, not with X itself', async () => {
    const { index } = await contextFor();
    const followed = answerQuestion(
      'Where and in which year was the Plenipotentiary that followed Busan held?',
      index,
    );
    assert.ok(followed.found);
    assert.match(followed.passages[0]?.passage.text ?? '', /Dubai/);
    const dubai = answerQuestion('Where was the plenipot after Dubai held?', index);
    assert.equal(dubai.found, false, 'the corpus says nothing of the conference after Dubai');
    const post = answerQuestion("who's BR director after pp14", index);
    assert.ok(post.found, '"the BR director after PP-14" asks who holds the post');
    assert.match(post.passages.map((p) => p.passage.text).join(' '), /Rancy/);
  });

  it('does not answer what happened to a text with a sentence that only names it', async () => {
    const { index } = await contextFor();
    const r133 = answerQuestion(
      'What changed in Resolution 133 on internationalized domain names at Busan?',
      index,
    );
    assert.equal(
      r133.found,
      false,
      '"ISOC counted Resolution 133 among the key texts" says nothing of a change',
    );
    const r101 = answerQuestion('whats new in resolutoin 101 after busan', index);
    assert.ok(r101.found, 'a sentence that says what changed still answers');
    const typo = answerQuestion('res 188 is counterfit devices right? whats the full title', index);
    assert.ok(typo.found, 'a word typed with a slip counts as the word the search matched');
  });

  it('does not answer a text\'s wording ("the final text of Resolution 25") with a sentence that only says "the text"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What was the final text of Resolution 25 after Busan?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    const about = answerQuestion('what was Resolution 25 about?', index);
    assert.ok(about.found, 'what the text is about is still answered');
    // "The final text … after Committee 6" asks the words too, whatever else the line names.
    const after = answerQuestion('What was the final text of Resolution 25 after Committee 6?', index);
    assert.equal(after.found, false, after.found ? after.passages[0]?.passage.text : '');
    // "Final Acts" is a name, not a final text asked.
    const first = answerQuestion('Which text appears first in the Busan Final Acts?', index);
    assert.match(first.found ? (first.passages[0]?.passage.text ?? '') : first.reason, /Decision 5/);
  });

  it('does not answer "the final title" of a text with the title of its draft', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What is the final title of the Iraq resolution?', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    const draft = answerQuestion('what was the draft title of the iraq resolution?', index);
    assert.match(
      draft.found ? (draft.passages[0]?.passage.text ?? '') : draft.reason,
      /Support and assistance for Iraq/,
    );
  });

  it('answers "who was X before <person>" (or after) only with what came before (or after) that person', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('who was ITU secretary-general before touré?', index).found, false);
    // "After" a person as well: Lee's own chairing is not who took over from him.
    assert.equal(
      answerQuestion('who took over as chair of ITU-T study group 13 after chaesub lee', index).found,
      false,
    );
    // "Before" an event is a date, not a person's predecessor.
    const poland = answerQuestion(
      'Why did Poland ask for the Committee 5 report to be noted before the Res 99 and 125 amendments?',
      index,
    );
    assert.ok(poland.found);
  });

  it('does not date a thing with a date given as "the day before" it: "when did PP-14 open" gets 20 October', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('On what date did PP-14 open?', index);
    assert.ok(r.found);
    for (const p of r.passages) assert.doesNotMatch(p.passage.text, /day before PP-14/);
    assert.match(r.passages[0]?.passage.text ?? '', /20 October/);
  });

  it('does not bear out a fact-check set at the conference with a sentence set in another year only', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Chaesub Lee beat Malcolm Johnson for TSB Director in 2014, yeah?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /2006/);
  });

  it("corrects a rank claimed for the conference by any of its names, not with the next meeting's rank", async () => {
    const { index } = await contextFor();
    const r = answerQuestion('busan was the 20th plenipot, right?', index);
    assert.ok(r.found);
    assert.equal(r.lead, 'no');
    assert.match(r.passages[0]?.passage.text ?? '', /19th/);
  });

  it('does not bear out a fact-check with what could have happened', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('OTT services like netflix and skype ended up under ITU remit, right?', index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /could have/);
  });

  it('reads the agent of "what did WTDC-17 in Buenos Aires decide" past where it met: a document citing a text is not its decision', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What did WTDC-17 in Buenos Aires decide on the Internet of Things?', index);
    assert.equal(r.found, false);
  });

  it('answers who holds a post with the one elected at the conference, not the one whose term ended there', async () => {
    const { index } = await contextFor();
    for (const line of ["whats the deputy sg's name from 2014", "who's deputy SG after busan"]) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Malcolm Johnson/, line);
    }
    // Asked about before, the earlier holder answers.
    const before = answerQuestion('who was deputy sg before busan', index);
    assert.match(before.found ? (before.passages[0]?.passage.text ?? '') : '', /Zhao/);
  });
});

describe('verify: what came after a conference, asked with a verb between ("which pp comes after Dubai")', () => {
  it('declines what came after Dubai 2018, which the corpus does not say', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('which pp comes after dubai 2018 and where', index).found, false);
  });

  it('does not read "after the Busan ICT Ministerial Meeting" as after Busan', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('where was the pp after busan', index);
    assert.ok(r.found);
    assert.match(r.passages.map((p) => p.passage.text).join(' '), /Dubai/);
  });
});

describe('verify: a race of another year', () => {
  it('does not answer "Malcolm Johnson\'s opponents in the deputy SG race" with his 2006 TSB election', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("Who were Malcolm Johnson's opponents in the deputy SG race?", index);
    for (const p of r.found ? r.passages : []) assert.doesNotMatch(p.passage.text, /2006/);
    // Those in a race say it is one, with no word for the race itself.
    const rivals = answerQuestion("who were malcolm johnson's opponents for deputy sg?", index);
    for (const p of rivals.found ? rivals.passages : []) assert.doesNotMatch(p.passage.text, /2006/);
    // What someone did before their election is another matter: its years are asked.
    const sg = answerQuestion('Which ITU-T study group had Chaesub Lee chaired before his election?', index);
    assert.ok(sg.found);
    assert.match(sg.passages[0]?.passage.text ?? '', /Study Group 13/);
  });
});

describe('verify: the plenipot by its short name, and a date counted from it', () => {
  it('reads "plenipot" as said by "PP-14", but not "the day before PP-14 opened" as the day it opened', async () => {
    const { index } = await contextFor();
    const ipv6 = answerQuestion('busan plenipot ipv6 resolution number?? 180 or 101', index);
    assert.ok(ipv6.found);
    assert.match(ipv6.passages[0]?.passage.text ?? '', /Resolution 180/);
    const open = answerQuestion('On what day did the Busan plenipot open?', index);
    assert.ok(open.found);
    assert.match(open.passages[0]?.passage.text ?? '', /20 October/);
    // The meeting the question names keeps its own date.
    const decl = answerQuestion('busan declaration - adopted which day exactly?', index);
    assert.ok(decl.found);
    assert.match(decl.passages[0]?.passage.text ?? '', /19 October/);
  });

  it('lets a question that itself asks what came after ("… fell in 2015 after busan") take a rank placed after the conference', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('itu founded 1865 so 150th anniversary fell in 2015 after busan, true?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /1865/);
  });

  it('does not answer what came after an end ("after his time as SG ended") with a start', async () => {
    const { index } = await contextFor();
    assert.equal(answerQuestion('what did zhao do after his time as SG ended', index).found, false);
    // "After leaving the ITU" asks what followed an end too: Touré's term during PP-14 is no answer.
    assert.equal(answerQuestion('what did hamadoun touré do after leaving the ITU?', index).found, false);
  });

  it('answers a yes/no question about any of a kind with what is said of them all, not of one ("the Palestine text")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('yes or no: did they actually vote on any resolution at pp14', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : r.reason, /every outcome|no formal vote/);
    const sup = answerQuestion('were any resolutions abrogated (SUP) at pp-14?', index);
    assert.equal(sup.found, false, sup.found ? sup.passages[0]?.passage.text : '');
    // "Every vote" is a total a count answers ("166 of 166"), not a question over any.
    const every = answerQuestion("Rancy got every vote in the first round, didn't he", index);
    assert.match(every.found ? every.passages.map((p) => p.passage.text).join(' ') : every.reason, /166/);
  });
});
