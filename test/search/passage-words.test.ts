import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry, Passage } from '../../src/corpus/types.ts';
import { PassageWordsCache, passageWords } from '../../src/search/passage-words.ts';
import { contextFor } from '../helpers.ts';

describe('passage words', () => {
  it('hold the whole words, name tokens and squashed text of the sentence, the one before and the entry names', async () => {
    const { corpus } = await contextFor();
    const passage = corpus.passages.find((p) => /5G/.test(p.text) || /United States/.test(p.text)) as Passage;
    assert.ok(passage, 'the bundled corpus has such a sentence');
    const entry = corpus.byId.get(passage.entryId) as Entry;
    const words = passageWords(passage, entry);
    assert.ok(words.names.has(entry.id.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()));
    assert.ok(words.squashed.includes(entry.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
    // Whole words: a word's letters are not words of their own.
    assert.ok(!words.words.has('g'));
  });

  it('are computed once per passage by the index, and equal a fresh computation', async () => {
    const { corpus, index } = await contextFor();
    for (const passage of corpus.passages.slice(0, 200)) {
      const first = index.passageWords(passage);
      assert.equal(index.passageWords(passage), first);
      assert.deepEqual(first, passageWords(passage, corpus.byId.get(passage.entryId) as Entry));
    }
  });

  it('keep at most their bound, recomputing a passage dropped from it', async () => {
    const { corpus } = await contextFor();
    const cache = new PassageWordsCache({ max: 2 });
    const [a, b, c] = corpus.passages as [Passage, Passage, Passage];
    const entry = (p: Passage) => corpus.byId.get(p.entryId) as Entry;
    const wordsOfA = cache.of(a, entry(a));
    cache.of(b, entry(b));
    cache.of(c, entry(c));
    const again = cache.of(a, entry(a));
    assert.notEqual(again, wordsOfA);
    assert.deepEqual(again, wordsOfA);
  });
});
