import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { createLogger } from '../../../src/log.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { FAKE_BOT, FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { contextFor } from '../../helpers.ts';

const SECRET = 'hardening-secret';

/** Each test its own user, so one test's rate limit never spills into the next. */
let users = 0;
const newUser = () => `UH${++users}`;

describe('Slack adapter hardening (issue 14), against the real Bolt app and a fake Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let url: string;
  const logs: Record<string, unknown>[] = [];

  before(async () => {
    fake = await new FakeSlack().start();
    slack = await startSlack({
      config: {
        botToken: 'xoxb-hard',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      ctx: await contextFor(),
      logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) }),
      limiter: new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 }),
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.userId,
    });
    url = `http://127.0.0.1:${slack.port}/slack/events`;
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
  });

  const slash = (text: string, user: string, trigger = `trig-${Math.random()}`) =>
    new URLSearchParams({
      command: '/resolution',
      text,
      user_id: user,
      channel_id: 'C1',
      team_id: 'T1',
      response_url: fake.responseUrl(`h-${Math.random()}`),
      trigger_id: trigger,
    }).toString();

  const click = (value: string, user: string, channel: string, actionTs = `${Date.now() / 1000}`) =>
    `payload=${encodeURIComponent(
      JSON.stringify({
        type: 'block_actions',
        user: { id: user, team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: channel },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: `t-${Math.random()}`,
        response_url: fake.responseUrl(`click-${Math.random()}`),
        actions: [{ type: 'button', action_id: 'confbot_share', block_id: 'b', value, action_ts: actionTs }],
      }),
    )}`;

  const postsIn = (channel: string) =>
    fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel && !c.failed);

  it('answers a signed request whose payload is null with 400, and keeps answering', async () => {
    const bodies = ['payload=null', 'payload=7', 'payload=%22text%22', 'payload=%5B%5D'];
    // The key spelled with a percent escape, or after other fields, is still Bolt's `payload`.
    bodies.push('p%61yload=null', 'pay%6Coad=7', 'token=x&team_id=T1&payload=null');
    for (const body of bodies) {
      const res = await postToBot(url, body, { secret: SECRET });
      assert.equal(res.status, 400, body);
    }
    const ok = await postToBot(url, slash('174', newUser()), { secret: SECRET });
    assert.match(ok.body, /Resolution 174/);
  });

  it('refuses an unsigned, wrongly signed or stale request with 401 whatever its body, and answers nothing', async () => {
    const before = fake.calls.length;
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    for (const body of [slash('174', newUser()), 'payload=null', 'payload=%5B%5D', 'payload=%7B%7D', '%']) {
      assert.equal((await postToBot(url, body, {})).status, 401, `unsigned: ${body}`);
      assert.equal((await postToBot(url, body, { secret: 'not-the-secret' })).status, 401, `forged: ${body}`);
      assert.equal(
        (await postToBot(url, body, { secret: SECRET, timestamp: stale })).status,
        401,
        `stale: ${body}`,
      );
    }
    const json = JSON.stringify({
      type: 'event_callback',
      event_id: 'EvForged',
      event: { type: 'app_mention' },
    });
    assert.equal((await postToBot(url, json, { contentType: 'application/json' })).status, 401);
    assert.equal(fake.calls.length, before, 'nothing reached Slack');
  });

  it('refuses a signed request stamped more than 5 minutes in the future with 401', async () => {
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    const res = await postToBot(url, slash('174', newUser()), { secret: SECRET, timestamp: future });
    assert.equal(res.status, 401);
    const near = Math.floor(Date.now() / 1000) + 30;
    const fine = await postToBot(url, slash('174', newUser()), { secret: SECRET, timestamp: near });
    assert.match(fine.body, /Resolution 174/, 'a clock a few seconds ahead is fine');
  });

  it('answers a replayed slash command (same trigger_id) once', async () => {
    const body = slash('174', newUser(), 'trig-replayed');
    const first = await postToBot(url, body, { secret: SECRET });
    const again = await postToBot(url, body, { secret: SECRET });
    assert.match(first.body, /Resolution 174/);
    assert.equal(again.status, 200);
    assert.doesNotMatch(again.body, /Resolution 174/);
  });

  it('posts one share for three replays of one click (same action_ts and user)', async () => {
    const body = click('/resolution 174', newUser(), 'CREPLAY', '1700000000.000100');
    for (let i = 0; i < 3; i++) assert.equal((await postToBot(url, body, { secret: SECRET })).status, 200);
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CREPLAY');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(postsIn('CREPLAY').length, 1);
  });

  it('keeps a share private to the clicker when the clicker is over the rate limit', async () => {
    const user = newUser();
    for (let i = 0; i < 2; i++) await postToBot(url, slash('174', user), { secret: SECRET });
    await postToBot(url, click('/resolution 174', user, 'CLIMITED'), { secret: SECRET });
    const reply = await fake.waitFor(
      (c) => c.method === 'response_url' && /faster than I can keep up/.test(JSON.stringify(c.body)),
    );
    assert.equal(reply.body.response_type, 'ephemeral');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(postsIn('CLIMITED').length, 0, 'nothing posted to the channel');
  });

  it('keeps a share of a tampered value (an unknown command, nothing found) private', async () => {
    await postToBot(url, click('/nosuchcommand x', newUser(), 'CTAMPER'), { secret: SECRET });
    await fake.waitFor((c) => c.method === 'response_url' && /Unknown command/.test(JSON.stringify(c.body)));
    await postToBot(url, click('/resolution 9999', newUser(), 'CTAMPER'), { secret: SECRET });
    await fake.waitFor(
      (c) => c.method === 'response_url' && /is not in the corpus/.test(JSON.stringify(c.body)),
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(postsIn('CTAMPER').length, 0);
  });

  it('refuses a 100,000-character mention by its length, with the same message as a command', async () => {
    const user = newUser();
    const text = `<@${FAKE_BOT.userId}> ${'<@U1|x> '.repeat(12_500)}`;
    const event = JSON.stringify({
      team_id: 'T1',
      type: 'event_callback',
      event_id: `Ev-long-${Math.random()}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user, text, ts: '1.5', channel: 'CLONG' },
    });
    await postToBot(url, event, { secret: SECRET, contentType: 'application/json' });
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CLONG');
    assert.match(JSON.stringify(post.body), /characters long; please keep it under 1,000/);
  });
});
