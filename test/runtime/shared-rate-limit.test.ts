import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SharedRateLimiter } from '../../src/runtime/shared-rate-limit.ts';
import { openStore } from '../../src/store/open-store.ts';

describe('shared rate limiter (kept in the database)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-shared-limit-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'confbot.db') });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('charges a costly request as several, against the user and the channel, as the per-process one does', async () => {
    const limiter = new SharedRateLimiter(store, { perUser: 5, perChannel: 8, windowMs: 60_000 });
    const key = { platform: 'slack', user: 'UCOST', channel: 'CCOST' };
    assert.equal((await limiter.take(key)).allowed, true);
    await limiter.charge(key, 3);
    assert.equal((await limiter.take(key)).allowed, true, 'the fifth use of five');
    const refused = await limiter.take(key);
    assert.equal(refused.allowed, false);
    assert.equal(refused.allowed === false && refused.scope, 'user');
    // The channel was charged too: 5 of its 8 are spent, so three other users get one each.
    for (const user of ['UA', 'UB', 'UC'])
      assert.equal((await limiter.take({ platform: 'slack', user, channel: 'CCOST' })).allowed, true);
    const channelFull = await limiter.take({ platform: 'slack', user: 'UD', channel: 'CCOST' });
    assert.equal(channelFull.allowed === false && channelFull.scope, 'channel');
  });

  it('stops charging once a window is spent, and ignores a charge of nothing', async () => {
    const limiter = new SharedRateLimiter(store, { perUser: 2, perChannel: 0, windowMs: 60_000 });
    const key = { platform: 'discord', user: 'UBIG' };
    await limiter.charge(key, 0);
    assert.equal((await limiter.take(key)).allowed, true, 'nothing was charged');
    await limiter.charge(key, 1_000_000);
    assert.equal((await limiter.take(key)).allowed, false);
  });
});
