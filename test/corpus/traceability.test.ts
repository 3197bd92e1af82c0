import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { checkCorpus } from '../../src/corpus/check.ts';
import { formatProblem, loadCorpusOrThrow } from '../../src/corpus/load.ts';
import {
  defaultSeedDir,
  readReferenceVocabulary,
  tokensOf,
  untracedStatements,
  untracedTokens,
} from '../../src/corpus/traceability.ts';
import { ROOT } from '../helpers.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-rules', 'untraced-statement');
const REFERENCE = join(
  ROOT,
  'test',
  'fixtures',
  'corpus-rules',
  'untraced-reference',
  'reference',
  'facts.md',
);
const SEED = join(ROOT, 'test', 'fixtures', 'corpus-rules', 'untraced-reference', 'seed');
const PP14_REFERENCE = join(ROOT, '..', 'shared', 'reference', 'pp14-facts.md');

describe('reference traceability check', () => {
  it('lists each statement with a number or name in neither the reference nor the seed', async () => {
    const { problems, untraced } = await checkCorpus({ dir: FIXTURE, reference: REFERENCE });
    assert.equal(untraced, 1);
    assert.deepEqual(problems.map(formatProblem), [
      'outcomes/cable-tax.md:13: untraced: "14", "March", "Freedonia" in neither the reference nor the seed: "The sponsor withdrew the tax on 14 March, after Freedonia objected."',
    ]);
  });

  it('finds the seed folder beside the reference folder by itself', () => {
    assert.equal(defaultSeedDir(REFERENCE), SEED);
    assert.equal(defaultSeedDir('/no/such/place/facts.md'), undefined);
  });

  it('traces to the seed: without it, the seed-only facts are reported too', async () => {
    const corpus = await loadCorpusOrThrow(FIXTURE);
    const withSeed = untracedStatements(corpus, await readReferenceVocabulary(REFERENCE, SEED));
    const without = untracedStatements(corpus, await readReferenceVocabulary(REFERENCE));
    assert.equal(withSeed.length, 1);
    assert.equal(without.length, 2, without.map(formatProblem).join('\n'));
    assert.match(
      formatProblem(without[1] as never),
      /^outcomes\/cable-tax\.md:15: untraced: "Several", "2500" /,
    );
  });

  it('matches numbers and words written differently: thousands separators, dashes, curly apostrophes', async () => {
    assert.deepEqual(tokensOf('2,500 delegates at PP‑14 – Busan’s'), [
      '2500',
      'delegates',
      'at',
      'PP',
      '14',
      'Busan',
      's',
    ]);
    const vocabulary = { tokens: new Set(['2500', 'pp', '14', 'busan', 'itr']), files: [] };
    assert.deepEqual(untracedTokens('Some 2,500 came to PP-14 in Busan to review the ITRs.', vocabulary), [
      'Some',
    ]);
    assert.deepEqual(
      untracedTokens('Some 2,500 came to ITU-R.', vocabulary, new Set(['some'])),
      ['ITU'],
      'a sentence-initial common word and a single letter are not names',
    );
  });

  it('traces every bundled statement to the PP-14 fact sheet or the seed', async (t) => {
    if (!existsSync(PP14_REFERENCE))
      return t.skip('../shared/reference/pp14-facts.md is not beside this checkout');
    const vocabulary = await readReferenceVocabulary(PP14_REFERENCE, defaultSeedDir(PP14_REFERENCE));
    const untraced = untracedStatements(await loadCorpusOrThrow(DEFAULT_CORPUS_DIR), vocabulary);
    assert.deepEqual(untraced.map(formatProblem), []);
  });

  it('refuses a missing reference or seed plainly', async () => {
    await assert.rejects(checkCorpus({ dir: FIXTURE, reference: '/no/such/file.md' }), { code: 'not-found' });
    await assert.rejects(checkCorpus({ dir: FIXTURE, reference: REFERENCE, seed: '/no/such/seed' }), {
      code: 'not-found',
    });
  });

  it('counts the bundled corpus statements against the PP-14 fact sheet and seed in well under a second', async (t) => {
    if (!existsSync(PP14_REFERENCE))
      return t.skip('../shared/reference/pp14-facts.md is not beside this checkout');
    const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
    const started = performance.now();
    const vocabulary = await readReferenceVocabulary(PP14_REFERENCE, defaultSeedDir(PP14_REFERENCE));
    const untraced = untracedStatements(corpus, vocabulary);
    const ms = performance.now() - started;
    t.diagnostic(`untraced statements in the bundled corpus: ${untraced.length} (${ms.toFixed(0)} ms)`);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});
