import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CpuBudget } from '../../src/adapters/cpu-budget.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';

/** Spins the main thread for `ms` of CPU time. */
function burn(ms: number): void {
  const start = process.cpuUsage();
  while (process.cpuUsage(start).user < ms * 1000);
}

describe('CpuBudget: what a request cost, and the charge for going over', () => {
  it('counts a request that took less wall time than the budget as within it, without reading the CPU again', () => {
    const budget = new CpuBudget(1000, silentLogger);
    const mark = budget.start();
    burn(20);
    assert.equal(budget.spent(mark), 0);
  });

  it('gives the CPU time of a request that took longer than the budget', () => {
    const budget = new CpuBudget(5, silentLogger);
    const mark = budget.start();
    burn(30);
    const spent = budget.spent(mark);
    assert.ok(spent >= 30 && spent < 1000, `${spent} ms`);
  });

  it('charges the excess to the sender as that many requests, and logs it', () => {
    const logs: Record<string, unknown>[] = [];
    const budget = new CpuBudget(10, createLogger({ level: 'warn', write: (l) => logs.push(JSON.parse(l)) }));
    const limiter = new RateLimiter({ perUser: 5, perChannel: 0, windowMs: 60_000 });
    const who = { platform: 'test', user: 'U1' };
    budget.charge(9, who, limiter, 'ask');
    assert.equal(logs.length, 0, 'within the budget: nothing charged');
    budget.charge(35, who, limiter, 'ask');
    assert.equal(logs[0]?.charged, 3);
    assert.equal(limiter.take(who).allowed, true);
    assert.equal(limiter.take(who).allowed, true);
    assert.equal(limiter.take(who).allowed, false, 'three of five already charged');
  });
});
