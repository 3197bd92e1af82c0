import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { silentLogger } from '../../../src/log.ts';
import { MESSAGE_ACTIONS } from '../../../src/registry/registry.ts';
import {
  COMPACT_DISCORD_MAX_CHARS,
  COMPACT_DISCORD_MAX_DESCRIPTION,
} from '../../../src/render/compact-limits.ts';
import type { DiscordMessage } from '../../../src/render/discord.ts';
import { discordEmbedChars } from '../../../src/render/discord-compact.ts';
import { APP_ID, type DiscordCall, FakeDiscord, type Json } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

interface Button {
  custom_id?: string;
  label?: string;
}

function buttons(data: { components?: { components?: Button[] }[] }): Button[] {
  return (data.components ?? []).flatMap((row) => row.components ?? []);
}

const text = (value: unknown) => JSON.stringify(value) ?? '';

describe('Discord compact cards, "More" and the message context menu, against a fake Discord', () => {
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

  async function interact(payload: Json): Promise<DiscordCall> {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(`/interactions/${payload.id}/`),
    );
  }

  it('answers /resolution 174 with one embed, a description of at most 600 characters, More and Share', async () => {
    const call = await interact(fake.chatInput('resolution', { number: '174' }));
    const data = call.body.data as DiscordMessage;
    assert.equal(data.embeds.length, 1);
    const [embed] = data.embeds;
    assert.ok((embed?.description ?? '').length <= COMPACT_DISCORD_MAX_DESCRIPTION);
    assert.ok(discordEmbedChars(data) <= COMPACT_DISCORD_MAX_CHARS, `${discordEmbedChars(data)} characters`);
    assert.match(embed?.title ?? '', /Resolution 174 \(Rev\. Busan, 2014\) · Revised/);
    assert.deepEqual(
      buttons(data)
        .slice(0, 2)
        .map((b) => b.label),
      ['More', 'Share'],
    );
    assert.doesNotMatch(text(embed), /How it came about/);
  });

  it('"More" replies with the full entry to the clicker only, and leaves the card alone', async () => {
    const card = await interact(fake.chatInput('resolution', { number: '174' }));
    const more = buttons(card.body.data).find((b) => b.label === 'More');
    assert.ok(more?.custom_id);
    const full = await interact(fake.button(more.custom_id));
    assert.equal(full.body.type, 4, 'a new reply, not an update of the card');
    assert.equal(full.body.data.flags & 64, 64, 'ephemeral: only the clicker sees it');
    assert.match(text(full.body.data.embeds), /How it came about/);
    assert.match(text(full.body.data.embeds), /newamerica\.org/);
  });

  it('answers a message through the "Ask confbot about this" context menu, publicly, as a card linking the message', async () => {
    const name = MESSAGE_ACTIONS[0]?.name ?? '';
    const call = await interact(fake.messageCommand(name, 'what happened to OTT services?'));
    assert.equal(call.body.type, 4);
    assert.equal((call.body.data.flags ?? 0) & 64, 0, 'public');
    assert.match(call.body.data.content, /^About https:\/\/discord\.com\/channels\//);
    const data = call.body.data as DiscordMessage;
    assert.equal(data.embeds.length, 1);
    assert.ok((data.embeds[0]?.description ?? '').length <= COMPACT_DISCORD_MAX_DESCRIPTION);
    assert.match(text(data.embeds), /removed/i);
    assert.deepEqual(call.body.data.allowed_mentions, { parse: [] });
    assert.ok(buttons(data).some((b) => b.label === 'More'));
  });

  it('tells the user privately when the message has no text', async () => {
    const call = await interact(fake.messageCommand(MESSAGE_ACTIONS[0]?.name ?? '', ''));
    assert.equal(call.body.data.flags & 64, 64);
    assert.match(call.body.data.content, /no text/);
  });

  it('answers a mention with a card, not the full entry', async () => {
    fake.messageCreate({ content: 'resolution 174', mentionsBot: true });
    const post = await fake.waitFor(
      (c) => c.route === 'channel.messages.create' && text(c.body.embeds).includes('Resolution 174'),
    );
    assert.equal(post.body.embeds.length, 1);
    assert.ok(String(post.body.embeds[0].description ?? '').length <= COMPACT_DISCORD_MAX_DESCRIPTION);
    assert.doesNotMatch(text(post.body.embeds), /How it came about/);
  });
});
