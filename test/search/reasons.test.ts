import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { givesReason, onlyFailure, restatesAct, significanceWords } from '../../src/search/reasons.ts';
import { contextFor, lineReader } from '../helpers.ts';

describe('reasons: what answers "why"', () => {
  it('does not take the act asked about ("why couldn\'t they agree" and "could not agree") for its reason', () => {
    const text = "PP-14's Committee 5 could not agree on a working definition of ICT.";
    assert.ok(!givesReason(text, "why could n't they agree a definition of ICT?"));
    assert.ok(!givesReason(text, "why couldn't they agree a definition of ICT?"));
    // "Fail to", "unable to" ask the same failure.
    assert.ok(!givesReason(text, 'Why did they fail to agree a definition of ICT?'));
    assert.ok(!givesReason(text, 'why were they unable to agree on ICT?'));
    assert.ok(
      !givesReason(text, "Why was it not possible to agree a working definition of 'ICT' in Committee 5?"),
    );
    assert.ok(!givesReason(text, 'why was it impossible to agree on ICT'));
    // Asked about something else, "could not" still tells why: it failed for want of agreement.
    assert.ok(givesReason(text, 'why was there no definition of ICT?'));
  });

  it('reads "since" before a place set off by a comma as a time, no cause: "Since Busan, the title begins …"', () => {
    const question = 'why was the title of Resolution 70 changed at Busan';
    assert.ok(
      !givesReason(
        'Since Busan, the title of Resolution 70 begins "Mainstreaming a gender perspective".',
        question,
      ),
    );
    assert.ok(
      givesReason(
        "Since the term runs through ITU's basic texts, a definition could widen its reach.",
        question,
      ),
    );
  });

  it('reads an occasion as why a year mattered: "why was 2015 a big year" and its 150th anniversary', async () => {
    const question = 'why was 2015 a big year for ITU';
    assert.ok(givesReason('ITU was to mark its 150th anniversary in 2015.', question));
    assert.ok(
      !givesReason('ITU was to mark its 150th anniversary in 2015.', 'why was the conference held in Busan'),
    );
    const { index } = await contextFor();
    const r = answerQuestion('why was 2015 going to be a big year for ITU', index);
    assert.ok(r.found, r.found ? '' : r.reason);
  });

  it('reads what could have followed as why something was contentious, and what could still come as no reason', () => {
    const question = 'why were references to OTT services controversial?';
    assert.ok(
      givesReason("Proposed wording could have brought Netflix and Skype under ITU's remit.", question),
    );
    assert.ok(!givesReason('A final decision could be taken at the next conference.', question));
    // Without a contention asked, a "could have" is no reason.
    assert.ok(
      !givesReason("Proposed wording could have brought Netflix under ITU's remit.", 'why was it removed?'),
    );
  });

  it('reads a sentence holding the asked verb as restating the act, not as its reason', async () => {
    const read = await lineReader();
    const sentence = 'Wi-fi and mobile signals were jammed in the hall while President Park was present.';
    assert.ok(restatesAct(sentence, read('why were the signals jammed in the hall?')));
    assert.ok(!restatesAct(sentence, read('why was there no signal in the hall?')));
    assert.ok(!restatesAct(sentence, read('how come the signal got cut in the hall?')));
  });

  it('reads "since 2007" as a time, not a cause, so "why did X need four rounds" gets no career history', async () => {
    assert.equal(givesReason("Malcolm Johnson had been ITU's TSB Director since 2007."), false);
    assert.equal(givesReason('It was dropped since no consensus emerged.'), true);
    const { index } = await contextFor();
    const r = answerQuestion("why did malcolm johnson's race need four rounds", index);
    assert.equal(r.found, false);
  });

  it('answers "why was X a big deal" with a first, without the asker\'s words for mattering', async () => {
    assert.deepEqual([...significanceWords("why was lee's election a big deal for korea")], ['big', 'deal']);
    const { index } = await contextFor();
    const r = answerQuestion("why was chaesub lee's election a big deal for korea?", index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /first Korean/);
  });

  it('answers "why did X matter" from the sentence its entry files under "Why it mattered", past the first few verified', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("why was defining 'ICT' such a big deal at busan?", index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /extend ITU's reach/);
    // What made it contentious ("such a fight", "so contentious") is what made it matter.
    for (const line of [
      'why is the definition of ICT such a big fight',
      "Why was defining 'ICT' so contentious at the plenipot?",
    ]) {
      const fight = answerQuestion(line, index);
      assert.ok(fight.found, line);
      assert.match(fight.passages[0]?.passage.text ?? '', /extend ITU's reach/, line);
    }
    // That section says why the entry mattered, not why whatever it recalls happened.
    const lost = answerQuestion('why did chaesub lee lose the tsb race in 2006?', index);
    assert.equal(lost.found, false, lost.found ? lost.passages[0]?.passage.text : '');
  });

  it('reads what thanks are given for as the reason for them ("thanking Ukraine and Russia for their compromise")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why did the chairman thank Ukraine and Russia on 5 Nov?', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /for their compromise/);
  });

  it('reads "after" a named meeting ("after PP-14") as a place in a series, and "after" an event as a cause', () => {
    assert.equal(
      givesReason('The next Plenipotentiary Conference after PP-14, PP-18, took place in Dubai.'),
      false,
    );
    assert.equal(givesReason('Resolution 185 came after the loss of flight MH370.'), true);
    assert.equal(givesReason('It was withdrawn because it lacked support.'), true);
  });

  it('reads "after" or "following" a quantity ("after four rounds of voting") as a time, not a cause', async () => {
    assert.equal(givesReason('Malcolm Johnson was elected after four rounds of voting.'), false);
    assert.equal(givesReason('The group met following 40 hours of talks.'), false);
    const { index } = await contextFor();
    const r = answerQuestion('why was the deputy SG race the most contested one?', index);
    assert.equal(r.found, false, 'the race was the most contested; the corpus gives no reason why');
  });

  it('says the corpus gives no reason rather than answering "why" with what happened', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why did the UAE want to host PP-18?', index);
    assert.equal(r.found, false);
  });
});

