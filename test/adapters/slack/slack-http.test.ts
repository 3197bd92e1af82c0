import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHANNEL_WITHOUT_BOT, FAKE_BOT, type FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { type SlackOverHttp, startSlackOverHttp, TEST_SIGNING_SECRET } from '../../fakes/slack-over-http.ts';

const SECRET = TEST_SIGNING_SECRET;

interface Block {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string }[];
  fields?: { text: string }[];
}

/** All text of a message's blocks, for loose assertions. */
function blockText(blocks: unknown): string {
  return JSON.stringify(blocks) ?? '';
}

function buttons(blocks: Block[]): { action_id?: string; value?: string; text: string }[] {
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({
      action_id: e.action_id,
      value: e.value,
      text: typeof e.text === 'object' ? e.text.text : (e.text ?? ''),
    }));
}

describe('Slack adapter over HTTP, against a fake Slack', () => {
  let fake: FakeSlack;
  let url: string;

  let harness: SlackOverHttp;

  before(async () => {
    harness = await startSlackOverHttp();
    ({ fake, url } = harness);
  });

  after(() => harness.stop());

  const slash = (command: string, text: string, extra: Record<string, string> = {}) =>
    new URLSearchParams({
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'ana',
      command,
      text,
      response_url: fake.responseUrl(`cmd-${Math.random()}`),
      trigger_id: `trig-${Math.random()}`,
      api_app_id: 'A1',
      ...extra,
    }).toString();

  const action = (actionId: string, value: string, channel = 'C1', responseId = `act-${Math.random()}`) =>
    `payload=${encodeURIComponent(
      JSON.stringify({
        type: 'block_actions',
        user: { id: 'U1', username: 'ana', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        team: { id: 'T1', domain: 'fake' },
        channel: { id: channel, name: 'general' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: `trig-${Math.random()}`,
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
      }),
    )}`;

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

  it('answers /resolution 174 inside the ack, within 3 s, ephemeral, naming the resolution and its source', async () => {
    const res = await postToBot(url, slash('/resolution', '174'), { secret: SECRET });
    assert.equal(res.status, 200);
    assert.ok(res.ms < 3000, `took ${res.ms} ms`);
    const body = res.json as { response_type: string; text: string; blocks: Block[] };
    assert.equal(body.response_type, 'ephemeral');
    assert.match(body.text, /Resolution 174/);
    assert.match(blockText(body.blocks), /Resolution 174 \(Rev\. Busan, 2014\)/);
    assert.match(blockText(body.blocks), /newamerica\.org/);
    assert.ok(
      buttons(body.blocks).some((b) => b.action_id === 'confbot_share' && b.value === '/resolution 174'),
    );
  });

  it('serves the umbrella command /confbot', async () => {
    const res = await postToBot(url, slash('/confbot', 'outcome india-proposal'), { secret: SECRET });
    assert.match(blockText((res.json as { blocks: Block[] }).blocks), /withdrawn/i);
  });

  it('rejects a bad or stale signature with 401 and answers nothing', async () => {
    const body = slash('/resolution', '174');
    assert.equal((await postToBot(url, body, { secret: 'wrong-secret' })).status, 401);
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    assert.equal((await postToBot(url, body, { secret: SECRET, timestamp: stale })).status, 401);
    assert.equal((await postToBot(url, body, {})).status, 401);
  });

  it('gives a failed lookup no share button, and a kind message', async () => {
    const res = await postToBot(url, slash('/resolution', '12345'), { secret: SECRET });
    const body = res.json as { blocks: Block[] };
    assert.match(blockText(body.blocks), /not in the corpus/);
    assert.ok(!buttons(body.blocks).some((b) => b.action_id === 'confbot_share'));
  });

  it('shares an answer in the channel, attributed, when "Share in channel" is pressed', async () => {
    const res = await postToBot(url, action('confbot_share', '/resolution 174'), { secret: SECRET });
    assert.equal(res.status, 200);
    const post = await fake.waitFor(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.body.channel === 'C1' &&
        blockText(c.body.blocks).includes('Shared by <@U1>'),
    );
    assert.match(blockText(post.body.blocks), /Resolution 174/);
    assert.ok(
      !buttons(post.body.blocks as Block[]).some((b) => b.action_id === 'confbot_share'),
      'a shared answer has no share button',
    );
  });

  it('tells the user to invite the bot when it cannot post in the channel', async () => {
    await postToBot(url, action('confbot_share', '/resolution 174', CHANNEL_WITHOUT_BOT), { secret: SECRET });
    const reply = await fake.waitFor(
      (c) => c.method === 'response_url' && String(c.body.text).includes('invite me'),
    );
    assert.equal(reply.body.response_type, 'ephemeral');
  });

  it('pages /search with a "Next page" button that replaces the answer with page 2', async () => {
    const res = await postToBot(url, slash('/search', 'cybersecurity'), { secret: SECRET });
    const next = buttons((res.json as { blocks: Block[] }).blocks).find(
      (b) => b.action_id === 'confbot_next',
    );
    assert.equal(next?.value, '/search cybersecurity --page 2');
    await postToBot(url, action('confbot_next', next?.value ?? ''), { secret: SECRET });
    const page2 = await fake.waitFor(
      (c) =>
        c.method === 'response_url' &&
        c.body.replace_original === true &&
        blockText(c.body.blocks).includes('Page 2 of'),
    );
    assert.equal(page2.body.response_type, 'ephemeral');
  });

  it('runs a did-you-mean button as a new ephemeral answer', async () => {
    await postToBot(url, action('confbot_suggest_0', '/resolution 130', 'C1', 'suggest-1'), {
      secret: SECRET,
    });
    const reply = await fake.waitFor((c) => c.path === '/response/suggest-1');
    assert.match(blockText(reply.body.blocks), /Resolution 130/);
    assert.equal(reply.body.replace_original, false);
  });

  it('answers an @mention in the thread of the mention', async () => {
    const body = event(
      {
        type: 'app_mention',
        user: 'U1',
        text: `<@${FAKE_BOT.userId}> resolution 174`,
        ts: '1700000000.000100',
        channel: 'C2',
        event_ts: '1700000000.000100',
      },
      'EvMention1',
    );
    assert.equal(
      (await postToBot(url, body, { secret: SECRET, contentType: 'application/json' })).status,
      200,
    );
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C2');
    assert.equal(post.body.thread_ts, '1700000000.000100');
    assert.match(blockText(post.body.blocks), /Resolution 174/);
  });

  it('replies inside an existing thread, and takes a bare mention question to /ask', async () => {
    const body = event(
      {
        type: 'app_mention',
        user: 'U1',
        text: `<@${FAKE_BOT.userId}> what happened to OTT services?`,
        ts: '1700000001.000200',
        thread_ts: '1700000000.000001',
        channel: 'C3',
        event_ts: '1700000001.000200',
      },
      'EvMention2',
    );
    await postToBot(url, body, { secret: SECRET, contentType: 'application/json' });
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C3');
    assert.equal(post.body.thread_ts, '1700000000.000001');
    assert.match(blockText(post.body.blocks), /removed/);
  });

  it('answers a retried event once', async () => {
    const body = event(
      {
        type: 'app_mention',
        user: 'U1',
        text: `<@${FAKE_BOT.userId}> resolution 180`,
        ts: '1700000002.000300',
        channel: 'C4',
        event_ts: '1700000002.000300',
      },
      'EvRetry1',
    );
    const posts = () =>
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C4').length;
    await postToBot(url, body, { secret: SECRET, contentType: 'application/json' });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C4');
    await new Promise((r) => setTimeout(r, 300));
    const first = posts();
    for (const n of ['1', '2', '3']) {
      const res = await postToBot(url, body, {
        secret: SECRET,
        contentType: 'application/json',
        headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' },
      });
      assert.equal(res.status, 200, 'a retry is acknowledged, so Slack stops retrying');
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(posts(), first);
  });

  it('answers a direct message in the DM, and ignores edits and bot posts', async () => {
    const dm = (extra: Record<string, unknown>, id: string) =>
      postToBot(
        url,
        event(
          {
            type: 'message',
            channel_type: 'im',
            channel: 'D1',
            user: 'U1',
            text: 'resolution 130',
            ts: `17000000${id.length}.1`,
            event_ts: '1',
            ...extra,
          },
          id,
        ),
        { secret: SECRET, contentType: 'application/json' },
      );
    await dm({ subtype: 'message_changed' }, 'EvEdit');
    await dm({ bot_id: 'B2', text: 'resolution 101' }, 'EvBot');
    await dm({}, 'EvDm1');
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1');
    assert.match(blockText(post.body.blocks), /Resolution 130/);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1').length,
      1,
    );
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await postToBot(
      url,
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'legacy' }),
      { secret: SECRET, contentType: 'application/json' },
    );
    assert.match(res.body, /abc123/);
  });

  it('keeps serving after bad input', async () => {
    for (const text of ['', 'x'.repeat(5000), '\u0000\u0001', '🎉']) {
      const res = await postToBot(url, slash('/ask', text), { secret: SECRET });
      assert.equal(res.status, 200, text.slice(0, 10));
    }
    const ok = await postToBot(url, slash('/resolution', '174'), { secret: SECRET });
    assert.match(blockText((ok.json as { blocks: Block[] }).blocks), /Resolution 174/);
  });
});
