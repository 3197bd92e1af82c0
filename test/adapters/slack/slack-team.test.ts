import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { FEEDBACK_MODAL_ID } from '../../../src/adapters/slack/team-handlers.ts';
import { readConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { FEEDBACK_ACTION_ID } from '../../../src/render/feedback-actions.ts';
import { TeamLoop } from '../../../src/runtime/team-loop.ts';
import { FAKE_BOT, FakeSlack } from '../../fakes/fake-slack.ts';
import { contextFor } from '../../helpers.ts';

describe('Slack team loop: feedback, admin commands and passive lookups, against a fake Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let loop: TeamLoop;
  let dir: string;
  let n = 0;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-slack-team-'));
    fake = await new FakeSlack().start();
    fake.workspaceAdmins.add('UWSADMIN');
    const config = readConfig({
      DATABASE_URL: `sqlite:${join(dir, 'confbot.db')}`,
      SLACK_ADMINS: 'UCONFIGURED',
    }).store;
    loop = await TeamLoop.open(config, silentLogger);
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
      team: { loop, shared: false, config },
    });
    await fake.connected();
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
    await loop.close();
    await rm(dir, { recursive: true, force: true });
  });

  const command = (user: string, channel: string, name: string, text: string) =>
    fake.sendEnvelope('slash_commands', {
      token: 'legacy',
      team_id: 'T1',
      channel_id: channel,
      user_id: user,
      command: name,
      text,
      response_url: fake.responseUrl(`team-${n++}`),
      trigger_id: `trig-cmd-${n}`,
      api_app_id: 'A1',
    }) as Promise<{ text?: string; blocks?: { type: string; elements?: Record<string, unknown>[] }[] }>;

  const vote = (user: string, value: string, responseId: string) =>
    fake.sendEnvelope('interactive', {
      type: 'block_actions',
      token: 'legacy',
      api_app_id: 'A1',
      team: { id: 'T1' },
      user: { id: user },
      channel: { id: 'C1' },
      trigger_id: `trig-${responseId}`,
      response_url: fake.responseUrl(responseId),
      container: { type: 'message' },
      actions: [
        {
          type: 'feedback_buttons',
          action_id: FEEDBACK_ACTION_ID,
          block_id: 'fb',
          value,
          action_ts: `17000.${responseId}`,
        },
      ],
    });

  const message = (channel: string, text: string, extra: Record<string, unknown> = {}) =>
    fake.sendEnvelope('events_api', {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `EvTeam${n++}`,
      event_time: 1,
      event: {
        type: 'message',
        channel,
        channel_type: 'channel',
        user: 'U2',
        text,
        ts: `17000000${n}.0001`,
        ...extra,
      },
    });

  const posts = (channel: string) =>
    fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

  it('puts the native 👍/👎 element under an answer, and none under a refusal', async () => {
    const answer = await command('U1', 'C1', '/ask', 'who was elected Secretary-General?');
    const actions = answer.blocks?.find((b) => b.type === 'context_actions');
    assert.ok(actions, JSON.stringify(answer.blocks?.map((b) => b.type)));
    const element = actions.elements?.[0] as {
      type: string;
      action_id: string;
      positive_button: { value: string };
    };
    assert.equal(element.type, 'feedback_buttons');
    assert.equal(element.action_id, FEEDBACK_ACTION_ID);
    assert.match(
      element.positive_button.value,
      /^up:[0-9a-f]{12}:\/ask who was elected Secretary-General\?$/,
    );
    const refusal = await command('U1', 'C1', '/ask', 'what is the capital of mars?');
    assert.equal(
      refusal.blocks?.find((b) => b.type === 'context_actions'),
      undefined,
    );
  });

  it('records one vote per person per answer, lets them change it, acknowledges privately, and asks why on 👎', async () => {
    const answer = await command('U1', 'C1', '/ask', 'who was elected Secretary-General?');
    const element = answer.blocks?.find((b) => b.type === 'context_actions')?.elements?.[0] as {
      positive_button: { value: string };
      negative_button: { value: string };
    };
    await vote('U1', element.positive_button.value, 'v1');
    const first = await fake.waitFor((c) => c.path === '/response/v1');
    assert.equal(first.body.response_type, 'ephemeral', 'only the voter sees the acknowledgement');
    assert.equal(first.body.replace_original, false, 'the answer itself is left as it was');
    assert.match(String(first.body.text), /^Thanks: noted that this answer helped/);
    await vote('U1', element.positive_button.value, 'v2');
    assert.match(String((await fake.waitFor((c) => c.path === '/response/v2')).body.text), /already rated/);
    await vote('U1', element.negative_button.value, 'v3');
    assert.match(
      String((await fake.waitFor((c) => c.path === '/response/v3')).body.text),
      /^Changed your rating to 👎/,
    );
    const modal = await fake.waitFor((c) => c.method === 'views.open');
    assert.equal(modal.body.trigger_id, 'trig-v3');
    const view = modal.body.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    assert.equal(view.callback_id, FEEDBACK_MODAL_ID);
    assert.match(JSON.stringify(view.blocks), /Not what I asked/);
    await fake.sendEnvelope('interactive', {
      type: 'view_submission',
      token: 'legacy',
      api_app_id: 'A1',
      team: { id: 'T1' },
      user: { id: 'U1' },
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: FEEDBACK_MODAL_ID,
        private_metadata: view.private_metadata,
        state: {
          values: {
            reason: { reason: { type: 'radio_buttons', selected_option: { value: 'outdated' } } },
            comment: { comment: { type: 'plain_text_input', value: 'the figures changed' } },
          },
        },
      },
    });
    let down = await loop.store.downvoted(0, 10);
    for (let i = 0; i < 40 && down[0]?.reason === undefined; i++) {
      await new Promise((r) => setTimeout(r, 25));
      down = await loop.store.downvoted(0, 10);
    }
    assert.equal(down.length, 1, 'one vote for U1 on this answer, changed to 👎');
    assert.equal(down[0]?.reason, 'outdated');
    assert.equal(down[0]?.comment, 'the figures changed');
    assert.equal(down[0]?.question, 'who was elected Secretary-General?');
    assert.ok(down[0]?.entry, 'the entry that answered is stored');
    assert.ok((down[0]?.passages.length ?? 0) > 0, 'and its passages');
    assert.notEqual(down[0]?.user, 'U1', 'the user id is stored hashed');
    assert.match(down[0]?.user ?? '', /^[0-9a-f]{32}$/);
  });

  const shortcut = (channel: string, text: string, id: string) =>
    fake.sendEnvelope('interactive', {
      type: 'message_action',
      token: 'legacy',
      api_app_id: 'A1',
      team: { id: 'T1' },
      user: { id: 'U1' },
      callback_id: 'confbot_ask_message',
      trigger_id: `trig-${id}`,
      response_url: fake.responseUrl(id),
      message_ts: '1700000300.000100',
      action_ts: `17000.${id}`,
      channel: { id: channel, name: 'general' },
      message: { type: 'message', user: 'U2', text, ts: '1700000300.000100' },
    });

  it('puts 👍/👎 on the compact card of the message shortcut, and records its declined questions', async () => {
    await shortcut('CSHORT', 'who was elected Secretary-General?', 'sc1');
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CSHORT');
    const blocks = post.body.blocks as { type: string }[];
    assert.ok(
      blocks.some((b) => b.type === 'context_actions'),
      JSON.stringify(blocks.map((b) => b.type)),
    );
    const asked = 'what is the airspeed of an unladen swallow over busan?';
    await shortcut('CSHORT2', asked, 'sc2');
    const refused = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CSHORT2',
    );
    assert.ok(!(refused.body.blocks as { type: string }[]).some((b) => b.type === 'context_actions'));
    const declined = await loop.store.declined(0, 50);
    assert.ok(
      declined.some((d) => d.question === asked),
      JSON.stringify(declined.map((d) => d.question)),
    );
  });

  it('runs /confbot report and /confbot settings only for workspace admins and configured admins', async () => {
    const refused = await command('U1', 'C1', '/confbot', 'report');
    assert.match(String(refused.text), /^Only workspace admins/);
    const configured = await command('UCONFIGURED', 'C1', '/confbot', 'report 7');
    assert.match(JSON.stringify(configured.blocks), /Report: the last 7 day\(s\)/);
    assert.match(JSON.stringify(configured.blocks), /what is the capital of mars\?/i);
    const workspace = await command('UWSADMIN', 'C1', '/confbot', 'settings');
    assert.match(JSON.stringify(workspace.blocks), /Passive lookups/);
    const bad = await command('UWSADMIN', 'C1', '/confbot', 'settings passive maybe');
    assert.match(JSON.stringify(bad.blocks), /I do not know the setting/);
    const normal = await command('U1', 'C1', '/confbot', 'resolution 174');
    assert.match(
      JSON.stringify(normal),
      /Resolution 174/,
      'other /confbot lines are still answered for everyone',
    );
  });

  it('posts answers in the open where /confbot settings chose "visibility channel", and keeps refusals private', async () => {
    const before = await command('U1', 'COPEN', '/resolution', '174');
    assert.equal((before as { response_type?: string }).response_type, 'ephemeral');
    await command('UCONFIGURED', 'COPEN', '/confbot', 'settings visibility channel');
    const open = await command('U1', 'COPEN', '/resolution', '174');
    assert.equal((open as { response_type?: string }).response_type, 'in_channel');
    assert.doesNotMatch(JSON.stringify(open), /Share in channel/);
    const refusal = await command('U1', 'COPEN', '/ask', 'what is the capital of mars?');
    assert.equal((refusal as { response_type?: string }).response_type, 'ephemeral');
    const elsewhere = await command('U1', 'C1', '/resolution', '174');
    assert.equal((elsewhere as { response_type?: string }).response_type, 'ephemeral', 'per channel');
  });

  it('answers references in a channel that turned passive lookups on: one card in the thread, at most 3, no repeats within 10 minutes, none for bots', async () => {
    await message('CPASSIVE', 'Has anyone read Res. 174?');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(posts('CPASSIVE').length, 0, 'off by default');
    const on = await command('UWSADMIN', 'CPASSIVE', '/confbot', 'settings passive on');
    assert.match(JSON.stringify(on.blocks), /Channel settings saved/);
    await message('CPASSIVE', 'Compare Resolution 174, Res. 130, Decision 5 and Resolution 101 please');
    const card = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CPASSIVE');
    assert.ok(card.body.thread_ts, 'in the thread of the message');
    const text = JSON.stringify(card.body.blocks);
    assert.match(text, /Resolution 174/);
    assert.doesNotMatch(text, /Resolution 101/, 'at most 3 references per message');
    await message('CPASSIVE', 'and again, Res. 174');
    await message('CPASSIVE', 'Resolution 2 from a bot', { bot_id: 'B2' });
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(posts('CPASSIVE').length, 1, 'no repeat within 10 minutes, and nothing for bots');
    await message('CPASSIVE', `<@${FAKE_BOT.userId}> what about resolution 130?`);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(posts('CPASSIVE').length, 1, 'a mention is a question, not a passive lookup');
  });
});
