import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FAKE_BOT, type FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { type SlackOverHttp, startSlackOverHttp, TEST_SIGNING_SECRET } from '../../fakes/slack-over-http.ts';

const SECRET = TEST_SIGNING_SECRET;

describe('Slack threads: a follow-up is read against the question before it, in that thread only', () => {
  let fake: FakeSlack;
  let url: string;

  let harness: SlackOverHttp;

  before(async () => {
    harness = await startSlackOverHttp();
    ({ fake, url } = harness);
  });

  after(() => harness.stop());

  let events = 0;
  const mention = async (channel: string, text: string, ts: string, thread?: string) => {
    const body = JSON.stringify({
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `EvThread${++events}`,
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_mention',
        user: 'U1',
        text: `<@${FAKE_BOT.userId}> ${text}`,
        ts,
        ...(thread ? { thread_ts: thread } : {}),
        channel,
        event_ts: ts,
      },
    });
    const before = fake.calls.length;
    await postToBot(url, body, { secret: SECRET, contentType: 'application/json' });
    const post = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === channel && fake.calls.indexOf(c) >= before,
    );
    return JSON.stringify(post.body.blocks);
  };

  it('answers "and the TSB one?" in the thread of "who won the BR director election?"', async () => {
    assert.match(await mention('CT1', 'who won the BR director election?', '1700000100.000100'), /Rancy/);
    const follow = await mention('CT1', 'and the TSB one?', '1700000101.000100', '1700000100.000100');
    assert.match(follow, /Chaesub Lee/);
  });

  it('does not carry a question over to another thread', async () => {
    await mention('CT2', 'who won the BR director election?', '1700000200.000100');
    const elsewhere = await mention('CT2', 'and the TSB one?', '1700000201.000100', '1700000299.000100');
    assert.doesNotMatch(elsewhere, /Chaesub Lee/);
  });
});
