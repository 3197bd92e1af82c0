import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { chatShorthand } from '../../src/search/chat-shorthand.ts';
import { contextFor } from '../helpers.ts';

describe('chatShorthand: what is said around a question in chat', () => {
  it('drops a request for a citation that opens the line ("need a cite - "), and keeps the question', () => {
    assert.equal(
      chatShorthand('need a cite - how many delegates were there'),
      'how many delegates were there',
    );
    assert.equal(chatShorthand('I need a source: who chaired PP-14'), 'who chaired PP-14');
    // "need the title of …" still asks for the title.
    assert.match(chatShorthand('need the title of res 70'), /^what is the title of res 70/);
  });

  it('answers "need a cite - how many delegates were there" with the attendance figures, where it declined', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('need a cite - how many delegates were there', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /2,50[05]/);
  });

  it('drops the asker\'s doubt offered as the other choice ("… or just talk"), not a real alternative', () => {
    assert.equal(
      chatShorthand('did busan actually do anything on IoT or just talk'),
      'did busan actually do anything on IoT',
    );
    assert.equal(
      chatShorthand('was it a real resolution, or was it all hot air?'),
      'was it a real resolution?',
    );
    assert.equal(chatShorthand('was it 2015 or 2016'), 'was it 2015 or 2016');
  });

  it('drops "<who I am> here," before the question, but not a question that ends on "here"', () => {
    assert.equal(
      chatShorthand('iot startup here, did busan actually do anything on IoT'),
      'did busan actually do anything on IoT',
    );
    assert.equal(chatShorthand('what happened here, who chaired it'), 'what happened here, who chaired it');
  });

  it('answers "iot startup here, did busan actually do anything on IoT or just talk" with Resolution 197', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('iot startup here, did busan actually do anything on IoT or just talk', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Resolution 197/);
  });
});

describe('chatShorthand: drawn-out words and hopes for the answer', () => {
  it('reads "soo" as "so", and drops a quality of "anything" ("anything big")', () => {
    assert.equal(chatShorthand('soo what did zhao do'), 'so what did zhao do');
    assert.equal(
      chatShorthand('did anything big happen on cybersecurity'),
      'did anything happen on cybersecurity',
    );
    assert.equal(chatShorthand('was the big data proposal adopted'), 'was the big data proposal adopted');
  });

  it('answers "sooo did anything big happen on cybersecurity …" with the small changes, not "big data"', async () => {
    const { index } = await contextFor();
    const r = answerQuestion(
      'sooo did anything big happen on cybersecurity at pp-14 or was it mostly tweaks',
      index,
    );
    const said = r.found ? (r.passages[0]?.passage.text ?? '') : '';
    assert.match(said, /small changes/);
    const zhao = answerQuestion('soo what did houlin zhao do at itu before he became SG', index);
    assert.match(zhao.found ? (zhao.passages[0]?.passage.text ?? '') : '', /Deputy Secretary-General/);
  });
});

describe("chatShorthand: the asker's own record quoting a claim", () => {
  it('reads "I have it in my notes that X" as the claim X', async () => {
    assert.equal(
      chatShorthand('I have it in my notes that the 2014 plenipotentiary was held in Antalya.'),
      'the 2014 plenipotentiary was held in Antalya.',
    );
    // A frame claim.ts reads, and names in the asides.
    assert.equal(
      chatShorthand('my notes say zhao got 156 votes, right?'),
      'my notes say zhao got 156 votes, right?',
    );
    const { index } = await contextFor();
    const r = answerQuestion(
      'I have it in my notes that the 2014 plenipotentiary was held in Antalya. That is right, is it not?',
      index,
    );
    assert.ok(r.found && r.lead === 'no', r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Busan/);
  });
});
