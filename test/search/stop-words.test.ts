import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STOP_WORDS } from '../../src/search/stop-words.ts';
import { processTerm } from '../../src/search/text.ts';

describe('stop words', () => {
  it("hold the library's function words, the negations and modals it lacks, and chat filler", () => {
    // "according" (to a source) names who tells it; the source's own name is what a question asks for.
    for (const w of ['the', 'which', 'themselves', 'not', 'will', 'pls', 'tell', 'remind', 'according'])
      assert.ok(STOP_WORDS.has(w), w);
    assert.ok(STOP_WORDS.size > 250, `only ${STOP_WORDS.size}`);
  });

  it('are neither indexed nor asked for, while topic words are', () => {
    assert.equal(processTerm('themselves'), undefined);
    assert.equal(processTerm('pls'), undefined);
    assert.notEqual(processTerm('election'), undefined);
    assert.notEqual(processTerm('treaty'), undefined);
  });

  it("drop chat words and the bot's own name, but keep words of names such as the Internet of Things", () => {
    for (const w of ['yo', 'gimme', 'guy', 'lol', 'confbot', 'thing', 'became', 'tho', 'though', 'tbh'])
      assert.ok(STOP_WORDS.has(w), w);
    assert.notEqual(processTerm('things'), undefined);
  });

  it('drop a negation as the tokenizer and the tagger leave it ("isnt", "nt"), but no bare word of another contraction', () => {
    for (const w of ['isnt', 'didnt', 'wasnt', 'nt']) assert.ok(STOP_WORDS.has(w), w);
    // "Wed" is a day and "ID" a thing: "we'd" and "i'd" stay apostrophed.
    for (const w of ['wed', 'id', 'well']) assert.equal(STOP_WORDS.has(w), false, w);
  });

  it('drop chat hesitations and refusals ("hmm", "nah")', () => {
    for (const w of ['hmm', 'nah', 'umm']) assert.ok(STOP_WORDS.has(w), w);
  });
});
