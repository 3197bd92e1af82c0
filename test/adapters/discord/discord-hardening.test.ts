import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { AUTOCOMPLETE_WINDOW_MS, Intake } from '../../../src/adapters/intake.ts';
import { createLogger } from '../../../src/log.ts';
import { ContextHolder } from '../../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { APP_ID, type DiscordCall, FakeDiscord, GUILD_ID, type Json } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };
const EPHEMERAL = 64;

/** Every property name an object inherits: the words that broke lookups on plain objects. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('Discord adapter hardening (issue 14), against the real discord.js client and a fake Discord', () => {
  let fake: FakeDiscord;
  let discord: DiscordAdapter;
  const logs: Record<string, unknown>[] = [];
  let users = 0;
  const newUser = () => `1400000000000${String(++users).padStart(5, '0')}`;

  before(async () => {
    fake = await new FakeDiscord().start();
    const contexts = new ContextHolder(await contextFor());
    const logger = createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) });
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 });
    discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: contexts,
      logger,
      limiter,
      intake: new Intake({
        contexts,
        logger,
        limiter,
        autocompleteLimiter: new RateLimiter({ perUser: 5, perChannel: 0, windowMs: AUTOCOMPLETE_WINDOW_MS }),
        // The per-user limit is what these tests count: a completion that happens to overrun the CPU
        // budget on a loaded machine (a collection landing on it) would be charged twice and end the
        // count early, so the budget is out of the way here (test/adapters/cpu-budget.test.ts has it).
        cpuBudgetMs: 60_000,
      }),
      userCache: 20,
      ws: NO_IDENTIFY_WAIT,
    });
  });

  after(async () => {
    await discord.stop();
    await fake.stop();
  });

  async function interact(payload: Json, timeoutMs = 10_000): Promise<DiscordCall> {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) =>
        c.route === 'interaction.callback' &&
        c.path.includes(`/interactions/${payload.id}/`) &&
        c.status < 300,
      timeoutMs,
    );
  }

  it('offers no suggestions for a 10,000-character autocomplete value, at once, and keeps /resolution 174 fast', async () => {
    const junk = 'qzx vbn '.repeat(1250);
    const started = performance.now();
    const calls = Array.from({ length: 10 }, () =>
      interact(fake.autocomplete('ask', 'question', junk, {}, { userId: newUser() })),
    );
    const command = interact(fake.chatInput('resolution', { number: '174' }, { userId: newUser() }));
    const answered = await command;
    const ms = performance.now() - started;
    for (const call of await Promise.all(calls)) assert.deepEqual(call.body.data.choices, []);
    assert.match(JSON.stringify(answered.body.data.embeds), /Resolution 174/);
    // Before the cap each value cost 0.5-1 s of main-thread time, and the command waited 4-11 s.
    assert.ok(ms < 2000, `the command took ${ms.toFixed(0)} ms behind ten junk autocompletes`);
  });

  it('limits autocomplete per user: past the limit the menu is empty, other users still get suggestions', async () => {
    const user = newUser();
    const choices: number[] = [];
    for (let i = 0; i < 7; i++) {
      const call = await interact(fake.autocomplete('resolution', 'number', '17', {}, { userId: user }));
      choices.push((call.body.data.choices as unknown[]).length);
    }
    assert.ok(
      choices.slice(0, 5).every((n) => n > 0),
      choices.join(','),
    );
    assert.deepEqual(choices.slice(5), [0, 0]);
    const other = await interact(fake.autocomplete('resolution', 'number', '17', {}, { userId: newUser() }));
    assert.ok((other.body.data.choices as unknown[]).length > 0);
  });

  it('autocompletes every Object.prototype name, with and without format characters, and never fails', async () => {
    const failures = () => logs.filter((l) => l.level === 'error').length;
    const before = failures();
    for (const name of PROTOTYPE_NAMES) {
      for (const value of [name, `\u061c${name}\u00ad`, `__${name}`]) {
        const call = await interact(fake.autocomplete('topic', 'name', value, {}, { userId: newUser() }));
        assert.equal(call.body.type, 8, name);
      }
    }
    assert.equal(failures(), before, JSON.stringify(logs.filter((l) => l.level === 'error').slice(0, 2)));
  });

  it('keeps a share private to the clicker when the clicker is over the rate limit', async () => {
    const user = newUser();
    const first = await interact(fake.chatInput('outcome', { name: 'ott' }, { userId: user }));
    await interact(fake.chatInput('facts', {}, { userId: user }));
    const share = (first.body.data.components as { components: { label?: string; custom_id?: string }[] }[])
      .flatMap((row) => row.components)
      .find((b) => b.custom_id?.includes(':share:'));
    assert.ok(share?.custom_id);
    const clicked = await interact(fake.button(share.custom_id, { userId: user }));
    assert.equal((clicked.body.data.flags ?? 0) & EPHEMERAL, EPHEMERAL, 'private to the clicker');
    assert.match(JSON.stringify(clicked.body.data), /faster than I can keep up/);
    assert.doesNotMatch(JSON.stringify(clicked.body.data), /Shared by/);
  });

  it('keeps its caches bounded: no member cache, users capped, however many people ask', async () => {
    for (let i = 0; i < 60; i++) await interact(fake.chatInput('help', {}, { userId: newUser() }));
    const guild = discord.client.guilds.cache.get(GUILD_ID);
    assert.ok(discord.client.users.cache.size <= 21, `users cached: ${discord.client.users.cache.size}`);
    assert.ok((guild?.members.cache.size ?? 0) <= 1, `members cached: ${guild?.members.cache.size}`);
  });
});

describe('Discord gateway closed for good (4004) tells its owner', () => {
  it('calls onFatal once with a reason naming DISCORD_TOKEN', async () => {
    const fake = await new FakeDiscord().start();
    const reasons: string[] = [];
    const discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: await contextFor(),
      logger: createLogger({ level: 'silent' }),
      onFatal: (reason) => reasons.push(reason),
      ws: NO_IDENTIFY_WAIT,
    });
    try {
      await fake.closeSocket(4004);
      for (let i = 0; i < 40 && reasons.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(reasons.length, 1);
      assert.match(reasons[0] ?? '', /4004.*DISCORD_TOKEN/);
    } finally {
      await discord.stop();
      await fake.stop();
    }
  });
});
