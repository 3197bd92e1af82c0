import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { CommonTerms } from '../../src/search/common-terms.ts';
import { NameIndex } from '../../src/search/name-index.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { squash } from '../../src/search/text.ts';
import { contextFor } from '../helpers.ts';

describe('CommonTerms', () => {
  const docs = [['a', 'b'], ['a'], ['a', 'c'], ['b', 'a']];

  it('keeps only the terms in more documents than the limit, and knows which documents hold them', () => {
    const common = new CommonTerms(docs.length, 2, (i) => docs[i] as string[]);
    assert.equal(common.isCommon('a'), true);
    assert.equal(common.isCommon('b'), false);
    assert.equal(common.count('a'), 4);
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => common.holds('a', i)),
      [true, true, true, true],
    );
    assert.equal(common.holds('b', 0), false);
  });

  it('keeps nothing for a collection no larger than the limit', () => {
    assert.equal(new CommonTerms(docs.length, 4, (i) => docs[i] as string[]).isEmpty(), true);
  });

  it('comes back the same from its JSON form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 10 }),
        (sets, limit) => {
          const common = new CommonTerms(sets.length, limit, (i) => sets[i] as string[]);
          const back = CommonTerms.fromJSON(JSON.parse(JSON.stringify(common.toJSON())));
          for (const t of ['a', 'b', 'c', 'd']) {
            assert.equal(back.count(t), common.count(t));
            for (let i = 0; i < sets.length; i++) assert.equal(back.holds(t, i), common.holds(t, i));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('query planning on a large corpus', () => {
  it('leaves common terms out of the index lookup yet credits the passages that hold them', async () => {
    const { corpus, index: full } = await contextFor();
    // A limit this low makes PP-14 behave like a large corpus: "itu" and "resolut" become common.
    const planned = new SearchIndex(corpus, { maxTermPostings: 40 });
    const question = 'ITU resolution on mobile device theft';
    const [best] = planned.searchPassages(question);
    assert.ok(best, 'a passage is found');
    const same = full.searchPassages(question).find((h) => h.passage.id === best.passage.id);
    assert.ok(same, 'the full search finds it too');
    assert.deepEqual([...best.queryTerms].sort(), [...same.queryTerms].sort());
    assert.equal(best.coverage, same.coverage);
  });

  it('still finds something when every word of the query is common', async () => {
    const { corpus } = await contextFor();
    const planned = new SearchIndex(corpus, { maxTermPostings: 40 });
    assert.ok(planned.searchPassages('ITU resolution').length > 0);
    assert.ok(planned.searchEntries('ITU resolution').length > 0);
  });

  it('searches a slip on a common word through its correction, which is then checked, not expanded', async () => {
    const { corpus } = await contextFor();
    const planned = new SearchIndex(corpus, { maxTermPostings: 40 });
    // "resoluton" resembles "resolut" by prefix and one edit; a large corpus corrects it outright.
    assert.equal(planned.weigh('resoluton').concepts[0]?.alternatives[0], 'resolut');
    const [hit] = planned.searchPassages('resoluton on mobile device theft');
    assert.ok(hit?.queryTerms.includes('resolut'));
  });

  it('returns at most the configured number of candidates', async () => {
    const { corpus } = await contextFor();
    const capped = new SearchIndex(corpus, { maxCandidates: 5 });
    assert.equal(capped.searchPassages('ITU conference delegates').length, 5);
  });
});

describe('NameIndex', () => {
  it('finds the entries whose names start with a text, in corpus order, as a scan would', async () => {
    const { corpus } = await contextFor();
    const names = new NameIndex(corpus.entries);
    const scan = (wanted: string) =>
      corpus.entries
        .map((e, i) => ({ e, i }))
        .filter(({ e }) =>
          [e.id, e.title, ...e.aliases, e.number !== undefined ? String(e.number) : '']
            .map(squash)
            .some((n) => n.startsWith(wanted)),
        )
        .map(({ i }) => i);
    const typed = fc.oneof(
      fc.constantFrom(...corpus.entries.map((e) => squash(e.title).slice(0, 4))),
      fc.string({ unit: fc.constantFrom('1', '7', 'a', 'i', 'r', 'e', 's'), minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(typed, (wanted) => {
        assert.deepEqual(names.startingWith(wanted), scan(wanted));
      }),
      { numRuns: 200 },
    );
  });

  it('is what a loaded corpus index offers for autocomplete', async () => {
    const corpus = await loadCorpusOrThrow((await contextFor()).corpus.dir);
    const index = new SearchIndex(corpus);
    const id = corpus.entries.findIndex((e) => e.id === 'resolution-174');
    assert.ok(index.nameIndex.startingWith('174').includes(id));
  });
});
