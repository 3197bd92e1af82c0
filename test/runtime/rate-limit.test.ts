import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from '../../src/runtime/rate-limit.ts';

describe('RateLimiter', () => {
  it('allows a user their limit per window, then says how long until the window ends', () => {
    let now = 1_000;
    const limiter = new RateLimiter({ perUser: 2, perChannel: 0, windowMs: 10_000, now: () => now });
    const key = { platform: 'slack', user: 'U1', channel: 'C1' };
    assert.deepEqual(limiter.take(key), { allowed: true });
    assert.deepEqual(limiter.take(key), { allowed: true });
    now += 4_000;
    assert.deepEqual(limiter.take(key), { allowed: false, scope: 'user', retryAfterMs: 6_000 });
    assert.deepEqual(limiter.take({ ...key, user: 'U2' }), { allowed: true }, 'another user is not held up');
    now += 6_000;
    assert.deepEqual(limiter.take(key), { allowed: true }, 'a new window');
  });

  it('limits a channel whoever asks, and keeps platforms apart', () => {
    const limiter = new RateLimiter({ perUser: 0, perChannel: 2, windowMs: 60_000, now: () => 0 });
    assert.equal(limiter.take({ platform: 'slack', user: 'A', channel: 'C' }).allowed, true);
    assert.equal(limiter.take({ platform: 'slack', user: 'B', channel: 'C' }).allowed, true);
    assert.deepEqual(limiter.take({ platform: 'slack', user: 'D', channel: 'C' }), {
      allowed: false,
      scope: 'channel',
      retryAfterMs: 60_000,
    });
    assert.equal(limiter.take({ platform: 'discord', user: 'A', channel: 'C' }).allowed, true);
  });

  it('does not count a refused request against the other limit', () => {
    const limiter = new RateLimiter({ perUser: 1, perChannel: 2, windowMs: 60_000, now: () => 0 });
    assert.equal(limiter.take({ platform: 'p', user: 'A', channel: 'C' }).allowed, true);
    assert.equal(limiter.take({ platform: 'p', user: 'A', channel: 'C' }).allowed, false);
    assert.equal(
      limiter.take({ platform: 'p', user: 'B', channel: 'C' }).allowed,
      true,
      'the channel had room',
    );
  });

  it('turns a limit off with 0 and remembers at most its capacity of keys', () => {
    const off = new RateLimiter({ perUser: 0, perChannel: 0, windowMs: 1_000 });
    for (let i = 0; i < 100; i++)
      assert.equal(off.take({ platform: 'p', user: 'A', channel: 'C' }).allowed, true);
    const small = new RateLimiter({
      perUser: 1,
      perChannel: 0,
      windowMs: 60_000,
      capacity: 10,
      now: () => 0,
    });
    for (let i = 0; i < 1_000; i++) small.take({ platform: 'p', user: `U${i}` });
    assert.ok((small as unknown as { windows: { size: number } }).windows.size <= 10);
  });
});
