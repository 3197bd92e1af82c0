import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

/** Runs scripts/import-cycles.mjs with `args` from the repository root. */
function check(...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['scripts/import-cycles.mjs', ...args], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('scripts/import-cycles.mjs', () => {
  it('finds no folder-level import cycle in src/ and commands/', () => {
    const { status, out } = check();
    assert.equal(status, 0, out);
  });

  it('fails and names both folders when two folders import each other, a dynamic import included', () => {
    const { status, out } = check('test/fixtures/import-cycles/cyclic');
    assert.equal(status, 1, out);
    assert.match(
      out,
      /test\/fixtures\/import-cycles\/cyclic\/a <-> test\/fixtures\/import-cycles\/cyclic\/b/,
    );
  });

  it('passes one-way imports and ignores an import written in a comment', () => {
    const { status, out } = check('test/fixtures/import-cycles/acyclic');
    assert.equal(status, 0, out);
    assert.match(out, /No folder-level import cycle/);
  });
});
