import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { smallTalkOf } from '../../src/search/small-talk.ts';
import { contextFor } from '../helpers.ts';

describe('smallTalkOf', () => {
  it('reads thanks and greetings, but not an interjection before words of the corpus', async () => {
    const { index } = await contextFor();
    const corpus = {
      knows: (w: string) => index.knows(w),
    } as unknown as Parameters<typeof smallTalkOf>[2];
    assert.equal(smallTalkOf('thx!! super helpful', index.nlp, corpus).smallTalk, 'thanks');
    assert.equal(smallTalkOf('hey all', index.nlp, corpus).smallTalk, 'greeting');
    assert.equal(smallTalkOf('pls remind me the last day of pp14', index.nlp, corpus).smallTalk, undefined);
  });
});

describe('small talk: British and chat thanks, and greetings the model reads as nouns', () => {
  it('answers "cheers, that\'s brilliant ta" with thanks and "hiya" with a greeting', async () => {
    const { index } = await contextFor();
    const cheers = answerQuestion("cheers, that's brilliant ta", index);
    assert.ok(!cheers.found && cheers.smallTalk === 'thanks');
    const hiya = answerQuestion('hiya', index);
    assert.ok(!hiya.found && hiya.smallTalk === 'greeting');
  });

  it('reads "… or nah? your opinion" as asking the bot\'s view', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('honestly was busan a win for startups or nah? your opinion', index);
    assert.ok(!r.found && r.smallTalk === 'opinion');
  });
});