describe("reasons: OTI's verdict on a quiet conference", () => {
  it('answers why OTI called an uneventful PP-14 a success with the reason it gives', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Why does OTI call such an uneventful conference a success?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /because the member states made only minor changes/);
  });
});

describe('reasons: a time after something is no cause', () => {
  it('reads "a day after Committee 5 approved it" as when, and answers why with the cause', async () => {
    assert.equal(
      givesReason('PP-14 passed it on 31 October 2014, a day after Committee 5 approved it.'),
      false,
    );
    assert.equal(givesReason('PP-14 adopted Resolution 185 after the loss of flight MH370.'), true);
    const { index } = await contextFor();
    const r = answerQuestion('why did pp-14 pass a resolution on global flight tracking', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /MH370/);
  });
});

describe('reasons: why something mattered', () => {
  it('reads a first as the reason a win was a milestone, and only for such a question', async () => {
    assert.equal(
      givesReason(
        "Chaesub Lee was the first Korean elected to one of ITU's top posts.",
        'why was it a milestone',
      ),
      true,
    );
    assert.equal(
      givesReason("Chaesub Lee was the first Korean elected to one of ITU's top posts.", 'why did he run'),
      false,
    );
    const { index } = await contextFor();
    const r = answerQuestion("Why was Chaesub Lee's win a milestone for Korea?", index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /first Korean/);
  });
});

describe('reasons: why someone objected', () => {
  it('reads the grounds an objection states as its reason', async () => {
    const called = 'All ITU-T study-group chairmen called the proposed working definition not mature.';
    assert.equal(givesReason(called, 'why did the study group chairs object to the definition'), true);
    assert.equal(givesReason('The chairmen objected to the definition.', 'why did they object'), false);
    const { index } = await contextFor();
    const r = answerQuestion(
      'why did the itu-t study group chairs object to the draft ICT definition',
      index,
    );
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /not mature|left out/);
  });
});

