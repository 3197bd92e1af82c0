import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers.ts';

/** Runs a program in the repository as a user would, with `input` on standard input. */
function run(
  program: string,
  args: string[],
  env: Record<string, string>,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('confbot report', () => {
  it('lists a question asked twice in the terminal chat and not answered with "count": 2, from the SQLite file npm start left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confbot-report-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'state', 'confbot.db')}` };
      const chat = await run(
        'npm',
        ['start', '--silent'],
        env,
        'What is the capital of Mars?\n/resolution 174\nwhat is the  capital of mars?\n',
      );
      assert.equal(
        chat.code,
        0,
        `npm start exited ${chat.code}; stderr: ${chat.stderr}; stdout: ${chat.stdout}`,
      );
      assert.match(chat.stdout, /Resolution 174/);
      // The binary itself, not `npx confbot`: npm's exec of the package from its own folder can run its
      // `prepare` (the dist/ build), which removed dist/ under the other tests running beside this one.
      const report = await run(process.execPath, [join(ROOT, 'bin', 'confbot.js'), 'report', '--json'], env);
      assert.equal(report.code, 0, report.stderr);
      const json = JSON.parse(report.stdout) as {
        declined: { question: string; count: number; lastAsked: string; nearest: unknown }[];
        downvoted: unknown[];
        days: { answered: number; declined: number; answerRate: number }[];
      };
      assert.equal(json.declined.length, 1);
      assert.equal(json.declined[0]?.count, 2);
      assert.match(json.declined[0]?.question ?? '', /^what is the capital of mars\?$/i);
      assert.match(json.declined[0]?.lastAsked ?? '', /^\d{4}-\d\d-\d\dT/);
      assert.ok('nearest' in (json.declined[0] ?? {}));
      assert.deepEqual(json.downvoted, []);
      assert.deepEqual(
        json.days.map((d) => [d.answered, d.declined, d.answerRate]),
        [[0, 2, 0]],
        '/resolution is a lookup, not a question: only the two questions count',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad --days with a usage message and exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confbot-report-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'confbot.db')}` };
      const bad = await run(
        process.execPath,
        [join(ROOT, 'bin', 'confbot.js'), 'report', '--days', 'x'],
        env,
      );
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--days needs a whole number/);
      const text = await run(
        process.execPath,
        [join(ROOT, 'bin', 'confbot.js'), 'report', '--days', '7'],
        env,
      );
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /the last 7 day\(s\)[\s\S]*Asked and not answered:\n {2}\(none\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
