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

  it('reads formulae of greeting and leave-taking as small talk, not a quoted one, and a greeting before a question as no part of it', async () => {
    const { index } = await contextFor();
    const talk = (line: string) => {
      const r = answerQuestion(line, index);
      return r.found ? 'answer' : (r.smallTalk ?? 'decline');
    };
    assert.equal(talk('Good morning. I trust you are well.'), 'greeting');
    assert.equal(talk('ok cool, talk later 👋'), 'farewell');
    assert.equal(talk('bye!'), 'farewell');
    assert.equal(talk("pls translate 'good morning' into samoan"), 'decline');
    // "talk" of the corpus's informal talks is a topic, beside a formula or not.
    assert.equal(talk('talk later about the informal talks on theft'), 'answer');
    const chair = answerQuestion('Good afternoon. Who chaired PP-14?', index);
    assert.match(chair.found ? (chair.passages[0]?.passage.text ?? '') : '', /Chairman/);
  });

  it('reads "… or nah? your opinion" as asking the bot\'s view', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('honestly was busan a win for startups or nah? your opinion', index);
    assert.ok(!r.found && r.smallTalk === 'opinion');
  });
});
