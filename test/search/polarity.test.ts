import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNlp } from '../../src/search/nlp.ts';
import { deniesClaim, isNegated } from '../../src/search/polarity.ts';
import { processTerm } from '../../src/search/text.ts';

const nlp = createNlp();
const stems = (...words: string[]) => words.map((w) => processTerm(w) ?? w);

describe('polarity', () => {
  it("reads a negation that governs the claim's own word as denying it", () => {
    assert.equal(
      deniesClaim('Document 98 was not adopted at PP-14.', stems('adopted', 'document'), nlp),
      true,
    );
    assert.equal(
      deniesClaim(
        'Committee 5 could not agree on a working definition of ICT.',
        stems('agree', 'definition'),
        nlp,
      ),
      true,
    );
    assert.equal(deniesClaim('Definition at PP-14: No consensus.', stems('consensus'), nlp), true);
  });

  it('does not read a negation of something else as denying the claim', () => {
    assert.equal(
      deniesClaim('Zhao was elected with 152 votes and no rival candidate.', stems('candidate', 'zhao'), nlp),
      false,
    );
    assert.equal(deniesClaim('Resolution 200 was adopted unanimously.', stems('adopted'), nlp), false);
    assert.equal(deniesClaim('Document 98 was not adopted.', [], nlp), false);
  });

  it('reads a claim as negated by a flagged negation or a negative pronoun, and not by a question tag', () => {
    const negated = (line: string) => isNegated(nlp.read(line).tokens);
    assert.equal(negated('nothing in Busan had to go to a formal vote'), true);
    assert.equal(negated('Connect 2020 was not adopted on a split vote'), true);
    assert.equal(negated("Houlin Zhao beat two rivals for Secretary-General, didn't he"), false);
    assert.equal(negated('brahima sanou lost his BDT reelection didnt he'), false);
  });
});
