import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { askedClaim, isTagClause, quotedClaim } from '../../src/search/claim.ts';
import { createNlp } from '../../src/search/nlp.ts';
import { contextFor } from '../helpers.ts';

const nlp = createNlp();
const tokens = (text: string) => nlp.read(text).tokens;
const capitalised = (t: { text: string }) => /^\p{Lu}\p{Ll}/u.test(t.text);
const text = (ts: { text: string }[]) => ts.map((t) => t.text).join(' ');

describe('claim', () => {
  it('reads a short clause that points back or names nothing, asked, as a tag', () => {
    for (const tag of ['Does that check out', 'Is that right', 'Is there support for that']) {
      assert.equal(
        isTagClause(tokens(tag), () => false, true),
        true,
        tag,
      );
    }
    for (const tag of ['True', 'Accurate', 'Right or wrong']) {
      assert.equal(
        isTagClause(tokens(tag), () => false, true),
        true,
        tag,
      );
    }
  });

  it('does not read "was there smth on X" as a tag: "there" points back to nothing', () => {
    assert.equal(
      isTagClause(tokens('was there smth on youth'), () => false, true),
      false,
    );
  });

  it('does not read "was there a youth resolution" as a tag: an article points back to nothing, "that" does', () => {
    assert.equal(
      isTagClause(tokens('was there a youth resolution'), () => false, true),
      false,
    );
    assert.equal(
      isTagClause(tokens('Does that check out'), () => false, true),
      true,
    );
  });

  it('does not read a question-word clause as a tag: "who won?" asks its own question', () => {
    for (const clause of ['who won', 'why', 'how come', 'when']) {
      assert.equal(
        isTagClause(tokens(clause), () => false, true),
        false,
        clause,
      );
    }
  });

  it('does not read a clause with a name, a number, a topic or no question mark as a tag', () => {
    assert.equal(isTagClause(tokens('Was Zhao elected'), capitalised, true), false);
    assert.equal(
      isTagClause(tokens('Is that 152 votes'), () => false, true),
      false,
    );
    assert.equal(
      isTagClause(tokens('full name'), () => false, false),
      false,
    );
    assert.equal(
      isTagClause(tokens('who chaired the ad hoc group on Internet issues'), () => false, true),
      false,
    );
  });

  it('splits a quoted claim from who quotes it, nested quoting included', () => {
    const said = quotedClaim(tokens('A reader says PP-14 ended on 6 November 2014'));
    assert.equal(said && text(said.frame), 'A reader says');
    assert.equal(said && text(said.claim), 'PP-14 ended on 6 November 2014');
    const written = quotedClaim(tokens('A columnist writes that Resolution 174 launched treaty talks'));
    assert.equal(written && text(written.claim), 'Resolution 174 launched treaty talks');
    const nested = quotedClaim(tokens('We got an email saying Houlin Zhao beat several rivals'));
    assert.equal(nested && text(nested.claim), 'Houlin Zhao beat several rivals');
    // A tag at the end ("didn't it") is no clause the first verb says.
    assert.equal(
      quotedClaim(tokens("the busan conference amended the ITU constitution didn't it")),
      undefined,
    );
    // Where and when it was said come before who said it.
    const aired = quotedClaim(tokens('on air yesterday our guest said Zhao beat two other candidates'));
    assert.equal(aired && text(aired.claim), 'Zhao beat two other candidates');
  });

  it('splits "wrote that X" whatever the model tags "that", keeping a name read as a verb ("Connect 2020")', () => {
    const wrote = quotedClaim(tokens('Someone wrote that Connect 2020 was pushed through by a split vote'));
    assert.equal(wrote && text(wrote.claim), 'Connect 2020 was pushed through by a split vote');
  });

  it('splits "a piece calls X Y": a verb of naming frames the thing and what it is called', () => {
    const called = quotedClaim(tokens("A 2014 piece calls Busan ITU's 20th Plenipotentiary"));
    assert.equal(called && text(called.frame), 'A 2014 piece calls');
    assert.equal(quotedClaim(tokens('what was the conference called')), undefined);
  });

  it('takes where hearsay was heard as the frame\'s: "heard on a panel X", "i heard in the news that X"', () => {
    const panel = quotedClaim(tokens('heard on a panel pp14 wrapped on 6 nov'));
    assert.equal(panel && text(panel.frame), 'heard on a panel');
    assert.equal(panel && text(panel.claim), 'pp14 wrapped on 6 nov');
    const news = quotedClaim(tokens('i heard in the news that pp14 was held in seoul'));
    assert.equal(news && text(news.claim), 'pp14 was held in seoul');
    // Only hearsay: "voted on a resolution" says no place a claim was heard.
    assert.equal(quotedClaim(tokens('Korea voted on the resolution in plenary')), undefined);
  });

  it('finds no quoting in a claim with one verb or a verb with a plain object', () => {
    assert.equal(quotedClaim(tokens('Malcolm Johnson won the deputy job in the first round')), undefined);
    assert.equal(quotedClaim(tokens('Busan put OTT services under ITU oversight')), undefined);
    assert.equal(quotedClaim(tokens("India's resolution was adopted at Busan")), undefined);
  });

  it('splits a claim from a leading frame that asks about it, and not from a request', () => {
    const truth = askedClaim(tokens('is it true that Rancy is Belgian'));
    assert.equal(truth && text(truth.claim), 'Rancy is Belgian');
    const bare = askedClaim(tokens('is it accurate Zhao got 152 votes'));
    assert.equal(bare && text(bare.claim), 'Zhao got 152 votes');
    const confirm = askedClaim(tokens('can you confirm that PP-14 ended on 7 November'));
    assert.equal(confirm && text(confirm.claim), 'PP-14 ended on 7 November');
    assert.equal(askedClaim(tokens('can you list the RRB members elected in Busan')), undefined);
    assert.equal(askedClaim(tokens('do you think ITU should govern the internet')), undefined);
    assert.equal(askedClaim(tokens('was Zhao elected')), undefined);
  });

  it('does not read an action done "to" some end as a quoting frame: "X beat rivals to become SG"', () => {
    assert.equal(quotedClaim(tokens('Houlin Zhao beat three rivals to become Secretary-General')), undefined);
    assert.match(text(quotedClaim(tokens('A reader says Zhao beat three rivals'))?.claim ?? []), /Zhao beat/);
  });
});

