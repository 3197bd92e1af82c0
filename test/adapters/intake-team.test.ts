import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Intake, type LookupOptions } from '../../src/adapters/intake.ts';
import { makeAnswer } from '../../src/answer.ts';
import { defineAdminCommand } from '../../src/commands/admin.ts';
import { userError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { contextFor } from '../helpers.ts';

const who = { platform: 'test', user: 'U1', channel: 'C1' };

/** An Intake over the bundled corpus whose log lines are kept, parsed, in `logs`. */
async function gate(options: Partial<ConstructorParameters<typeof Intake>[0]> = {}) {
  const logs: Record<string, unknown>[] = [];
  const intake = new Intake({
    contexts: new ContextHolder(await contextFor()),
    logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) }),
    ...options,
  });
  return { intake, logs };
}

/** A passive-lookup channel that is on and has shown nothing yet; counts how often it was asked. */
function channel(): LookupOptions & { asked: number } {
  const shown = new Set<string>();
  const options = {
    asked: 0,
    enabled: async () => {
      options.asked++;
      return true;
    },
    fresh: async (entries: readonly { id: string }[]) => {
      const fresh = entries.filter((e) => !shown.has(e.id));
      for (const e of fresh) shown.add(e.id);
      return fresh as never;
    },
  };
  return options;
}

/** An admin command that echoes its argument, fails on `boom` and refuses `bad` as a user error. */
const echo = defineAdminCommand<string>({
  name: 'echo',
  description: 'echoes',
  usage: '/echo <text>',
  parse: (raw) => {
    if (raw === 'bad') throw userError('bad-argument', 'That is not an argument I know.');
    return raw;
  },
  run: async (text) => {
    if (text === 'boom') throw new TypeError('the store went away');
    return makeAnswer({ ok: true, command: 'echo', title: `echo: ${text}`, body: [] });
  },
});

describe('Intake: passive lookups go through the gate', () => {
  it('reads a message naming a text and answers with one card, logging the request with a request id', async () => {
    const { intake, logs } = await gate();
    const card = await intake.lookup('Has anyone read Res. 174?', who, channel());
    assert.equal(card?.command, 'lookup');
    assert.match(card?.title ?? '', /174/);
    const line = logs.find((l) => l.message === 'request' && l.command === 'lookup');
    assert.equal(line?.outcome, 'answered');
    assert.match(String(line?.requestId), /^[0-9a-f]{8}$/);
    assert.equal(line?.user, 'U1');
  });

  it('does not read a message over the input cap, as a question over it is refused', async () => {
    const { intake } = await gate({ maxInputChars: 40 });
    const options = channel();
    const long = `Resolution 174 ${'and more words '.repeat(5)}`;
    assert.equal(await intake.lookup(long, who, options), undefined);
    const flood = `Resolution 174 ${'x'.repeat(400)}`;
    assert.equal(await intake.lookup(flood, who, options), undefined);
    assert.equal(options.asked, 0, 'the channel is not even asked');
    assert.ok(await intake.lookup('Resolution 174', who, options), 'within the cap it is read');
  });

  it("ignores a bot's message", async () => {
    const options = channel();
    const { intake } = await gate();
    assert.equal(await intake.lookup('Resolution 174', who, { ...options, bot: true }), undefined);
    assert.equal(options.asked, 0);
  });

  it('counts against the rate limits like a question: over them nothing is posted, and the refusal is logged', async () => {
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 });
    const { intake, logs } = await gate({ limiter });
    const options = channel();
    assert.ok(await intake.lookup('Resolution 174', who, options));
    assert.equal(
      (await intake.answer('/resolution 130', who)).ok,
      true,
      'a question spends the same allowance',
    );
    assert.equal(await intake.lookup('Resolution 130', who, options), undefined);
    assert.equal((await intake.answer('/resolution 130', who)).command, 'rate-limited');
    const refused = logs.find((l) => l.command === 'lookup' && l.outcome === 'rate-limited');
    assert.match(String(refused?.requestId), /^[0-9a-f]{8}$/);
    assert.ok(
      await intake.lookup('Resolution 130', { ...who, user: 'U2' }, options),
      'others are not limited',
    );
  });

  it('costs a message that names nothing no allowance, and asks the channel nothing', async () => {
    const limiter = new RateLimiter({ perUser: 1, perChannel: 0, windowMs: 60_000 });
    const { intake } = await gate({ limiter });
    const options = channel();
    for (let i = 0; i < 5; i++)
      assert.equal(await intake.lookup('good morning all', who, options), undefined);
    assert.equal(options.asked, 0);
    assert.ok(await intake.lookup('Resolution 174', who, options));
  });
});

