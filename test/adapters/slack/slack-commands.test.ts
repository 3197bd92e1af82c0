import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { makeAnswer } from '../../../src/answer.ts';
import { defineCommand } from '../../../src/commands/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { createContext } from '../../../src/registry/registry.ts';
import { InFlight, RESTARTING } from '../../../src/runtime/in-flight.ts';
import { FAKE_BOT, FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { contextFor } from '../../helpers.ts';

const SECRET = 'commands-secret';

describe('Slack slash commands, answered in middleware ahead of the listeners', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  const inflight = new InFlight();
  // `/slow` answers when the test lets it.
  let release: () => void = () => {};
  const slow = defineCommand({
    name: 'slow',
    description: 'answers when released',
    usage: '/slow',
    examples: ['/slow'],
    parse: () => ({}),
    run: () =>
      new Promise((resolve) => {
        release = () => resolve(makeAnswer({ ok: true, command: 'slow', title: 'Released', body: ['done'] }));
      }),
  });

  before(async () => {
    fake = await new FakeSlack().start();
    const base = await contextFor();
    slack = await startSlack({
      config: { botToken: 'xoxb-t', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' },
      ctx: createContext(base.corpus, { index: base.index, commands: [...base.commands, slow] }),
      logger: silentLogger,
      inflight,
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.userId,
    });
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
  });

  const slash = (command: string, text = '') =>
    postToBot(
      `http://127.0.0.1:${slack.port}/slack/events`,
      new URLSearchParams({
        command,
        text,
        user_id: 'U1',
        channel_id: 'C1',
        team_id: 'T1',
        response_url: fake.responseUrl(`r-${Math.random()}`),
        trigger_id: `trig-${Math.random()}`,
      }).toString(),
      { secret: SECRET },
    );

  it('leaves a slash command that is not confbot’s to the app’s listeners', async () => {
    slack.app.command('/other', async ({ ack }) => {
      await ack({ response_type: 'ephemeral', text: 'the other listener' });
    });
    const res = await slash('/other', 'x');
    assert.equal(res.status, 200);
    assert.equal((res.json as { text: string }).text, 'the other listener');
  });

  it('counts a command as in flight until it is answered, so shutdown waits for it, then refuses new ones', async () => {
    const pending = slash('/slow');
    for (let i = 0; i < 400 && inflight.size === 0; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(inflight.size, 1, 'the command is counted while it is answered');
    let drained: boolean | undefined;
    const draining = inflight.drain(5000).then((ok) => {
      drained = ok;
    });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(drained, undefined, 'shutdown waits for the answer in flight');
    release();
    const res = await pending;
    assert.match(JSON.stringify(res.json), /Released/);
    await draining;
    assert.equal(drained, true);
    const late = await slash('/resolution', '174');
    assert.equal(late.status, 200);
    assert.deepEqual(late.json, { response_type: 'ephemeral', text: RESTARTING });
  });
});
