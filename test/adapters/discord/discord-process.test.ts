import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ADMIN_COMMANDS } from '../../../src/registry/admin-commands.ts';
import { COMMANDS, MESSAGE_ACTIONS } from '../../../src/registry/registry.ts';
import { APP_ID, FakeDiscord } from '../../fakes/fake-discord.ts';
import { ROOT } from '../../helpers.ts';

const BIN = join(ROOT, 'bin', 'confbot.js');

function run(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'confbot-')), // its own data/confbot.db
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
  });
}

describe('npm start and discord-register with Discord settings', () => {
  it('logs into a fake Discord, answers a command, and stops cleanly on SIGTERM', async () => {
    const fake = await new FakeDiscord().start();
    // PORT 0: the health server takes any free port, so parallel runs never clash on 3000.
    const child = run([], {
      DISCORD_TOKEN: 'x',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await fake.ready(15_000);
      const payload = fake.chatInput('resolution', { number: '174' });
      fake.sendInteraction(payload);
      const call = await fake.waitFor(
        (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
        10_000,
      );
      assert.match(JSON.stringify(call.body), /Resolution 174/);
    } finally {
      const stopping = Date.now();
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      assert.ok(Date.now() - stopping < 10_000, 'stopped within 10 s');
      await fake.stop();
    }
  });

  it('discord-register --dry-run prints the bulk-overwrite request without sending it', async () => {
    const child = run(['discord-register', '--guild', '42', '--dry-run', '--app', '7'], {});
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 0);
    const plan = JSON.parse(stdout);
    assert.equal(plan.route, '/applications/7/guilds/42/commands');
    assert.ok(plan.body.some((c: { name: string }) => c.name === 'resolution'));
  });

  it('discord-register sends the commands to the fake with the token', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const child = run(['discord-register', '--global'], {
        DISCORD_TOKEN: 'x',
        DISCORD_APP_ID: APP_ID,
        DISCORD_API_URL: fake.apiUrl,
      });
      let stdout = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      assert.equal(await new Promise<number | null>((resolve) => child.on('exit', resolve)), 0);
      // Every slash command, every message command and the admin commands, in one bulk overwrite.
      const count = COMMANDS.length + MESSAGE_ACTIONS.length + ADMIN_COMMANDS.length;
      assert.match(stdout, new RegExp(`registered ${count} commands at /applications/\\d+/commands`));
      const put = await fake.waitFor((c) => c.route === 'commands.global');
      assert.equal(put.headers.authorization, 'Bot x');
    } finally {
      await fake.stop();
    }
  });
});
