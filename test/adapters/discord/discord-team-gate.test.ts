import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { Intake } from '../../../src/adapters/intake.ts';
import { readConfig } from '../../../src/config.ts';
import { createLogger, silentLogger } from '../../../src/log.ts';
import { ContextHolder } from '../../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { TeamLoop } from '../../../src/runtime/team-loop.ts';
import { APP_ID, FakeDiscord, type Json } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

/** Manage Channels (1 << 4) and Manage Server (1 << 5), with what an ordinary member has. */
const ADMIN_PERMISSIONS = String((1n << 4n) | (1n << 5n) | (1n << 10n) | (1n << 11n));
const CHANNEL = '1100000000000000088';
const OTHER_USER = '1100000000000000055';

// Admin commands and passive lookups pass the same gate (src/adapters/intake.ts) as slash commands,
// mentions and DMs: the input cap, the rate limits, bots ignored, a request id on every request.
describe('Discord admin commands and passive lookups pass the same gate as questions', () => {
  let fake: FakeDiscord;
  let discord: DiscordAdapter;
  let loop: TeamLoop;
  let dir: string;
  const logs: Record<string, unknown>[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-discord-gate-'));
    fake = await new FakeDiscord({ enforceIntents: true }).start();
    const config = readConfig({
      DATABASE_URL: `sqlite:${join(dir, 'confbot.db')}`,
      DISCORD_MESSAGE_CONTENT: 'true',
    }).store;
    loop = await TeamLoop.open(config, silentLogger);
    const logger = createLogger({ level: 'info', write: (l) => logs.push(JSON.parse(l)) });
    const contexts = new ContextHolder(await contextFor());
    discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: contexts,
      logger,
      // Three requests per user a minute, and a CPU budget no request reaches, so the count is exact.
      intake: new Intake({
        contexts,
        logger,
        limiter: new RateLimiter({ perUser: 3, perChannel: 0, windowMs: 60_000 }),
        cpuBudgetMs: 60_000,
      }),
      team: { loop, shared: false, config },
    });
  });

  after(async () => {
    await discord.stop();
    await fake.stop();
    await loop.close();
    await rm(dir, { recursive: true, force: true });
  });

  const interact = (payload: Json) => {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(`/interactions/${payload.id}/`),
    );
  };
  const posts = () =>
    fake.calls.filter(
      (c) => c.route === 'channel.messages.create' && c.path.includes(`/channels/${CHANNEL}/`),
    );
  const settle = () => new Promise((r) => setTimeout(r, 400));

  it('logs an admin command with a request id, like any request', async () => {
    const on = await interact(
      fake.chatInput(
        'settings',
        { change: 'passive on' },
        { permissions: ADMIN_PERMISSIONS, channelId: CHANNEL },
      ),
    );
    assert.match(JSON.stringify(on.body.data.embeds), /Channel settings saved/);
    const line = logs.find((l) => l.message === 'request' && l.command === 'settings');
    assert.ok(line, JSON.stringify(logs.map((l) => l.message)));
    assert.equal(line.outcome, 'answered');
    assert.equal(line.platform, 'discord');
    assert.match(String(line.requestId), /^[0-9a-f]{8}$/);
  });

  it('does not read a channel message over the input cap, while the same reference within it gets its card', async () => {
    fake.messageCreate({
      content: `Resolution 174 ${'and a long pasted document '.repeat(60)}`,
      channelId: CHANNEL,
    });
    await settle();
    assert.equal(posts().length, 0, 'over the cap: not read');
    fake.messageCreate({ content: 'Resolution 174, anyone?', channelId: CHANNEL });
    await fake.waitFor(
      (c) => c.route === 'channel.messages.create' && c.path.includes(`/channels/${CHANNEL}/`),
    );
  });

  it('counts passive lookups against the rate limits: over them nothing is posted, and the refusal is logged', async () => {
    for (const content of ['Resolution 130 is relevant', 'and Decision 5', 'see also Resolution 101']) {
      const before = posts().length;
      fake.messageCreate({ content, channelId: CHANNEL, authorId: OTHER_USER });
      for (let i = 0; i < 50 && posts().length === before; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(posts().length, before + 1, content);
    }
    fake.messageCreate({ content: 'and Resolution 102', channelId: CHANNEL, authorId: OTHER_USER });
    await settle();
    const refused = logs.find((l) => l.command === 'lookup' && l.outcome === 'rate-limited');
    assert.ok(refused, 'the fourth lookup is refused, and the refusal logged');
    assert.equal(refused.user, OTHER_USER);
    assert.match(String(refused.requestId), /^[0-9a-f]{8}$/);
    assert.doesNotMatch(JSON.stringify(posts().at(-1)?.body), /Resolution 102/, 'and nothing is posted');
  });
});
