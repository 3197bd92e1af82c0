import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFlags } from '../../src/cli/flags.ts';

const SPEC = {
  options: { json: { type: 'boolean' as const }, seed: { type: 'string' as const } },
  maxPositionals: 1,
  needs: { seed: '--seed needs a folder' },
  unknown: (arg: string) => `unknown option "${arg}"`,
};

describe('parseFlags', () => {
  it('reads boolean and string flags in any order around the positional', () => {
    const parsed = parseFlags(['--seed', 'dir', 'file', '--json'], SPEC);
    assert.ok(typeof parsed !== 'string');
    assert.deepEqual({ ...parsed.values }, { seed: 'dir', json: true });
    assert.deepEqual(parsed.positionals, ['file']);
  });

  it("says what a string flag needs, in the CLI's wording, when its value is missing or looks like a flag", () => {
    assert.equal(parseFlags(['--seed'], SPEC), '--seed needs a folder');
    assert.equal(parseFlags(['--seed', '--json'], SPEC), '--seed needs a folder');
  });

  it('names an unknown flag, long or short, and a positional too many', () => {
    assert.equal(parseFlags(['--jsno'], SPEC), 'unknown option "--jsno"');
    assert.equal(parseFlags(['-x'], SPEC), 'unknown option "-x"');
    assert.equal(parseFlags(['a', 'b'], SPEC), 'unknown option "b"');
  });

  it('takes everything after -- as positionals, dashes included', () => {
    const parsed = parseFlags(['--', '-5'], SPEC);
    assert.ok(typeof parsed !== 'string');
    assert.deepEqual(parsed.positionals, ['-5']);
  });
});
