import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers.ts';

const SCRIPT = join(ROOT, 'scripts', 'seed-overlap.py');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'seed-overlap');

/** Runs scripts/seed-overlap.py with python3 on the fixture seed and corpus. */
function overlap(n: number): { lines: string[]; status: number | null } {
  const run = spawnSync('python3', [SCRIPT, String(n), join(FIXTURE, 'seed.txt'), join(FIXTURE, 'corpus')], {
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, 'python3 must be installed');
  assert.equal(run.stderr, '');
  return { lines: run.stdout.trimEnd().split('\n'), status: run.status };
}

describe('scripts/seed-overlap.py', () => {
  it('finds a copied run across a curly apostrophe in the seed and a straight one in the corpus', () => {
    const { lines, status } = overlap(9);
    assert.equal(status, 0);
    const line5 = lines.find((l) => l.includes('cable-tax.md:5 '));
    // 20 words: the whole sentence, "sponsor's" included. Without the normalising it stopped at the apostrophe (15).
    assert.match(
      line5 ?? '',
      /^ 20 .*\| in the end the sponsor's proposal on the cable landing tax was withdrawn/,
    );
  });

  it('reads a dash as a break in both texts, and leaves lines that share only a few words', () => {
    const { lines } = overlap(9);
    assert.ok(lines.some((l) => /cable-tax\.md:6 \| the assembly after a long and bitter debate/.test(l)));
    assert.ok(!lines.some((l) => l.includes('cable-tax.md:7 ')));
    assert.equal(lines.at(-1)?.startsWith('2 line(s) share 9+ words'), true);
  });
});
