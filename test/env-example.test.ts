import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

/** Every key the configuration reads: `get('KEY')` in config.ts, schema keys in config-ops.ts. */
async function keysRead(): Promise<string[]> {
  const config = await readFile(join(ROOT, 'src', 'config.ts'), 'utf8');
  const ops = await readFile(join(ROOT, 'src', 'config-ops.ts'), 'utf8');
  const store = await readFile(join(ROOT, 'src', 'config-store.ts'), 'utf8');
  const schema =
    ops.slice(ops.indexOf('const OPS_SCHEMA'), ops.indexOf('});', ops.indexOf('const OPS_SCHEMA'))) +
    store.slice(
      store.indexOf('const STORE_SCHEMA'),
      store.indexOf('\n});', store.indexOf('const STORE_SCHEMA')),
    );
  return [
    ...new Set([
      ...[...config.matchAll(/get\('([A-Z_]+)'\)/g)].map((m) => m[1] as string),
      ...[...schema.matchAll(/^\s+([A-Z_]+):/gm)].map((m) => m[1] as string),
    ]),
  ].sort();
}

describe('configuration documentation', () => {
  it('has every key read in .env.example under a comment, and in the README', async () => {
    const keys = await keysRead();
    assert.ok(keys.includes('RATE_LIMIT_USER') && keys.includes('SLACK_BOT_TOKEN'), keys.join(', '));
    const example = (await readFile(join(ROOT, '.env.example'), 'utf8')).split('\n');
    // Documented in the README or in a page of docs/.
    const readme = [
      await readFile(join(ROOT, 'README.md'), 'utf8'),
      ...(await Promise.all(
        (await readdir(join(ROOT, 'docs'))).map((f) => readFile(join(ROOT, 'docs', f), 'utf8')),
      )),
    ].join('\n');
    for (const key of keys) {
      const at = example.findIndex((l) => new RegExp(`^#?\\s*${key}=`).test(l));
      assert.ok(at >= 0, `${key} is in .env.example`);
      const above = example.slice(0, at).reverse();
      const firstNonKey = above.find((l) => !/^#?\s*[A-Z_]+=/.test(l));
      assert.match(firstNonKey ?? '', /^#/, `${key} has a comment above it`);
      assert.ok(readme.includes(`\`${key}\``), `${key} is in the README or docs/`);
    }
  });
});
