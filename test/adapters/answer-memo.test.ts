import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerMemo } from '../../src/adapters/answer-memo.ts';
import { Intake } from '../../src/adapters/intake.ts';
import { makeAnswer } from '../../src/answer.ts';
import { type CommandDefinition, defineCommand } from '../../src/commands/types.ts';
import { userError } from '../../src/errors.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { createContext } from '../../src/registry/registry.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';
import { contextFor } from '../helpers.ts';

const who = { platform: 'test', user: 'U1', channel: 'C1' };

/** A command that counts its runs and parses: `/count N` answers "N", a non-number is refused. */
function counting() {
  const counts = { parse: 0, run: 0 };
  const command = defineCommand<{ n: number }>({
    name: 'count',
    description: 'counts its runs',
    usage: '/count <number>',
    examples: ['/count 1'],
    parse(raw) {
      counts.parse++;
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isInteger(n))
        throw userError('bad-argument', `"${raw}" is not a number.`);
      return { n };
    },
    run({ n }) {
      counts.run++;
      return makeAnswer({ ok: true, command: 'count', title: String(n), body: [`run ${counts.run}`] });
    },
  });
  return { command: command as CommandDefinition, counts };
}

async function setup(options: Partial<ConstructorParameters<typeof Intake>[0]> = {}) {
  const base = await contextFor();
  const { command, counts } = counting();
  const ctx = createContext(base.corpus, { index: base.index, commands: [...base.commands, command] });
  const contexts = new ContextHolder(ctx);
  const memo = new AnswerMemo({ pure: new Set([...base.commands, command]) });
  const intake = new Intake({ contexts, logger: silentLogger, memo, ...options });
  return { intake, memo, counts, contexts, ctx, command, base };
}

