import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { checkAgainstReference, normalizeUrl } from '../../src/corpus/reference-check.ts';
import { corpusWith, MINI_CORPUS, ROOT } from '../helpers.ts';

const MINI_REFERENCE = join(ROOT, 'test', 'fixtures', 'mini-reference.md');
const PP14_REFERENCE = join(ROOT, '..', 'shared', 'reference', 'pp14-facts.md');

describe('checkAgainstReference', () => {
  it('accepts source URLs the reference lists, whatever the scheme, www or trailing slash', async () => {
    assert.deepEqual(await checkAgainstReference(await loadCorpusOrThrow(MINI_CORPUS), MINI_REFERENCE), []);
    assert.equal(normalizeUrl('https://itu.int:443/en/x/'), normalizeUrl('http://www.itu.int/en/x'));
  });

  it('reports a source URL the reference does not list, at its line', async () => {
    const { dir, cleanup } = await corpusWith({
      'sources/example-news.md': (old) =>
        old.replace('https://example.org/news', 'https://example.org/invented'),
    });
    try {
      const problems = await checkAgainstReference(await loadCorpusOrThrow(dir), MINI_REFERENCE);
      assert.deepEqual(
        problems.map((p) => `${p.file}:${p.line}`),
        ['sources/example-news.md:6'],
      );
      assert.match(problems[0]?.message ?? '', /https:\/\/example\.org\/invented is not in the reference/);
    } finally {
      await cleanup();
    }
  });

  it('keeps every PP-14 source at a URL of the fact sheet', async (t) => {
    if (!existsSync(PP14_REFERENCE))
      return t.skip('../shared/reference/pp14-facts.md is not beside this checkout');
    const problems = await checkAgainstReference(await loadCorpusOrThrow(DEFAULT_CORPUS_DIR), PP14_REFERENCE);
    assert.deepEqual(
      problems.map((p) => `${p.file}: ${p.message}`),
      [],
    );
  });

  it('refuses a missing reference file plainly', async () => {
    await assert.rejects(checkAgainstReference(await loadCorpusOrThrow(MINI_CORPUS), '/no/such/file'), {
      code: 'not-found',
    });
  });
});
