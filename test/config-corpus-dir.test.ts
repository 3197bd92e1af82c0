import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

function confbot(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'confbot.js'), ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'confbot-')), // its own data/confbot.db
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('a bad CORPUS_DIR', () => {
  it('stops start-up with one line naming CORPUS_DIR, no raw ENOENT and no stack', async () => {
    for (const args of [['query', '/facts'], ['chat']]) {
      const { code, stderr } = await confbot(args, { CORPUS_DIR: 'no-such-corpus-folder' });
      assert.equal(code, 1);
      assert.match(
        stderr,
        /^confbot: CORPUS_DIR must be a corpus folder: .*no-such-corpus-folder does not exist\n$/,
      );
      assert.doesNotMatch(stderr, /ENOENT|\bat /);
    }
  });
});
