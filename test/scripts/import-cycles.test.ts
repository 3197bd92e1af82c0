import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

/** Runs scripts/import-cycles.mjs with `args` from the repository root. */
function check(...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['scripts/import-cycles.mjs', ...args], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

// The one cycle left runs through src/corpus/snapshot.ts (an index cache that imports src/search);
// it is being moved out of src/corpus on another branch. Delete this allowance when that lands.
const KNOWN = ['--allow', 'src/corpus <-> src/search'];

describe('scripts/import-cycles.mjs', () => {
  it('finds no folder-level import cycle in src/ and commands/ beyond the known one', () => {
    const { status, out } = check(...KNOWN);
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
