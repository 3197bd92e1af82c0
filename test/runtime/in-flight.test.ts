import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentLogger } from '../../src/log.ts';
import { InFlight } from '../../src/runtime/in-flight.ts';
import { shutdown } from '../../src/runtime/shutdown.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('InFlight and shutdown', () => {
  it('counts work in progress, drains it, and refuses new work once draining', async () => {
    const inflight = new InFlight();
    const work = inflight.run(async () => {
      await sleep(100);
      return 'done';
    });
    assert.equal(inflight.size, 1);
    const drained = inflight.drain(5_000);
    assert.equal(await inflight.run(async () => 'late'), undefined, 'refused');
    assert.equal(await work, 'done');
    assert.equal(await drained, true);
    assert.equal(inflight.size, 0);
  });

  it('gives up draining after the timeout, and still counts a failed job out', async () => {
    const inflight = new InFlight();
    await assert.rejects(inflight.run(async () => Promise.reject(new Error('x'))));
    assert.equal(inflight.size, 0);
    void inflight.run(() => sleep(1_000));
    assert.equal(await inflight.drain(50), false);
  });

  it('closes intake first, the rest after the drain, and ends within its time even if a close hangs', async () => {
    const inflight = new InFlight();
    const order: string[] = [];
    void inflight.run(async () => {
      await sleep(100);
      order.push('answer finished');
    });
    const started = Date.now();
    const done = await shutdown({
      inflight,
      logger: silentLogger,
      timeoutMs: 2_500,
      closables: [
        { name: 'socket', stop: () => void order.push('socket closed') },
        { name: 'http', stopsIntake: true, stop: () => void order.push('intake closed') },
        { name: 'stuck', stop: () => new Promise<void>(() => {}) },
      ],
    });
    assert.deepEqual(order, ['intake closed', 'answer finished', 'socket closed']);
    assert.equal(done, false, 'the stuck close is reported');
    assert.ok(Date.now() - started < 3_000);
  });
});
