import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
