import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { ROOT } from '../../helpers.ts';

/** A free port on loopback, for a child process that cannot report the one it bound. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('npm start with Slack settings', () => {
  it('starts an HTTP bot that a signed request can use, ready on /readyz, and stops cleanly on SIGTERM within 10 s', async () => {
    const fake = await new FakeSlack().start();
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'confbot.js')], {
      cwd: mkdtempSync(join(tmpdir(), 'confbot-')), // its own data/confbot.db
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_SIGNING_SECRET: 'sekrit',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}/slack/events`;
      const body = new URLSearchParams({
        command: '/resolution',
        text: '174',
        user_id: 'U1',
        channel_id: 'C1',
        team_id: 'T1',
        response_url: fake.responseUrl(),
        trigger_id: `t-${Math.random()}`,
      }).toString();
      let res: Awaited<ReturnType<typeof postToBot>> | undefined;
      for (let i = 0; i < 100 && !res; i++) {
        res = await postToBot(url, body, { secret: 'sekrit' }).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(res, `the bot never listened on ${port}: ${stderr}`);
      assert.equal(res.status, 200);
      assert.match(res.body, /Resolution 174/);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      assert.equal(ready.status, 200, 'ready: corpus loaded, Slack listening');
    } finally {
      const stopping = Date.now();
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      assert.ok(Date.now() - stopping < 10_000, 'stopped within 10 s');
      await fake.stop();
    }
  });

  it('in Socket Mode connects, and exits cleanly within 10 s of SIGTERM', async () => {
    const fake = await new FakeSlack().start();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'confbot.js')], {
      cwd: mkdtempSync(join(tmpdir(), 'confbot-')), // its own data/confbot.db
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_APP_TOKEN: 'xapp-test',
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await fake.connected();
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      const stopping = Date.now();
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      assert.ok(Date.now() - stopping < 10_000, `stopped in ${Date.now() - stopping} ms`);
      await fake.stop();
    }
  });
});
