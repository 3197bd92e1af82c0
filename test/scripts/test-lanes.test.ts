import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers.ts';

/** What scripts/test-lanes.mjs exports (a plain module, so `npm test` needs no build step). */
interface Lanes {
  FAST: string[];
  QUIET: string[];
  findTests(dir: string): string[];
  isFast(file: string): boolean;
}
const LANES = new URL('../../scripts/test-lanes.mjs', import.meta.url).href;

/**
 * Imports that mean a child process, a socket, a worker or a fake server: none belongs in the quick
 * lane, whose files all run in one process per core (docs/development.md, "Two lanes").
 */
const FORBIDDEN = [
  /['"](node:)?child_process['"]/,
  /['"](node:)?(net|http|https|http2|dgram|tls)['"]/,
  /['"](node:)?worker_threads['"]/,
  /['"][./]*fakes\//,
  /\.listen\(/,
];

/** The test files and helpers a quick-lane file imports, itself included (relative imports under test/). */
async function testSources(file: string, seen = new Set<string>()): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (seen.has(file)) return out;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  out.set(file, text);
  for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), spec as string);
    if (relative(join(ROOT, 'test'), target).startsWith('..') || !existsSync(target)) continue;
    for (const [k, v] of await testSources(target, seen)) out.set(k, v);
  }
  return out;
}

describe('the test lanes (scripts/test-lanes.mjs)', () => {
  it('keep child processes, sockets, workers and the fakes out of the quick lane', async () => {
    const lanes: Lanes = await import(LANES);
    const fast = lanes.findTests(join(ROOT, 'test')).filter((f) => lanes.isFast(relative(ROOT, f)));
    assert.ok(fast.length > 30, `the quick lane has ${fast.length} files`);
    const offenders: string[] = [];
    for (const file of fast) {
      for (const [source, text] of await testSources(file)) {
        const hit = FORBIDDEN.find((re) => re.test(text));
        if (hit) offenders.push(`${relative(ROOT, file)} (via ${relative(ROOT, source)}): ${hit}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('name only files and folders that exist, and keep the evaluation out of the quick lane', async () => {
    const lanes: Lanes = await import(LANES);
    const all = lanes.findTests(join(ROOT, 'test')).map((f) => relative(ROOT, f));
    for (const prefix of [...lanes.FAST, ...lanes.QUIET])
      assert.ok(
        all.some((f) => f.startsWith(prefix)),
        `${prefix} matches no test file`,
      );
    assert.equal(lanes.isFast('test/eval/dev-set.test.ts'), false);
    assert.equal(lanes.QUIET.some(lanes.isFast), false, 'a quiet file is not in the quick lane');
  });
});
