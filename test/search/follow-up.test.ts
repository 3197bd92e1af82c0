import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveFollowUp } from '../../src/search/follow-up.ts';

describe('resolveFollowUp', () => {
  const previous = { question: 'who won the BR director election in 2014?' };

  it('puts the name of a follow-up fragment in place of the previous name of its kind', () => {
    assert.equal(resolveFollowUp('and the TSB one?', previous), 'who won the TSB director election in 2014');
    assert.equal(resolveFollowUp('what about 2018?', previous), 'who won the BR director election in 2018');
    assert.equal(
      resolveFollowUp('and Johnson?', { question: 'how many votes did Zhao get?' }),
      'how many votes did Johnson get',
    );
  });

  it('adds a fragment with nothing of its kind to replace, and keeps a plain question as it is', () => {
    assert.equal(resolveFollowUp('and Sanou?', previous), 'who won the BR director election in 2014 Sanou');
    assert.equal(resolveFollowUp('who chaired the conference?', previous), 'who chaired the conference?');
    assert.equal(resolveFollowUp('and the TSB one?', undefined), 'and the TSB one?');
  });

  it('reads a long line as a question of its own, even when it starts with "and"', () => {
    const long = 'and what did the conference decide about the definition of ICTs in the end';
    assert.equal(resolveFollowUp(long, previous), long);
  });

  it('reads "it" in a short line that names nothing as the subject the previous answer was about', () => {
    const before = { question: 'what is resolution 200?', subject: 'Resolution 200' };
    assert.equal(resolveFollowUp('was it adopted?', before), 'was Resolution 200 adopted?');
    assert.equal(resolveFollowUp('what are its targets?', before), "what are Resolution 200's targets?");
    assert.equal(
      resolveFollowUp('was it adopted?', { question: 'what is resolution 200?' }),
      'was it adopted?',
    );
    assert.equal(
      resolveFollowUp('did Zhao sign it?', before),
      'did Zhao sign it?',
      'a line naming its own subject',
    );
  });
});
