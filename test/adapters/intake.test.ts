import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Intake, MAX_AUTOCOMPLETE_CHARS } from '../../src/adapters/intake.ts';
import { makeAnswer } from '../../src/answer.ts';
import { type CommandDefinition, defineCommand } from '../../src/commands/types.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { createContext } from '../../src/registry/registry.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';
import { contextFor } from '../helpers.ts';

const who = { platform: 'test', user: 'U1', channel: 'C1' };

/** A command that burns `ms` of main-thread time, like the costliest search. */
const busy = (ms: number) =>
  defineCommand({
    name: 'busy',
    description: 'burns CPU',
    usage: '/busy',
    examples: ['/busy'],
    parse: () => ({}),
    run: () => {
      // CPU time, not wall time: on a busy host a wall-clock loop may get little of the CPU.
      const start = process.cpuUsage();
      while (process.cpuUsage(start).user < ms * 1000);
      return makeAnswer({ ok: true, command: 'busy', title: 'done', body: [] });
    },
    complete: (partial) => {
      if (partial === 'throw') throw new RangeError('completion broke');
      return [{ name: partial, value: partial }];
    },
  });

async function intakeWith(
  extra: CommandDefinition[],
  options: Partial<ConstructorParameters<typeof Intake>[0]> = {},
) {
  const base = await contextFor();
  const ctx = createContext(base.corpus, { index: base.index, commands: [...base.commands, ...extra] });
  return new Intake({ contexts: new ContextHolder(ctx), logger: silentLogger, ...options });
}

describe('Intake: the one gate of every entry point', () => {
  it('refuses raw text far over the cap by its length, before the platform markup is even read', async () => {
    const intake = await intakeWith([]);
    let prepared = 0;
    const started = performance.now();
    const answer = await intake.answer('<@U1|x> '.repeat(200_000), who, (raw) => {
      prepared++;
      return raw;
    });
    const ms = performance.now() - started;
    assert.equal(prepared, 0);
    assert.equal(answer.ok, false);
    assert.match(answer.body.join(' '), /1,600,000 characters long; please keep it under 1,000/);
    assert.ok(ms < 100, `${ms} ms`);
  });

  it('applies the configured cap (INPUT_MAX_CHARS) to the cleaned text, with the same wording', async () => {
    const intake = await intakeWith([], { maxInputChars: 20 });
    const answer = await intake.answer('/resolution 174 and then some more words', who);
    assert.match(answer.body.join(' '), /please keep it under 20\./);
    assert.equal((await intake.answer('/resolution 174', who)).ok, true);
  });

  it('offers no suggestions for a value over the autocomplete cap, and strips format characters from the rest', async () => {
    const intake = await intakeWith([busy(0)]);
    assert.deepEqual(intake.complete('busy', 'x'.repeat(MAX_AUTOCOMPLETE_CHARS + 1), who), []);
    assert.deepEqual(intake.complete('busy', 'a\u061cb\u00adc\u200dd', who), [
      { name: 'abcd', value: 'abcd' },
    ]);
    assert.deepEqual(intake.complete('busy', 42, who), [{ name: '42', value: '42' }]);
    assert.deepEqual(intake.complete('nosuchcommand', 'x', who), []);
  });

  it('offers nothing, and logs an error id, when a completion throws', async () => {
    const logs: Record<string, unknown>[] = [];
    const intake = await intakeWith([busy(0)], {
      logger: createLogger({ level: 'error', write: (l) => logs.push(JSON.parse(l)) }),
    });
    assert.deepEqual(intake.complete('busy', 'throw', who), []);
    assert.equal(logs[0]?.message, 'autocomplete failed');
    assert.match(String(logs[0]?.errorId), /^[0-9a-f]{8}$/);
  });

  it('limits autocomplete per user', async () => {
    const intake = await intakeWith([busy(0)], {
      autocompleteLimiter: new RateLimiter({ perUser: 3, perChannel: 0, windowMs: 10_000 }),
    });
    const counts = Array.from({ length: 5 }, () => intake.complete('busy', 'x', who).length);
    assert.deepEqual(counts, [1, 1, 1, 0, 0]);
    assert.equal(intake.complete('busy', 'x', { ...who, user: 'U2' }).length, 1);
  });

  it('charges a request over the CPU budget as that many requests, so costly inputs spend the allowance', async () => {
    const logs: Record<string, unknown>[] = [];
    const limiter = new RateLimiter({ perUser: 5, perChannel: 0, windowMs: 60_000 });
    const intake = await intakeWith([busy(30)], {
      limiter,
      cpuBudgetMs: 5,
      logger: createLogger({ level: 'warn', write: (l) => logs.push(JSON.parse(l)) }),
    });
    assert.equal((await intake.answer('/busy', who)).ok, true);
    const second = await intake.answer('/busy', who);
    assert.match(second.body.join(' '), /faster than I can keep up with/);
    const warning = logs.find((l) => l.message === 'request over CPU budget');
    assert.equal(warning?.command, 'busy');
    assert.ok(Number(warning?.charged) >= 5);
    assert.equal((await intake.answer('/busy', { ...who, user: 'U2' })).ok, true, 'others are not charged');
  });

  it('keeps the costliest accepted autocomplete within a few milliseconds (measured)', async () => {
    const base = await contextFor();
    const intake = new Intake({ contexts: new ContextHolder(base), logger: silentLogger });
    const junk = 'qzxv bnmw '.repeat(10).slice(0, MAX_AUTOCOMPLETE_CHARS);
    const costs: Record<string, number> = {};
    for (const command of base.commands.filter((c) => c.complete)) {
      intake.complete(command.name, junk, who);
      const started = performance.now();
      intake.complete(command.name, junk, who);
      costs[command.name] = Math.round((performance.now() - started) * 10) / 10;
      // 10,000 characters cost 470-490 ms before the cap; 100 cost about 6 ms on 2 shared cores.
      const tooLong = performance.now();
      intake.complete(command.name, 'qzxv bnmw '.repeat(1000), who);
      assert.ok(performance.now() - tooLong < 5, 'a value over the cap costs nothing');
    }
    console.log(`autocomplete, ${MAX_AUTOCOMPLETE_CHARS} junk characters: ${JSON.stringify(costs)} ms`);
    for (const [name, ms] of Object.entries(costs)) assert.ok(ms < 60, `${name}: ${ms} ms`);
  });
});
