import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers.ts';

/** Runs a script in a child Node with tsx, so a fatal error would end that process, not the test run. */
function runNode(script: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('close', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('installProcessGuards', () => {
  it('logs an unhandled rejection and an uncaught exception with error ids, and the process carries on', async () => {
    const { code, stderr, stdout } = await runNode(`
      import { installProcessGuards } from './src/runtime/process-guards.ts';
      import { createLogger } from './src/log.ts';
      installProcessGuards(createLogger({ level: 'error' }));
      Promise.reject(new Error('nobody caught me'));
      setTimeout(() => { throw new Error('thrown from a timer'); }, 10);
      setTimeout(() => console.log('still running'), 100);
    `);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /still running/);
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const rejection = lines.find((l) => l.message === 'unhandled rejection');
    const exception = lines.find((l) => l.message === 'uncaught exception');
    assert.match(rejection?.error.message, /nobody caught me/);
    assert.match(exception?.error.message, /thrown from a timer/);
    assert.match(rejection?.errorId, /^[0-9a-f]{8}$/);
  });

  it('without the guards the same rejection would end the process (the test can fail)', async () => {
    const { code } = await runNode(`Promise.reject(new Error('nobody caught me'));`);
    assert.notEqual(code, 0);
  });
});
