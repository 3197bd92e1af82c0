import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { silentLogger } from '../../../src/log.ts';
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  type DiscordCall,
  DM_CHANNEL_ID,
  FakeDiscord,
  type Json,
  USER,
} from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

interface Button {
  type: number;
  custom_id?: string;
  label?: string;
}

/** Every button of a message payload. */
function buttons(data: { components?: { components?: Button[] }[] }): Button[] {
  return (data.components ?? []).flatMap((row) => row.components ?? []);
}

function text(value: unknown): string {
  return JSON.stringify(value) ?? '';
}

describe('Discord adapter against a fake Discord', () => {
  let fake: FakeDiscord;
  let discord: DiscordAdapter;

  before(async () => {
    fake = await new FakeDiscord().start();
    discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: await contextFor(),
      logger: silentLogger,
    });
  });

  after(async () => {
    await discord.stop();
    await fake.stop();
  });

  /** Sends an interaction and resolves with the callback Discord received for it. */
  async function interact(payload: Json): Promise<DiscordCall> {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(`/interactions/${payload.id}/`),
    );
  }

  it('logs in with the minimal intents, no privileged MessageContent', () => {
    const intents = Number(fake.identify?.intents);
    assert.equal(intents & (1 << 15), 0, 'no MessageContent intent');
    assert.ok(
      intents & 1 && intents & (1 << 9) && intents & (1 << 12),
      'Guilds, GuildMessages, DirectMessages',
    );
  });

  it('answers /resolution number:174 within 3 s with an ephemeral embed naming it and its source', async () => {
    const started = performance.now();
    const call = await interact(fake.chatInput('resolution', { number: '174' }));
    assert.ok(performance.now() - started < 3000);
    assert.equal(call.body.type, 4);
    assert.equal(call.body.data.flags & 64, 64, 'ephemeral');
    const embed = call.body.data.embeds[0];
    assert.match(embed.title, /Resolution 174/);
    assert.match(embed.footer.text, /Sources: .*OTI/);
    assert.deepEqual(call.body.data.allowed_mentions, { parse: [] });
    assert.ok(buttons(call.body.data).some((b) => b.label === 'Share'));
  });

  it('autocompletes "17" in the number option with 174 among at most 25 choices', async () => {
    const call = await interact(fake.autocomplete('resolution', 'number', '17'));
    assert.equal(call.body.type, 8);
    const choices = call.body.data.choices as { name: string; value: string }[];
    assert.ok(choices.length > 0 && choices.length <= 25);
    assert.ok(
      choices.some((c) => c.value === '174' && /^174 - ITU's role/.test(c.name)),
      text(choices),
    );
  });

  it('autocompletes outcome slugs and topics from partial words', async () => {
    const outcome = await interact(fake.autocomplete('outcome', 'name', 'ind'));
    assert.equal(outcome.body.data.choices[0].value, 'india-proposal');
    const topic = await interact(fake.autocomplete('topic', 'name', 'cyber'));
    assert.equal(topic.body.data.choices[0].value, 'cybersecurity');
  });

  it('shares the card publicly, attributed, when "Share" is pressed', async () => {
    const first = await interact(fake.chatInput('outcome', { name: 'ott' }));
    const share = buttons(first.body.data).find((b) => b.label === 'Share');
    assert.ok(share?.custom_id && share.custom_id.length <= 100);
    const shared = await interact(fake.button(share.custom_id));
    assert.equal(shared.body.type, 4);
    assert.equal((shared.body.data.flags ?? 0) & 64, 0, 'public');
    assert.match(shared.body.data.content, new RegExp(`Shared by <@${USER.id}>`));
    assert.match(text(shared.body.data.embeds), /OTT/);
    assert.deepEqual(shared.body.data.allowed_mentions, { parse: [] }, 'the attribution pings nobody');
  });

  it('pages /search with Next and Previous buttons that update the message', async () => {
    const first = await interact(fake.chatInput('search', { words: 'cybersecurity' }));
    const next = buttons(first.body.data).find((b) => /next/i.test(b.label ?? ''));
    assert.ok(next?.custom_id);
    const page2 = await interact(fake.button(next.custom_id));
    assert.equal(page2.body.type, 7, 'update the message in place');
    assert.match(text(page2.body.data), /Page 2 of/);
    const previous = buttons(page2.body.data).find((b) => /previous/i.test(b.label ?? ''));
    assert.ok(previous?.custom_id);
    const page1 = await interact(fake.button(previous.custom_id));
    assert.match(text(page1.body.data), /Page 1 of/);
  });

  it('runs a did-you-mean button as a new ephemeral answer', async () => {
    const missing = await interact(fake.chatInput('resolution', { number: '175' }));
    const suggestion = buttons(missing.body.data).find((b) => b.label === '/resolution 174');
    assert.ok(suggestion?.custom_id, text(buttons(missing.body.data)));
    const reply = await interact(fake.button(suggestion.custom_id));
    assert.equal(reply.body.data.flags & 64, 64);
    assert.match(text(reply.body.data.embeds), /Resolution 174/);
  });

  it('answers an expired or foreign button with a polite ephemeral note', async () => {
    const expired = await interact(fake.button('confbot:next:000000000000'));
    assert.match(expired.body.data.content, /expired/);
    assert.equal(expired.body.data.flags & 64, 64);
    const foreign = await interact(fake.button('someone-else:thing'));
    assert.match(foreign.body.data.content, /isn't one of mine/);
  });

  it('replies to a mention in its channel, referencing the message, pinging nobody', async () => {
    const msg = fake.messageCreate({ content: 'resolution 174', mentionsBot: true });
    const post = await fake.waitFor(
      (c) =>
        c.route === 'channel.messages.create' &&
        c.path.includes(CHANNEL_ID) &&
        c.body.message_reference?.message_id === msg.id,
    );
    assert.match(text(post.body.embeds), /Resolution 174/);
    assert.deepEqual(post.body.allowed_mentions?.parse, []);
  });

  it('answers a question in a DM', async () => {
    fake.messageCreate({ content: 'what happened to OTT services?', guildId: null });
    const post = await fake.waitFor(
      (c) => c.route === 'channel.messages.create' && c.path.includes(DM_CHANNEL_ID),
    );
    assert.match(text(post.body.embeds), /removed/);
  });

  it('ignores other bots and itself', async () => {
    const before = fake.calls.filter((c) => c.route === 'channel.messages.create').length;
    fake.messageCreate({
      content: 'resolution 130',
      mentionsBot: true,
      bot: true,
      authorId: '1100000000000000099',
    });
    fake.messageCreate({
      content: `<@${BOT_USER.id}> resolution 130`,
      mentionsBot: true,
      authorId: BOT_USER.id,
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(fake.calls.filter((c) => c.route === 'channel.messages.create').length, before);
  });

  it('keeps answering after the gateway drops the connection mid-session', async () => {
    await fake.closeSocket(4000);
    await fake.ready();
    const call = await interact(fake.chatInput('facts', {}));
    assert.equal(call.body.type, 4);
    assert.match(text(call.body.data.embeds), /at a glance/);
  });

  it('keeps serving after bad input', async () => {
    for (const q of ['', 'x'.repeat(5000), '\u0000', '@everyone 🎉']) {
      const call = await interact(fake.chatInput('ask', { question: q }));
      assert.equal(call.body.type, 4);
      assert.doesNotMatch(text(call.body.data), /@everyone(?!\\u200b|\u200b)/);
    }
  });
});
