import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { startPlatforms } from '../../src/main.ts';
import { APP_ID, FakeDiscord } from '../fakes/fake-discord.ts';
import { contextFor, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'confbot.js');

/** A port free right now on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startBin(env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN], {
    cwd: mkdtempSync(join(tmpdir(), 'confbot-')), // its own data/confbot.db
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', CORPUS_WATCH: 'false', ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

/** The exit code, or 'still running' after `ms`. */
function within<T>(p: Promise<T>, ms: number): Promise<T | 'still running'> {
  return Promise.race([
    p,
    new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms).unref()),
  ]);
}

describe('the process, hardened (issue 14)', () => {
  it('keeps answering and stops on SIGTERM after its log pipe is closed (EPIPE), instead of looping', async () => {
    const fake = await new FakeDiscord().start();
    const port = await freePort();
    const { child, exited } = startBin({
      DISCORD_TOKEN: 'x',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'debug',
    });
    try {
      await fake.ready(15_000);
      // The log reader goes away, like `confbot 2>&1 | head -n 1`: every later write to stderr fails.
      child.stderr.destroy();
      for (const number of ['174', '7', '101']) {
        const payload = fake.chatInput('resolution', { number });
        fake.sendInteraction(payload);
        const call = await fake.waitFor(
          (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
          10_000,
        );
        assert.equal(call.status < 300, true);
      }
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200);
      child.kill('SIGTERM');
      assert.equal(await within(exited, 12_000), 0, 'SIGTERM ended the process');
    } finally {
      child.kill('SIGKILL');
      await fake.stop();
    }
  });

  it('fails /healthz with the reason once Discord closes the gateway with 4004', async () => {
    const fake = await new FakeDiscord().start();
    const config = readConfig({
      DISCORD_TOKEN: 'x',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      CORPUS_WATCH: 'false',
    });
    const bot = await startPlatforms(config, createLogger({ level: 'silent' }), await contextFor());
    try {
      const url = `http://127.0.0.1:${bot.healthPort}/healthz`;
      assert.equal((await fetch(url)).status, 200);
      await fake.closeSocket(4004);
      const reason = await within(bot.failure, 5000);
      assert.match(String(reason), /discord: .*4004.*DISCORD_TOKEN/);
      const res = await fetch(url);
      assert.equal(res.status, 503);
      assert.match(await res.text(), /4004/);
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });

  it('exits non-zero after logging why, when Discord closes the gateway with 4004', async () => {
    const fake = await new FakeDiscord().start();
    const { child, exited } = startBin({
      DISCORD_TOKEN: 'x',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'error',
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      await fake.ready(15_000);
      await fake.closeSocket(4004);
      assert.equal(await within(exited, 15_000), 1, stderr);
      assert.match(stderr, /"message":"a platform failed for good/);
      assert.match(stderr, /^confbot: discord: the Discord gateway closed with code 4004 .*DISCORD_TOKEN$/m);
    } finally {
      child.kill('SIGKILL');
      await fake.stop();
    }
  });
});
