import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DiscordAdapter, startDiscord } from '../../../src/adapters/discord/discord-app.ts';
import { type CommandDefinition, defineCommand } from '../../../src/commands/types.ts';
import { createLogger } from '../../../src/log.ts';
import { COMMANDS, createContext } from '../../../src/registry/registry.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { APP_ID, type DiscordCall, FakeDiscord, type Json } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

/** @discordjs/ws allows one IDENTIFY per 5 s; a no-op throttler lets a re-identify happen at once. */
const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };

const boom = defineCommand({
  name: 'boom',
  description: 'throws',
  usage: '/boom',
  examples: ['/boom'],
  parse: () => ({}),
  run: () => {
    throw new RangeError('index out of range');
  },
});

function text(value: unknown): string {
  return JSON.stringify(value) ?? '';
}

describe('Discord faults, against the real discord.js client and a fake Discord', () => {
  let fake: FakeDiscord;
  let discord: DiscordAdapter;
  const logs: Record<string, unknown>[] = [];

  before(async () => {
    fake = await new FakeDiscord().start();
    const base = await contextFor();
    discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: createContext(base.corpus, {
        index: base.index,
        commands: [...COMMANDS, boom] as CommandDefinition[],
      }),
      logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) }),
      limiter: new RateLimiter({ perUser: 3, perChannel: 0, windowMs: 60_000 }),
      ws: NO_IDENTIFY_WAIT,
    });
  });

  after(async () => {
    await discord.stop();
    await fake.stop();
  });

  async function interact(payload: Json): Promise<DiscordCall> {
    fake.sendInteraction(payload);
    return fake.waitFor(
      (c) =>
        c.route === 'interaction.callback' &&
        c.path.includes(`/interactions/${payload.id}/`) &&
        c.status < 300,
      10_000,
    );
  }

  /** A user of their own, so the per-user limit of one test does not spill into the next. */
  let users = 0;
  function asNewUser(payload: Json): Json {
    users++;
    const id = `12000000000000000${String(users).padStart(2, '0')}`;
    const member = payload.member as { user: Json } | undefined;
    return member ? { ...payload, member: { ...member, user: { ...member.user, id } } } : payload;
  }

  for (const [code, kind] of [
    [4000, 'resumable (unknown error): RESUME'],
    [4009, 'resumable (session timed out): RESUME'],
    [4007, 'non-resumable (invalid seq): a fresh IDENTIFY'],
    [1000, 'non-resumable (normal close): a fresh IDENTIFY'],
  ] as const) {
    it(`reconnects after the gateway closes with ${code}, ${kind}, and answers`, async () => {
      const resumes = fake.resumes;
      const identifies = fake.identifies;
      await fake.closeSocket(code);
      const call = interact(asNewUser(fake.chatInput('resolution', { number: '174' })));
      await fake.ready(10_000);
      const answered = await call;
      assert.match(text(answered.body.data.embeds), /Resolution 174/);
      if (kind.endsWith('RESUME')) assert.equal(fake.resumes, resumes + 1);
      else assert.equal(fake.identifies, identifies + 1);
      assert.equal(discord.isConnected(), true);
    });
  }

  it('retries an interaction reply after 429 with retry-after and after 500, and answers once', async () => {
    fake.failNext('POST', /\/interactions\/.*\/callback$/, 429, {
      message: 'You are being rate limited.',
      retry_after: 0.3,
      global: false,
    });
    fake.failNext('POST', /\/interactions\/.*\/callback$/, 500);
    const payload = asNewUser(fake.chatInput('resolution', { number: '174' }));
    const answered = await interact(payload);
    assert.match(text(answered.body.data.embeds), /Resolution 174/);
    await new Promise((r) => setTimeout(r, 300));
    const attempts = fake.calls.filter((c) => c.path.includes(`/interactions/${payload.id}/`));
    assert.deepEqual(
      attempts.map((c) => c.status),
      [429, 500, 204],
    );
  });

  it('answers a failing command with an apology naming the logged error id, and keeps serving', async () => {
    const failed = await interact(asNewUser(fake.chatInput('boom')));
    const id = /error id ([0-9a-f]{8})/.exec(text(failed.body))?.[1];
    assert.ok(id, text(failed.body));
    assert.doesNotMatch(text(failed.body), /index out of range/);
    assert.equal(logs.find((l) => l.errorId === id)?.command, 'boom');
    const next = await interact(asNewUser(fake.chatInput('facts')));
    assert.match(text(next.body.data.embeds), /at a glance/);
  });

  it('asks a user who is too quick to slow down, politely', async () => {
    const payload = asNewUser(fake.chatInput('facts'));
    const replies: string[] = [];
    for (let i = 0; i < 4; i++) {
      const call = await interact({ ...payload, id: `13000000000000000${i}`, token: `tok-rl-${i}` });
      replies.push(text(call.body.data));
    }
    assert.ok(replies.slice(0, 3).every((r) => /at a glance/.test(r)));
    assert.match(replies[3] ?? '', /faster than I can keep up with/);
  });
});

describe('Discord gateway closed for good (4004: authentication failed)', () => {
  it('does not crash: it reports not connected and logs why', async () => {
    const fake = await new FakeDiscord().start();
    const logs: Record<string, unknown>[] = [];
    const discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx: await contextFor(),
      logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) }),
      ws: NO_IDENTIFY_WAIT,
    });
    try {
      assert.equal(discord.isConnected(), true);
      await fake.closeSocket(4004);
      for (let i = 0; i < 40 && discord.isConnected(); i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(discord.isConnected(), false);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(logs.some((l) => l.message === 'discord gateway closed for good' && l.code === 4004));
    } finally {
      await discord.stop();
      await fake.stop();
    }
  });
});

describe('Discord scale-out by sharding', () => {
  it('identifies as the configured shard of the configured count, and answers', async () => {
    const fake = await new FakeDiscord({ guild: false }).start();
    const discord = await startDiscord({
      config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl, shard: { id: 1, count: 2 } },
      ctx: await contextFor(),
      logger: createLogger({ level: 'silent' }),
      ws: NO_IDENTIFY_WAIT,
    });
    try {
      assert.deepEqual(fake.identify?.shard, [1, 2]);
      const payload = fake.chatInput('facts');
      fake.sendInteraction(payload);
      const call = await fake.waitFor(
        (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
      );
      assert.match(text(call.body.data.embeds), /at a glance/);
    } finally {
      await discord.stop();
      await fake.stop();
    }
  });
});
