import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { silentLogger } from '../../../src/log.ts';
import { FAKE_BOT, FakeSlack } from '../../fakes/fake-slack.ts';
import { contextFor } from '../../helpers.ts';

describe('Slack adapter in Socket Mode, against a fake Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;

  before(async () => {
    fake = await new FakeSlack().start();
    slack = await startSlack({
      config: {
        botToken: 'xoxb-test',
        appToken: 'xapp-test',
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      ctx: await contextFor(),
      logger: silentLogger,
    });
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
  });

  it('opens the connection through apps.connections.open with the app token', async () => {
    const open = await fake.waitFor((c) => c.method === 'apps.connections.open');
    assert.ok(open);
    await fake.connected();
  });

  it('acks a slash command envelope with the answer', async () => {
    const payload = await fake.sendEnvelope('slash_commands', {
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/resolution',
      text: 'R174',
      response_url: fake.responseUrl('sock-1'),
      trigger_id: `trig-${Math.random()}`,
      api_app_id: 'A1',
    });
    const json = JSON.stringify(payload);
    assert.match(json, /"response_type":"ephemeral"/);
    assert.match(json, /Resolution 174 \(Rev\. Busan, 2014\)/);
  });

  it('answers a mention envelope in its thread, and a repeated envelope once', async () => {
    const event = {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvSock1',
      event_time: 1,
      event: {
        type: 'app_mention',
        user: 'U1',
        text: `<@${FAKE_BOT.userId}> where was the plenipotentiary held?`,
        ts: '1700000009.000900',
        channel: 'CS',
        event_ts: '1700000009.000900',
      },
    };
    await fake.sendEnvelope('events_api', event);
    await fake.sendEnvelope('events_api', event);
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CS');
    assert.equal(post.body.thread_ts, '1700000009.000900');
    assert.match(JSON.stringify(post.body.blocks), /Busan/);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CS').length,
      1,
    );
  });

  it('reconnects after the socket drops, reports connected again, and answers', async () => {
    assert.equal(slack.isConnected(), true);
    const opens = fake.calls.filter((c) => c.method === 'apps.connections.open').length;
    fake.dropSockets();
    await fake.waitFor(
      () => fake.calls.filter((c) => c.method === 'apps.connections.open').length > opens,
      10_000,
    );
    await fake.connected();
    for (let i = 0; i < 100 && !slack.isConnected(); i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(slack.isConnected(), true);
    const payload = await fake.sendEnvelope('slash_commands', {
      command: '/facts',
      text: '',
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
      response_url: fake.responseUrl('after-drop'),
      trigger_id: `t-${Math.random()}`,
    });
    assert.match(JSON.stringify(payload), /at a glance/);
  });
});