describe('AnswerMemo: a repeated line of the same corpus is answered once', () => {
  it('returns the same answer object for a repeated line without running the command again', async () => {
    const { intake, counts, memo } = await setup();
    const first = await intake.answer('/count 7', who);
    const again = await intake.answer('/count   7', { ...who, user: 'U2' });
    assert.equal(first.title, '7');
    assert.equal(again, first, 'the very same Answer, so a renderer can keep its rendering');
    assert.deepEqual(counts, { parse: 1, run: 1 });
    assert.deepEqual(memo.stats(), { hits: 1, misses: 1 });
    assert.equal((await intake.answer('/count 8', who)).title, '8');
    assert.equal(counts.run, 2);
  });

  it('keeps the answers of two commands with the same argument apart', async () => {
    const { intake } = await setup();
    const resolution = await intake.answer('/resolution 174', who);
    const outcome = await intake.answer('/outcome 174', who);
    const count = await intake.answer('/count 174', who);
    assert.equal(resolution.command, 'resolution');
    assert.equal(outcome.command, 'outcome');
    assert.equal(count.command, 'count');
    assert.equal(await intake.answer('/resolution 174', who), resolution);
    assert.equal((await intake.answer('/outcome 174', who)).command, 'outcome');
  });

  it('recalls a line it would answer from memory, read as dispatch reads it', async () => {
    const { intake, memo, ctx } = await setup();
    assert.equal(memo.recall(ctx, '/count 5'), undefined, 'nothing asked yet');
    const answer = await intake.answer('/count 5', who);
    assert.equal(memo.recall(ctx, '/count 5'), answer);
    assert.equal(memo.recall(ctx, '  /count \u200b  5 '), answer, 'cleaned as dispatch cleans it');
    assert.equal(memo.recall(ctx, 'count 5'), answer, 'a command named without its slash');
    assert.equal(memo.recall(ctx, '/count 6'), undefined);
    assert.equal(memo.recall(ctx, '/resolution 5'), undefined, 'another command, the same argument');
    assert.equal(memo.recall(ctx, `/count 5 ${'x'.repeat(2000)}`), undefined, 'over the cap');
    assert.equal(memo.recall(ctx, ''), undefined);
    await intake.answer('/count seven', who);
    assert.equal(memo.recall(ctx, '/count seven'), undefined, 'a refusal is not kept');
  });

  it('refuses a bad argument with its message every time: a refusal is not kept', async () => {
    const { intake, counts } = await setup();
    for (let i = 0; i < 3; i++) {
      const answer = await intake.answer('/count seven', who);
      assert.equal(answer.ok, false);
      assert.match(answer.body.join(' '), /"seven" is not a number\./);
    }
    assert.equal(counts.parse, 3);
    assert.equal(counts.run, 0);
  });

  it('answers a bundled command the same from memory as when run', async () => {
    const { intake, ctx } = await setup();
    const plain = new Intake({
      contexts: new ContextHolder(ctx),
      logger: silentLogger,
      memo: new AnswerMemo({ pure: new Set() }),
    });
    for (const line of [
      '/resolution 174',
      '/ask who was elected secretary-general',
      '/help',
      '/resolution 9999',
    ]) {
      const first = await intake.answer(line, who);
      assert.equal(await intake.answer(line, who), first, line);
      assert.deepEqual(first, await plain.answer(line, who), line);
    }
  });

  it('starts empty for a reloaded corpus: a new context never gets the old context’s answers', async () => {
    const { intake, counts, contexts, ctx } = await setup();
    const before = await intake.answer('/count 3', who);
    contexts.swap(createContext(ctx.corpus, { index: ctx.index, commands: ctx.commands }));
    const after = await intake.answer('/count 3', who);
    assert.notEqual(after, before);
    assert.equal(counts.run, 2);
  });

  it('still counts every repeated line against the rate limits', async () => {
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 60_000 });
    const { intake, counts } = await setup({ limiter });
    assert.equal((await intake.answer('/count 1', who)).ok, true);
    assert.equal((await intake.answer('/count 1', who)).ok, true);
    const third = await intake.answer('/count 1', who);
    assert.match(third.body.join(' '), /faster than I can keep up with/);
    assert.equal(counts.run, 1);
  });

  it('still logs every repeated line with its own request id', async () => {
    const logs: Record<string, unknown>[] = [];
    const { intake } = await setup({
      logger: createLogger({ level: 'info', write: (l) => logs.push(JSON.parse(l)) }),
    });
    await intake.answer('/count 2', { ...who, requestId: 'aaaa0001' });
    await intake.answer('/count 2', { ...who, requestId: 'aaaa0002' });
    const requests = logs.filter((l) => l.message === 'request');
    assert.deepEqual(
      requests.map((l) => [l.requestId, l.command, l.outcome]),
      [
        ['aaaa0001', 'count', 'answered'],
        ['aaaa0002', 'count', 'answered'],
      ],
    );
  });

  it('runs a command outside its pure set every time', async () => {
    const { command, counts, base } = await setup();
    const ctx = createContext(base.corpus, { index: base.index, commands: [...base.commands, command] });
    const intake = new Intake({ contexts: new ContextHolder(ctx), logger: silentLogger });
    await intake.answer('/count 1', who);
    await intake.answer('/count 1', who);
    assert.equal(counts.run, 2, 'the default pure set is the bundled commands only');
  });

  it('does not keep a line read in a conversation: a follow-up depends on the question before', async () => {
    const { intake, counts } = await setup();
    const thread = { ...who, conversation: '1700000000.000100' };
    await intake.answer('/count 4', thread);
    await intake.answer('/count 4', thread);
    assert.equal(counts.run, 2);
  });

  it('leaves an index built on first use unbuilt until a command reads it', async () => {
    const base = await contextFor();
    let built = 0;
    const ctx = createContext(base.corpus, {
      index: () => {
        built++;
        return base.index;
      },
    });
    const memo = new AnswerMemo();
    const memoized = memo.contextFor(ctx);
    assert.equal(memo.contextFor(ctx), memoized, 'one memoized context per context');
    assert.equal(built, 0);
    assert.equal(memoized.index, base.index);
    assert.equal(built, 1);
  });
});