describe('Intake: admin commands go through the gate', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-intake-admin-'));
    store = await openStore({ kind: 'sqlite', path: join(dir, 'confbot.db') });
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const admin = { platform: 'test', user: 'UADMIN', channel: 'C1' };
  /** Runs `echo` through the gate for an authorized admin; the answer is always there then. */
  const run = async (intake: Intake, raw: string) => {
    const answer = await intake.admin(echo, raw, { ...admin, store });
    assert.ok(answer, 'an authorized admin gets an answer');
    return answer;
  };

  it('logs each admin command once, with a request id, the command and its outcome', async () => {
    const { intake, logs } = await gate();
    const answer = await run(intake, 'hello');
    assert.equal(answer.title, 'echo: hello');
    const line = logs.find((l) => l.message === 'request');
    assert.equal(line?.command, 'echo');
    assert.equal(line?.outcome, 'answered');
    assert.equal(line?.platform, 'test');
    assert.match(String(line?.requestId), /^[0-9a-f]{8}$/);
  });

  it('answers a bad argument plainly with the usage, and a failure with an apology naming the logged id', async () => {
    const { intake, logs } = await gate();
    const bad = await run(intake, 'bad');
    assert.equal(bad.ok, false);
    assert.match(bad.body.join(' '), /not an argument I know.*Usage: \/echo <text>/);
    const failed = await run(intake, 'boom');
    assert.equal(failed.ok, false);
    const error = logs.find((l) => l.message === 'command failed');
    assert.match(String(error?.errorId), /^[0-9a-f]{8}$/);
    assert.ok(failed.body.join(' ').includes(`error id ${error?.errorId}`));
    assert.equal(
      error?.requestId,
      logs.find((l) => l.outcome === 'failed')?.requestId,
      'one request, one id',
    );
  });

  it('applies the input cap and the rate limits, with the same wording as a question', async () => {
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 });
    const { intake } = await gate({ limiter, maxInputChars: 20 });
    const long = await run(intake, 'a much longer argument than twenty');
    assert.match(long.body.join(' '), /please keep it under 20\./);
    assert.equal((await run(intake, 'hi')).ok, true);
    const limited = await run(intake, 'hi');
    assert.equal(limited.command, 'rate-limited');
    assert.match(limited.body.join(' '), /faster than I can keep up with/);
  });

  it('checks the caller only within the rate limits, and answers nothing to one it refuses', async () => {
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 });
    const { intake, logs } = await gate({ limiter });
    let checks = 0;
    const notAdmin = async () => {
      checks++;
      return false;
    };
    const actx = { ...admin, user: 'UNOBODY', store };
    assert.equal(await intake.admin(echo, 'hi', actx, notAdmin), undefined);
    assert.equal(logs.find((l) => l.message === 'request')?.outcome, 'forbidden');
    assert.equal(await intake.admin(echo, 'hi', actx, notAdmin), undefined);
    const limited = await intake.admin(echo, 'hi', actx, notAdmin);
    assert.equal(limited?.command, 'rate-limited', 'a flood of refused calls is limited too');
    assert.equal(checks, 2, 'and is not checked (an API call on Slack) once over the limits');
  });
});
