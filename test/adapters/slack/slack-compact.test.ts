import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMPACT_SLACK_MAX_BLOCKS, COMPACT_SLACK_MAX_CHARS } from '../../../src/render/compact-limits.ts';
import type { SlackMessage } from '../../../src/render/slack-blocks.ts';
import { slackMessageChars } from '../../../src/render/slack-compact.ts';
import { CHANNEL_WITHOUT_BOT, FAKE_BOT, type FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { type SlackOverHttp, startSlackOverHttp, TEST_SIGNING_SECRET } from '../../fakes/slack-over-http.ts';

const SECRET = TEST_SIGNING_SECRET;

interface Element {
  type: string;
  action_id?: string;
  value?: string;
  text?: { text: string };
}

function buttons(blocks: unknown): Element[] {
  return (blocks as { type: string; elements?: Element[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

const text = (x: unknown) => JSON.stringify(x) ?? '';

describe('Slack compact cards, "More", App Home and the message shortcut, against a fake Slack', () => {
  let fake: FakeSlack;
  let url: string;

  let harness: SlackOverHttp;

  before(async () => {
    harness = await startSlackOverHttp();
    ({ fake, url } = harness);
  });

  after(() => harness.stop());

  let triggers = 0;
  const slash = (command: string, args: string) =>
    new URLSearchParams({
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'ana',
      command,
      text: args,
      response_url: fake.responseUrl(`cmd-${Math.random()}`),
      // A fresh trigger per invocation, as Slack sends: a repeated one is a replay (request-guard.ts).
      trigger_id: `trig-${++triggers}`,
      api_app_id: 'A1',
    }).toString();

  const payload = (body: Record<string, unknown>) =>
    `payload=${encodeURIComponent(
      JSON.stringify({
        user: { id: 'U1', username: 'ana', name: 'ana', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        team: { id: 'T1', domain: 'fake' },
        trigger_id: 'trig-1',
        ...body,
      }),
    )}`;

  const click = (actionId: string, value: string, responseId: string, container: Record<string, unknown>) =>
    payload({
      type: 'block_actions',
      channel: { id: 'C1', name: 'general' },
      container,
      response_url: fake.responseUrl(responseId),
      actions: [
        {
          type: 'button',
          action_id: actionId,
          block_id: 'b1',
          value,
          action_ts: `${Date.now() / 1000}`,
          text: { type: 'plain_text', text: 'x' },
        },
      ],
    });

  const event = (inner: Record<string, unknown>, eventId: string) =>
    JSON.stringify({
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event: inner,
    });

  it('answers a signed /resolution 174 with a card of at most 8 blocks and 1,200 characters, with More and Share', async () => {
    const res = await postToBot(url, slash('/resolution', '174'), { secret: SECRET });
    assert.equal(res.status, 200);
    const card = res.json as SlackMessage & { response_type: string };
    assert.equal(card.response_type, 'ephemeral');
    assert.ok(card.blocks.length <= COMPACT_SLACK_MAX_BLOCKS, `${card.blocks.length} blocks`);
    assert.ok(slackMessageChars(card) <= COMPACT_SLACK_MAX_CHARS, `${slackMessageChars(card)} characters`);
    assert.match(text(card.blocks[0]), /Resolution 174 \(Rev\. Busan, 2014\) · Revised/);
    assert.match(text(card.blocks), /newamerica\.org/, 'the sources line links its sources');
    const ids = buttons(card.blocks).map((b) => [b.action_id, b.value]);
    assert.deepEqual(ids.slice(0, 2), [
      ['confbot_more', '/resolution 174'],
      ['confbot_share', '/resolution 174'],
    ]);
    assert.doesNotMatch(text(card.blocks), /How it came about/, 'the long form stays behind More');
  });

  it('"More" sends the full entry to the clicker only, as ephemeral follow-ups, leaving the card alone', async () => {
    const res = await postToBot(
      url,
      click('confbot_more', '/resolution 174', 'more-1', { type: 'message', is_ephemeral: false }),
      { secret: SECRET },
    );
    assert.equal(res.status, 200);
    const full = await fake.waitFor((c) => c.path === '/response/more-1');
    assert.equal(full.body.response_type, 'ephemeral');
    assert.equal(full.body.replace_original, false, 'the card in the channel is not replaced');
    assert.match(text(full.body.blocks), /How it came about/);
    assert.match(text(full.body.blocks), /What changed in Busan/);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(
      !fake.calls.some((c) => c.method === 'chat.postMessage' && text(c.body).includes('How it came about')),
      'nothing of the full entry is posted to the channel',
    );
  });

  it('shares the card, not the full entry, with More and without Share', async () => {
    await postToBot(
      url,
      click('confbot_share', '/resolution 174', 'share-1', { type: 'message', is_ephemeral: true }),
      {
        secret: SECRET,
      },
    );
    const post = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'C1' && text(c.body).includes('Shared by'),
    );
    const card = post.body as unknown as SlackMessage;
    assert.ok(card.blocks.length <= COMPACT_SLACK_MAX_BLOCKS);
    assert.ok(slackMessageChars(card) <= COMPACT_SLACK_MAX_CHARS);
    const ids = buttons(card.blocks).map((b) => b.action_id);
    assert.ok(ids.includes('confbot_more'));
    assert.ok(!ids.includes('confbot_share'));
  });

  it('renders /help cleanly: each command once, by its example', async () => {
    const res = await postToBot(url, slash('/help', ''), { secret: SECRET });
    const body = text((res.json as SlackMessage).blocks);
    assert.match(body, /\/resolution 174/);
    assert.doesNotMatch(body, /Example: \/resolution 174/);
    assert.doesNotMatch(body, /\(\/resolution 174\)/);
  });

  it('publishes the Home tab when it is opened, with counts, commands and a search button', async () => {
    await postToBot(
      url,
      event({ type: 'app_home_opened', user: 'U7', channel: 'D7', tab: 'home', event_ts: '1' }, 'EvHome1'),
      { secret: SECRET, contentType: 'application/json' },
    );
    const publish = await fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U7');
    const view = publish.body.view as { type: string; blocks: unknown[] };
    assert.equal(view.type, 'home');
    assert.match(text(view), /resolutions and decisions/);
    assert.match(text(view), /\/resolution 174/);
    assert.ok(buttons(view.blocks).some((b) => b.action_id === 'confbot_home_search'));
  });

  it("lists the user's last answers on the Home tab, newest first, and no one else's", async () => {
    await postToBot(url, slash('/outcome', 'ott'), { secret: SECRET });
    await postToBot(url, slash('/resolution', '174'), { secret: SECRET });
    await postToBot(
      url,
      event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '2' }, 'EvHome2'),
      { secret: SECRET, contentType: 'application/json' },
    );
    const mine = await fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U1');
    const shown = text(mine.body.view as { blocks: unknown[] });
    assert.match(shown, /Over-the-top[\s\S]*Resolution 174|Resolution 174[\s\S]*Over-the-top/);
    await postToBot(
      url,
      event({ type: 'app_home_opened', user: 'U8', channel: 'D8', tab: 'home', event_ts: '3' }, 'EvHome3'),
      { secret: SECRET, contentType: 'application/json' },
    );
    const theirs = await fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U8');
    assert.doesNotMatch(text(theirs.body.view as { blocks: unknown[] }), /Over-the-top/);
  });

  it('opens the search modal from the Home tab and answers a question in it', async () => {
    await postToBot(
      url,
      payload({
        type: 'block_actions',
        container: { type: 'view', view_id: 'V1' },
        view: { id: 'V1', type: 'home' },
        actions: [
          {
            type: 'button',
            action_id: 'confbot_home_search',
            block_id: 'h',
            value: 'search',
            action_ts: '1',
          },
        ],
      }),
      { secret: SECRET },
    );
    const open = await fake.waitFor((c) => c.method === 'views.open');
    assert.equal(open.body.trigger_id, 'trig-1');
    assert.equal((open.body.view as { callback_id: string }).callback_id, 'confbot_search');

    const submit = (value: string) =>
      postToBot(
        url,
        payload({
          type: 'view_submission',
          view: {
            id: 'V2',
            type: 'modal',
            callback_id: 'confbot_search',
            hash: 'h1',
            state: { values: { confbot_search_query: { query: { type: 'plain_text_input', value } } } },
          },
        }),
        { secret: SECRET },
      );
    const answered = await submit('/resolution 174');
    const update = answered.json as { response_action: string; view: { blocks: { type: string }[] } };
    assert.equal(update.response_action, 'update');
    assert.match(text(update.view), /Resolution 174/);
    assert.ok(update.view.blocks.length <= 100);
    assert.ok(!update.view.blocks.some((b) => b.type === 'actions'), 'no buttons without a response_url');
    const empty = (await submit('   ')).json as { response_action: string; errors: Record<string, string> };
    assert.equal(empty.response_action, 'errors');
    assert.ok(empty.errors.confbot_search_query);
  });

  const shortcut = (channel: string, message: Record<string, unknown>, responseId: string) =>
    payload({
      type: 'message_action',
      callback_id: 'confbot_ask_message',
      response_url: fake.responseUrl(responseId),
      message_ts: message.ts,
      action_ts: '1',
      channel: { id: channel, name: 'general' },
      message: { type: 'message', user: 'U2', ...message },
    });

  it('answers a message through the "Ask confbot about this" shortcut, in its thread, as a card', async () => {
    const res = await postToBot(
      url,
      shortcut('C5', { text: 'what happened to OTT services?', ts: '1700000100.000100' }, 'sc-1'),
      { secret: SECRET },
    );
    assert.equal(res.status, 200);
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C5');
    assert.equal(post.body.thread_ts, '1700000100.000100');
    const card = post.body as unknown as SlackMessage;
    assert.ok(card.blocks.length <= COMPACT_SLACK_MAX_BLOCKS);
    assert.ok(slackMessageChars(card) <= COMPACT_SLACK_MAX_CHARS);
    assert.match(text(card.blocks), /removed/i);
    assert.ok(buttons(card.blocks).some((b) => b.action_id === 'confbot_more'));
  });

  it('replies in the existing thread, and to the user alone when the bot is not in the channel', async () => {
    await postToBot(
      url,
      shortcut(
        'C6',
        { text: `<@${FAKE_BOT.userId}> resolution 180`, ts: '1700000200.2', thread_ts: '1700000200.1' },
        'sc-2',
      ),
      { secret: SECRET },
    );
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C6');
    assert.equal(post.body.thread_ts, '1700000200.1');
    assert.match(text(post.body.blocks), /Resolution 180/);

    await postToBot(url, shortcut(CHANNEL_WITHOUT_BOT, { text: 'resolution 174', ts: '1.1' }, 'sc-3'), {
      secret: SECRET,
    });
    const why = await fake.waitFor(
      (c) => c.path === '/response/sc-3' && String(c.body.text).includes('invite me'),
    );
    assert.equal(why.body.response_type, 'ephemeral');
    const card = await fake.waitFor((c) => c.path === '/response/sc-3' && Array.isArray(c.body.blocks));
    assert.match(text(card.body.blocks), /Resolution 174/);
  });

  it('says so when the selected message has no text', async () => {
    await postToBot(url, shortcut('C1', { text: '', ts: '1.2' }, 'sc-4'), { secret: SECRET });
    const reply = await fake.waitFor((c) => c.path === '/response/sc-4');
    assert.match(String(reply.body.text), /no text/);
  });
});
