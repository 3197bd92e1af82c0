import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

/** Every key the configuration reads: the keys of the one schema in config.ts. */
async function keysRead(): Promise<string[]> {
  const { CONFIG_KEYS } = await import('../src/config.ts');
  return [...CONFIG_KEYS].sort();
}

/** The README and every page under docs/, where a key may be documented. */
async function documentation(): Promise<string> {
  const pages = await readdir(join(ROOT, 'docs')).catch(() => [] as string[]);
  const texts = await Promise.all(
    pages.filter((p) => p.endsWith('.md')).map((p) => readFile(join(ROOT, 'docs', p), 'utf8')),
  );
  return [await readFile(join(ROOT, 'README.md'), 'utf8'), ...texts].join('\n');
}

describe('configuration documentation', () => {
  it('has every key read in .env.example under a comment, and in the README or a docs/ page', async () => {
    const keys = await keysRead();
    assert.ok(
      keys.includes('RATE_LIMIT_USER') && keys.includes('SLACK_BOT_TOKEN') && keys.includes('DATABASE_URL'),
      keys.join(', '),
    );
    const example = (await readFile(join(ROOT, '.env.example'), 'utf8')).split('\n');
    const readme = await documentation();
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