describe('claim: what the asker did before the claim', () => {
  it('reads "I remember reading that X" as the claim X, quoted by the asker', () => {
    const quoted = quotedClaim(
      tokens('I remember reading that the Constitution and Convention were amended at Busan'),
    );
    assert.equal(text(quoted?.claim ?? []), 'the Constitution and Convention were amended at Busan');
    // A noun phrase before "that" is not read as the asker's doing: "Zhao won the race that Lee lost".
    assert.notEqual(text(quotedClaim(tokens('Zhao won the race that Lee lost'))?.claim ?? []), 'Lee lost');
  });
});

describe('claim: "I remember it being X"', () => {
  it('reads a pronoun and its verb after the asker\'s verb as the claim, but not "there was"', () => {
    const quoted = quotedClaim(tokens('I remember it being the 18th plenipot'));
    assert.equal(text(quoted?.claim ?? []), 'it being the 18th plenipot');
    assert.equal(quotedClaim(tokens('the financial plan agreed there was for 2015-2018')), undefined);
  });

  it('reads "as i remember" and "if memory serves" after a claim as a fact-check, corrected by the corpus', async () => {
    const { index } = await contextFor();
    for (const line of [
      'malcolm johnson won deputy sg in first round as i remember',
      'malcolm johnson won deputy sg in the first round, if memory serves',
    ]) {
      const r = answerQuestion(line, index);
      assert.ok(r.found && r.lead === 'no', line);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /fourth round/, line);
    }
  });

  it('takes a claim reported by a verb of saying ("the UAE said it would bid …, true?") as the claim, not the saying', async () => {
    const { index } = await contextFor();
    const said = answerQuestion(
      'the UAE said it would bid to host the next PP while they were still in busan, true?',
      index,
    );
    assert.match(said.found ? (said.passages[0]?.passage.text ?? '') : '', /announced that it would bid/);
    const blog = answerQuestion(
      'the OTI blog said something like 800 hours of negotiations, is that right?',
      index,
    );
    assert.match(blog.found ? (blog.passages[0]?.passage.text ?? '') : '', /800 hours/);
    // The asker's own source at the end is no reported claim: the right sentence, not a "No." about another.
    const own = answerQuestion(
      "the financial plan from pp-14 was for 2015-2018, right? that's what anacom says",
      index,
    );
    assert.match(own.found ? (own.passages[0]?.passage.text ?? '') : '', /2016-2019/);
  });

  it('answers "No" to a claim the record contradicts in other words ("survived" and "removed"), and sets a claimed purpose aside', async () => {
    const { index } = await contextFor();
    const survived = answerQuestion('OTT stuff - did any of it survive in the final texts?', index);
    assert.ok(survived.found && survived.lead === 'no');
    const amended = answerQuestion(
      'so busan amended the ITU constitution to bring the internet in, right',
      index,
    );
    assert.ok(amended.found && amended.lead === 'no');
    assert.match(amended.found ? (amended.passages[0]?.passage.text ?? '') : '', /Not amended|did not amend/);
  });

  it('reads "ppl keep saying X" as quoting X, "so busan did …?" as a claim of Busan, and "regulated" against the record\'s "removed"', async () => {
    const { index } = await contextFor();
    const lead = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? `${r.lead ?? ''} ${r.passages[0]?.passage.text ?? ''}` : '';
    };
    assert.match(lead('ppl keep saying OTT got regulated at busan, true?'), /^no .*content layer/);
    assert.match(lead('so busan did 19 new resos and 61 revised ones?'), /^no .*revised 51/);
    assert.match(lead('did they end up regulating OTT stuff like netflix/skype or not'), /^no /);
  });

  it('reads "round 4", "round one", "day 1" as the fourth round, the first round, the first day: a claim of round 4 is no "No"', async () => {
    const { index } = await contextFor();
    const lead = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? `${r.lead ?? ''} ${r.passages[0]?.passage.text ?? ''}` : '';
    };
    const round4 = lead('was johnson elected in round 4?');
    assert.match(round4, /fourth round/);
    assert.doesNotMatch(round4, /^no /);
    assert.match(lead('was johnson elected in round one?'), /^no .*fourth round/);
    // "On day one" is the first day, which the jamming's passage accounts for; it gives no reason.
    const wifi = answerQuestion('why was the wifi jammed in the hall on day one', index);
    assert.equal(wifi.found ? '' : wifi.reason, 'no verified passage gives a reason');
  });

  it('reads "i remember X of Country won Y" as remembering a clause whose subject goes on through "of"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('i remember bilel jamoussi of tunisia won the TSB job - correct?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Chaesub Lee beat .*Jamoussi/);
  });
});
