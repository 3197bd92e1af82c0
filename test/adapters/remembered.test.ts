import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerMemo } from '../../src/adapters/answer-memo.ts';
import { Intake } from '../../src/adapters/intake.ts';
import type { OutcomeEvent } from '../../src/commands/dispatch.ts';
import { createLogger } from '../../src/log.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';
import { contextFor } from '../helpers.ts';

/** An intake over the bundled corpus that keeps every log line and outcome it reports. */
async function recording(options: Partial<ConstructorParameters<typeof Intake>[0]> = {}) {
  const logs: Record<string, unknown>[] = [];
  const outcomes: OutcomeEvent[] = [];
  const memo = new AnswerMemo();
  const intake = new Intake({
    contexts: new ContextHolder(await contextFor()),
    logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)), logQueries: true }),
    memo,
    ...options,
  });
  const ask = (line: string, requestId: string) =>
    intake.answer(line, { platform: 'slack', user: 'U1', channel: 'C1', requestId }, undefined, (e) => {
      outcomes.push(e);
    });
  return { intake, memo, logs, outcomes, ask };
}

/** A log line without what differs between two requests by nature: the time, the id, the latency. */
const comparable = ({ time: _t, requestId: _r, ms: _m, ...rest }: Record<string, unknown>) => rest;

describe('A remembered answer goes through the same gate as a computed one', () => {
  it('logs the same request line and reports the same outcome as the first, computed answer', async () => {
    for (const line of [
      '/resolution 174',
      '/resolution 9999',
      '/help',
      '/ask who was elected secretary-general',
    ]) {
      const { memo, logs, outcomes, ask } = await recording();
      const first = await ask(line, 'req00001');
      const second = await ask(line, 'req00002');
      assert.equal(second, first, line);
      assert.equal(memo.stats().hits, 1, `${line}: the second came from memory`);
      const requests = logs.filter((l) => l.message === 'request');
      assert.equal(requests.length, 2, line);
      assert.deepEqual(Object.keys(requests[1] ?? {}), Object.keys(requests[0] ?? {}), line);
      assert.deepEqual(comparable(requests[1] ?? {}), comparable(requests[0] ?? {}), line);
      assert.deepEqual(
        requests.map((r) => r.requestId),
        ['req00001', 'req00002'],
      );
      assert.deepEqual(outcomes[1], {
        ...outcomes[0],
        requester: { ...outcomes[0]?.requester, requestId: 'req00002' },
      });
    }
  });

  it('refuses a remembered line over the rate limit exactly as a computed one', async () => {
    const limits = () => new RateLimiter({ perUser: 1, perChannel: 0, windowMs: 60_000 });
    // The memo warmed by another user, so the limited user's second line would come from memory.
    const warm = await recording({ limiter: limits() });
    await warm.intake.answer('/resolution 174', { platform: 'slack', user: 'U0', channel: 'C1' });
    await warm.ask('/resolution 174', 'req00001');
    const refusedFromMemory = await warm.ask('/resolution 174', 'req00002');
    // No memo hit possible: a line never answered, for the same user over the same limit.
    const cold = await recording({ limiter: limits() });
    await cold.ask('/resolution 130', 'req00001');
    const refusedComputed = await cold.ask('/resolution 174', 'req00002');
    assert.deepEqual(refusedFromMemory, refusedComputed);
    assert.match(refusedFromMemory.body.join(' '), /faster than I can keep up with/);
    const last = (logs: Record<string, unknown>[]) =>
      comparable(logs.filter((l) => l.message === 'request').at(-1) ?? {});
    assert.deepEqual(last(warm.logs), last(cold.logs));
    assert.equal(warm.outcomes.at(-1)?.outcome, 'rate-limited');
  });

  it('logs a failing outcome hook with an error id and still answers, as dispatch does', async () => {
    const logs: Record<string, unknown>[] = [];
    const intake = new Intake({
      contexts: new ContextHolder(await contextFor()),
      logger: createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) }),
    });
    const hook = () => {
      throw new Error('store down');
    };
    const who = { platform: 'slack', user: 'U1', channel: 'C1' };
    const first = await intake.answer('/resolution 174', who, undefined, hook);
    const second = await intake.answer('/resolution 174', who, undefined, hook);
    assert.equal(second, first);
    const failures = logs.filter((l) => l.message === 'recording the outcome failed');
    assert.equal(failures.length, 2);
    assert.deepEqual(Object.keys(failures[1] ?? {}), Object.keys(failures[0] ?? {}));
    assert.match(String(failures[1]?.errorId), /^[0-9a-f]{8}$/);
  });
});
