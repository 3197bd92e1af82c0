import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { startPlatforms } from '../src/main.ts';
import { APP_ID, FakeDiscord } from './fakes/fake-discord.ts';
import { contextFor } from './helpers.ts';

describe('startPlatforms', () => {
  it('serves /healthz, and /readyz that turns 503 when a platform is lost for good, then stops cleanly', async () => {
    const fake = await new FakeDiscord().start();
    const config = readConfig({
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      CORPUS_WATCH: 'false',
    });
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger({ write: (l) => logs.push(JSON.parse(l)) });
    const bot = await startPlatforms(config, logger, await contextFor());
    try {
      const base = `http://127.0.0.1:${bot.healthPort}`;
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), {
        status: 'ready',
        checks: { corpus: true, discord: true, accepting: true },
      });
      await fake.closeSocket(4004);
      let status = 200;
      for (let i = 0; i < 40 && status === 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await fetch(`${base}/readyz`)).status;
      }
      assert.equal(status, 503);
      // Lost for good (issue 14): liveness fails too, so a supervisor restarts the process.
      assert.equal((await fetch(`${base}/healthz`)).status, 503, 'a platform lost for good fails liveness');
      assert.equal((await fetch(`${base}/nope`)).status, 404);
    } finally {
      const started = Date.now();
      assert.equal(await bot.stop(), true);
      assert.ok(Date.now() - started < 10_000);
      await fake.stop();
    }
    assert.ok(logs.some((l) => l.message === 'stopped'));
  });
});