describe('reasons: "could not" is the reason last', () => {
  it('answers why defining ICT is a big deal with the cause OTI gives, not that Committee 5 could not agree', async () => {
    assert.equal(
      onlyFailure(
        "PP-14's Committee 5 could not agree on a working definition of ICT.",
        'why is it a big deal',
      ),
      true,
    );
    assert.equal(
      onlyFailure('India withdrew it when it could not win enough support.', 'why did India withdraw it'),
      false,
    );
    const { index } = await contextFor();
    const r = answerQuestion("why is defining 'ICT' such a big deal at the ITU?", index);
    assert.ok(r.found);
    assert.doesNotMatch(r.passages[0]?.passage.text ?? '', /could not/);
    assert.match(r.passages[0]?.passage.text ?? '', /reach|mandate/);
  });

  it('reads a warning of what could follow as the stake of a contention, and neither "after which" nor a text\'s concerns as a cause', () => {
    const q = 'why was defining ICT so controversial';
    assert.ok(
      givesReason("OTI warns that a formal definition could extend ITU's reach into Internet policy.", q),
    );
    const failed = "why india's secure information society draft did nt pass";
    assert.ok(
      !givesReason(
        'The group discussed the draft on 1 November, after which India revised its text.',
        failed,
      ),
    );
    assert.ok(
      givesReason(
        'The elections ended with the first week, after which many ministers left.',
        'why did many ministers leave',
      ),
    );
    assert.ok(
      !givesReason("India's draft was also concerned about domestic traffic being routed abroad.", failed),
    );
    assert.ok(
      !givesReason(
        'It did not agree to open every meeting, despite a push to do so.',
        'why was it hard to take part',
      ),
    );
    // A question about a failure ("didn't", typed or read back "did nt") takes "could not" as its reason.
    assert.ok(!onlyFailure('India agreed to withdraw it when it could not win enough support.', failed));
  });

  it("answers a why from a reason its entry gives below the first few sentences, not from the entry's best sentence or a source's", async () => {
    const { index } = await contextFor();
    for (const line of [
      "why india's secure information society draft didnt go through",
      "why didnt india's doc 98 go through in the end",
    ]) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /enough support/, line);
    }
  });
});

describe('reasons: a reason beside a verified sentence is of the same time', () => {
  it('declines "why did chaesub lee lose the 2006 tsb election", which a sentence dated 2014 answered', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why did chaesub lee lose the 2006 tsb election', index);
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
  });

  it('still answers with the reason beside its dated sentence ("why was the item put back on 28 October")', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Why was the item put back on 28 October?', index);
    assert.match(r.found ? r.passages.map((p) => p.passage.text).join(' ') : '', /computer problems/);
  });
});

describe("reasons: the question's own verb in another form", () => {
  it('declines "why did the US want the widest participation", which "the United States wanted …" restates', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'Why did the United States want the widest stakeholder participation in ITU Internet meetings?',
      index,
    );
    assert.equal(r.found, false, r.found ? r.passages[0]?.passage.text : '');
    const brazil = answerQuestion('why did brazil want privacy in res 130', index);
    assert.match(brazil.found ? (brazil.passages[0]?.passage.text ?? '') : '', /NSA/);
  });
});

describe('reasons: a time read as a reason, and a reason far from its sentence', () => {
  it('declines "why was the ITU Constitution not amended", which "the first conference since …" and a far sentence of the overview answered', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why was the ITU Constitution not amended at Busan', index);
    assert.equal(r.found, false, r.found ? r.passages.map((p) => p.passage.text).join(' | ') : '');
  });

  it('still answers why ANACOM calls Busan a first, where the first is what is asked', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('Why does ANACOM describe Busan as a first for the basic treaties?', index);
    assert.match(
      r.found ? (r.passages[0]?.passage.text ?? '') : '',
      /first Plenipotentiary Conference since/,
    );
  });
});
