import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { adminSlashCommandsJson } from '../../../src/adapters/discord/admin-slash-commands.ts';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { FEEDBACK_MODAL_PREFIX } from '../../../src/adapters/discord/team-handlers.ts';
import { readConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { TeamLoop } from '../../../src/runtime/team-loop.ts';
import { APP_ID, CHANNEL_ID, type DiscordCall, FakeDiscord, type Json } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

/** Manage Channels (1 << 4) and Manage Server (1 << 5), with what an ordinary member has. */
const ADMIN_PERMISSIONS = String((1n << 4n) | (1n << 5n) | (1n << 10n) | (1n << 11n));

interface Button {
  custom_id?: string;
  label?: string;
}

describe('Discord team loop: feedback, admin commands and passive lookups, against a fake Discord', () => {
  let fake: FakeDiscord;
  let discord: DiscordAdapter;
  let loop: TeamLoop;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-discord-team-'));
    fake = await new FakeDiscord({ enforceIntents: true }).start();
    const config = readConfig({
      DATABASE_URL: `sqlite:${join(dir, 'confbot.db')}`,
      DISCORD_MESSAGE_CONTENT: 'true',
    }).store;
    loop = await TeamLoop.open(config, silentLogger);
    discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: await contextFor(),
      logger: silentLogger,
      team: { loop, shared: false, config },
    });
  });

  after(async () => {
    await discord.stop();
    await fake.stop();
    await loop.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function interact(payload: Json): Promise<DiscordCall> {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(`/interactions/${payload.id}/`),
    );
  }

  const buttons = (data: { components?: { components?: Button[] }[] }): Button[] =>
    (data.components ?? []).flatMap((row) => row.components ?? []);

  it('asks Discord for the privileged MessageContent intent only because DISCORD_MESSAGE_CONTENT=true', () => {
    assert.equal(Number(fake.identify?.intents) & (1 << 15), 1 << 15);
  });

  it('puts 👍/👎 under an answer; one vote per person, changeable, acknowledged privately; 👎 opens the reason modal', async () => {
    const answer = await interact(fake.chatInput('ask', { question: 'who was elected Secretary-General?' }));
    const votes = buttons(answer.body.data).filter((b) => /^confbot-feedback:/.test(b.custom_id ?? ''));
    assert.deepEqual(
      votes.map((b) => b.label),
      ['👍', '👎'],
    );
    const [up, down] = votes.map((b) => b.custom_id as string);
    const first = await interact(fake.button(up as string));
    assert.equal(first.body.type, 4);
    assert.equal(first.body.data.flags & 64, 64, 'ephemeral: only the voter sees it');
    assert.match(first.body.data.content, /^Thanks: noted that this answer helped/);
    const again = await interact(fake.button(up as string));
    assert.match(again.body.data.content, /already rated/);
    const modal = await interact(fake.button(down as string));
    assert.equal(modal.body.type, 9, 'a modal');
    const customId = String(modal.body.data.custom_id);
    assert.match(customId, new RegExp(`^${FEEDBACK_MODAL_PREFIX}:[0-9a-f]{12}$`));
    assert.match(JSON.stringify(modal.body.data.components), /Not what I asked/);
    const thanks = await interact(
      fake.modalSubmit(customId, { reason: ['wrong'], comment: 'names the wrong person' }),
    );
    assert.equal(thanks.body.data.flags & 64, 64);
    const downvoted = await loop.store.downvoted(0, 10);
    assert.equal(downvoted.length, 1);
    assert.equal(downvoted[0]?.reason, 'wrong');
    assert.equal(downvoted[0]?.comment, 'names the wrong person');
    assert.equal(downvoted[0]?.platform, 'discord');
    assert.equal(downvoted[0]?.question, 'who was elected Secretary-General?');
  });

  it('puts 👍/👎 on the compact card of the message command, and records its declined questions', async () => {
    const call = await interact(
      fake.messageCommand('Ask confbot about this', 'who was elected Secretary-General?'),
    );
    assert.equal(call.body.data.embeds.length, 1, 'the compact card');
    const labels = buttons(call.body.data).map((b) => b.label);
    assert.ok(labels.includes('More'), labels.join(', '));
    assert.ok(labels.includes('👍') && labels.includes('👎'), labels.join(', '));
    const asked = 'what is the airspeed of an unladen swallow over busan?';
    const refused = await interact(fake.messageCommand('Ask confbot about this', asked));
    assert.ok(
      !buttons(refused.body.data).some((b) => /^confbot-feedback:/.test(b.custom_id ?? '')),
      'no feedback under a refusal',
    );
    const declined = await loop.store.declined(0, 50);
    assert.ok(
      declined.some((d) => d.question === asked),
      JSON.stringify(declined.map((d) => d.question)),
    );
  });

  it('registers /report and /settings behind default_member_permissions, and refuses members without the permission', async () => {
    const json = adminSlashCommandsJson();
    assert.deepEqual(
      json.map((c) => [c.name, c.default_member_permissions, c.contexts]),
      [
        ['report', String(1n << 5n), [0]],
        ['settings', String(1n << 4n), [0]],
      ],
    );
    const declined = await interact(fake.chatInput('ask', { question: 'how tall is the moon tower?' }));
    assert.equal(declined.body.data.flags & 64, 64);
    const refused = await interact(fake.chatInput('report', {}));
    assert.match(refused.body.data.content, /^Only members with the Manage Server permission/);
    assert.equal(refused.body.data.flags & 64, 64);
    const report = await interact(
      fake.chatInput('report', { days: '7' }, { permissions: ADMIN_PERMISSIONS }),
    );
    assert.match(JSON.stringify(report.body.data.embeds), /Report: the last 7 day\(s\)/);
    assert.match(JSON.stringify(report.body.data.embeds), /names the wrong person/);
    assert.match(
      JSON.stringify(report.body.data.embeds),
      /how tall is the moon tower\?/,
      'a Discord refusal is recorded',
    );
    const settingsRefused = await interact(fake.chatInput('settings', { change: 'passive on' }));
    assert.match(settingsRefused.body.data.content, /Manage Channels/);
  });

  it('replies in the open where /settings chose "visibility channel", and keeps refusals private', async () => {
    const channelId = '1100000000000000088';
    const before = await interact(fake.chatInput('resolution', { number: '174' }, { channelId }));
    assert.equal(before.body.data.flags & 64, 64);
    await interact(
      fake.chatInput(
        'settings',
        { change: 'visibility channel' },
        { permissions: ADMIN_PERMISSIONS, channelId },
      ),
    );
    const open = await interact(fake.chatInput('resolution', { number: '174' }, { channelId }));
    assert.equal((open.body.data.flags ?? 0) & 64, 0, 'not ephemeral');
    const refusal = await interact(
      fake.chatInput('ask', { question: 'what is the capital of mars?' }, { channelId }),
    );
    assert.equal(refusal.body.data.flags & 64, 64);
  });

  it('answers references where /settings turned passive lookups on: one card, at most 3, no repeats within 10 minutes, none for bots', async () => {
    const channelId = '1100000000000000077';
    const posts = () =>
      fake.calls.filter(
        (c) => c.route === 'channel.messages.create' && c.path.includes(`/channels/${channelId}/`),
      );
    fake.messageCreate({ content: 'Has anyone read Res. 174?', channelId });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(posts().length, 0, 'off by default');
    const on = await interact(
      fake.chatInput('settings', { change: 'passive on' }, { permissions: ADMIN_PERMISSIONS, channelId }),
    );
    assert.match(JSON.stringify(on.body.data.embeds), /Channel settings saved/);
    fake.messageCreate({
      content: 'Compare Resolution 174, Res. 130, Decision 5 and Resolution 101',
      channelId,
    });
    const card = await fake.waitFor(
      (c) => c.route === 'channel.messages.create' && c.path.includes(`/channels/${channelId}/`),
    );
    const text = JSON.stringify(card.body);
    assert.match(text, /Resolution 174/);
    assert.doesNotMatch(text, /Resolution 101/, 'at most 3 references');
    assert.ok(card.body.message_reference, 'a reply to the message');
    fake.messageCreate({ content: 'Res. 174 again', channelId });
    fake.messageCreate({ content: 'Resolution 2', channelId, authorId: '1100000000000000099', bot: true });
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(posts().length, 1, 'no repeat within 10 minutes, nothing for bots');
    fake.messageCreate({ content: 'Res. 174', channelId: CHANNEL_ID });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(
      fake.calls.filter(
        (c) => c.route === 'channel.messages.create' && c.path.includes(`/channels/${CHANNEL_ID}/`),
      ).length,
      0,
      'another channel keeps its own setting (off)',
    );
  });
});
