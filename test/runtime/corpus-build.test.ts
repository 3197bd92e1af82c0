import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { DEFAULT_CORPUS_LIMITS } from '../../src/corpus/limits.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { buildCorpusInWorker } from '../../src/runtime/corpus-build.ts';

describe('buildCorpusInWorker', () => {
  it('gives back the corpus as loading it gives it: entries, passages and the vocabulary (synonyms, phrases)', async () => {
    const built = await buildCorpusInWorker(DEFAULT_CORPUS_DIR, DEFAULT_CORPUS_LIMITS);
    assert.equal(built.status, 'built');
    if (built.status !== 'built') return;
    const loaded = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
    assert.ok((loaded.vocabulary?.synonyms.size ?? 0) > 0, 'the bundled corpus has synonyms');
    assert.deepEqual(built.corpus.vocabulary, loaded.vocabulary);
    assert.deepEqual(built.corpus.passages, loaded.passages);
    assert.deepEqual(built.corpus.entries, loaded.entries);
    assert.equal(built.index.weigh('who was elected').concepts.length > 0, true);
  });
});
