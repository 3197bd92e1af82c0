import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import {
  ENTRY_INDEX_OPTIONS,
  type EntryDoc,
  entryDoc,
  indexSentences,
  PASSAGE_INDEX_OPTIONS,
  type PackedIndex,
  type PassageDoc,
  packIndex,
  passageDoc,
  unpackIndex,
} from '../../src/search/index-docs.ts';
import { TextReading } from '../../src/search/text-reading.ts';
import { propertyRuns } from '../property-runs.ts';

const corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);

/** An index's Maps as plain data, in their order: what two ways of restoring it must agree on. */
function internals(index: MiniSearch<unknown>): string {
  const own = index as unknown as Record<string, unknown>;
  const keys = ['_documentIds', '_idToShortId', '_fieldLength', '_storedFields', '_documentCount', '_nextId'];
  const parts: unknown[] = keys.map((k) =>
    own[k] instanceof Map ? [...(own[k] as Map<unknown, unknown>)] : own[k],
  );
  const terms: unknown[] = [];
  for (const [term, data] of own._index as Map<string, Map<number, Map<number, number>>>)
    terms.push([term, [...data].map(([field, freqs]) => [field, [...freqs]])]);
  return JSON.stringify([parts, terms, own._fieldIds, own._avgFieldLength]);
}

/** Asserts that an index packed and unpacked is the index minisearch's `loadJS` gives from its JSON. */
function sameAsLoadJS<T>(index: MiniSearch<T>, options: Options<T>): void {
  const packed = JSON.parse(JSON.stringify(packIndex(index))) as PackedIndex;
  const own = MiniSearch.loadJS<T>(JSON.parse(JSON.stringify(index)), options);
  assert.equal(
    internals(unpackIndex(packed, options) as MiniSearch<unknown>),
    internals(own as MiniSearch<unknown>),
  );
}

/** The packing as it was first written, from minisearch's own `toJSON()`: what {@link packIndex} must equal. */
function packFromJSON<T>(index: MiniSearch<T>): PackedIndex {
  const { documentIds, fieldLength, storedFields, index: byTerm, ...meta } = index.toJSON();
  const fields = Object.keys(meta.fieldIds).length;
  const ids: (string | number)[] = [];
  const lengths: (number | null)[] = [];
  for (const [key, id] of Object.entries(documentIds)) {
    assert.equal(Number(key), ids.length);
    ids.push(id as string | number);
    const own = (fieldLength as Record<string, (number | null)[] | undefined>)[key] ?? [];
    for (let f = 0; f < fields; f++) lengths.push(own[f] ?? null);
  }
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, data] of byTerm) {
    terms.push(term);
    const fieldIds = Object.keys(data);
    postings.push(fieldIds.length);
    for (const fieldId of fieldIds) {
      const freqs = data[fieldId] as Record<string, number>;
      const docs = Object.keys(freqs);
      postings.push(Number(fieldId), docs.length);
      let previous = 0;
      for (const doc of docs) {
        postings.push(Number(doc) - previous, freqs[doc] as number);
        previous = Number(doc);
      }
    }
  }
  return { meta, ids, lengths, storedFields, terms, postings };
}

describe('packed minisearch indexes', () => {
  it("pack, from minisearch's Maps, the very JSON that packing its toJSON() gave", () => {
    const passages = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
    passages.addAll(corpus.passages.map(passageDoc));
    // The entry index has a term's fields in first-seen order, not ascending: packing must sort them.
    const entries = new MiniSearch<EntryDoc>(ENTRY_INDEX_OPTIONS);
    entries.addAll(corpus.entries.map(entryDoc));
    for (const index of [passages, entries] as MiniSearch<unknown>[])
      assert.equal(JSON.stringify(packIndex(index)), JSON.stringify(packFromJSON(index)));
  });

  it('restore the very Maps, in the same order, that minisearch restores from its own JSON', () => {
    const passages = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
    passages.addAll(corpus.passages.map(passageDoc));
    const entries = new MiniSearch<EntryDoc>(ENTRY_INDEX_OPTIONS);
    entries.addAll(corpus.entries.map(entryDoc));
    sameAsLoadJS(passages, PASSAGE_INDEX_OPTIONS);
    sameAsLoadJS(entries, ENTRY_INDEX_OPTIONS);
  });

  it('search as the index they were packed from', () => {
    const passages = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
    passages.addAll(corpus.passages.map(passageDoc));
    const restored = unpackIndex<PassageDoc>(
      JSON.parse(JSON.stringify(packIndex(passages))),
      PASSAGE_INDEX_OPTIONS,
    );
    for (const query of ['spectrum allocation', 'secretary general elect', 'cybersecurity', 'resolut 7'])
      assert.deepEqual(
        restored.search(query, { prefix: true, fuzzy: 0.2 }),
        passages.search(query, { prefix: true, fuzzy: 0.2 }),
      );
  });

  it('refuse an index with a gap in its short ids, which an array cannot hold', () => {
    const index = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
    index.addAll([
      { id: 0, text: 'one' },
      { id: 1, text: 'two' },
    ]);
    index.discard(0);
    assert.throws(() => packIndex(index), /gap/);
  });
});

/** The passage index {@link indexSentences} writes for some sentences, read by a fresh {@link TextReading}. */
function written(sentences: readonly string[]): MiniSearch<PassageDoc> {
  const reading = new TextReading();
  return indexSentences(
    reading,
    Int32Array.from(sentences, (text) => reading.read(text)),
  );
}

/** The passage index `addAll` builds for the same sentences. */
function added(sentences: readonly string[]): MiniSearch<PassageDoc> {
  const index = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
  index.addAll(sentences.map((text, at) => ({ id: at, text })));
  return index;
}

describe('indexSentences', () => {
  it("writes the Maps, in their order, that addAll of the corpus's sentences writes", () => {
    const sentences = corpus.passages.map((p) => p.text);
    const [mine, theirs] = [written(sentences), added(sentences)];
    assert.equal(internals(mine as MiniSearch<unknown>), internals(theirs as MiniSearch<unknown>));
    assert.equal(JSON.stringify(packIndex(mine)), JSON.stringify(packIndex(theirs)));
    for (const query of ['spectrum allocation', 'secretary general elect', 'cybersecurity', 'resolut 7'])
      assert.deepEqual(
        mine.search(query, { prefix: true, fuzzy: 0.2 }),
        theirs.search(query, { prefix: true, fuzzy: 0.2 }),
      );
  });

  it('agrees with addAll on generated sentences: repeats, stop words, accents, no words at all', () => {
    const word = fc.constantFrom(
      'the',
      'of',
      'a',
      'Plan',
      'plans',
      'planned',
      'Çavuşoğlu',
      'ITU’s',
      '2,505',
      'x',
      '',
    );
    const sentence = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), (sentences) => {
        assert.equal(
          internals(written(sentences) as MiniSearch<unknown>),
          internals(added(sentences) as MiniSearch<unknown>),
        );
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
