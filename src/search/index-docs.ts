import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Entry, Passage } from '../corpus/types.ts';
import { processTerm, tokenize } from './text.ts';
import type { TextReading } from './text-reading.ts';

/**
 * What the entry index stores per entry: its ids, names and section headings, and its names as one
 * text (`entry`), the field a passage's entry is matched on. Its sentences are in the passage index;
 * an entry's body is ranked from its passages' hits (`searchEntries`), and a passage's entry from this
 * index, so each sentence is indexed once and each entry's names once, not once per passage.
 */
export interface EntryDoc {
  id: string;
  ids: string;
  title: string;
  aliases: string;
  headings: string;
  entry: string;
}

/**
 * What the passage index stores per sentence: the sentence alone, under the passage's position in the
 * corpus (a number: no second copy of every passage id, and no map from ids back to positions). The
 * sentence before it (its context) and its entry's names are matched through the sentence's own hit
 * and the entry index at search time.
 */
export interface PassageDoc {
  id: number;
  text: string;
}

/** The entry index's fields that `/search` ranks entries by (`entry` serves passages). */
export const ENTRY_NAME_FIELDS = ['ids', 'title', 'aliases', 'headings'];

/** Options of the entry index; a snapshot is loaded with the same. */
export const ENTRY_INDEX_OPTIONS = {
  fields: [...ENTRY_NAME_FIELDS, 'entry'],
  tokenize,
  processTerm,
};
/** Options of the passage index; a snapshot is loaded with the same. */
export const PASSAGE_INDEX_OPTIONS = { fields: ['text'], tokenize, processTerm };

/** An entry's names as one text: title, symbol and aliases. */
export function entryNames(e: Entry): string {
  return [e.title, e.symbol ?? '', ...e.aliases].join(' | ');
}

/** The entry index's document for an entry. */
export function entryDoc(e: Entry): EntryDoc {
  const ids = [e.id, e.symbol ?? '', e.number !== undefined ? `${e.kind} ${e.number} r${e.number}` : ''];
  return {
    id: e.id,
    ids: ids.join(' '),
    title: e.title,
    aliases: e.aliases.join(' | '),
    headings: e.sections.map((s) => s.heading ?? '').join('\n'),
    entry: entryNames(e),
  };
}

/** The passage index's document for the sentence of the passage at position `at`. */
export function passageDoc(p: Passage, at: number): PassageDoc {
  return { id: at, text: p.text };
}

/**
 * A minisearch index as a snapshot saves it: minisearch's own `toJSON()` with its posting lists, ids and
 * field lengths as flat arrays of numbers instead of an object per posting list (keyed by document).
 * Loading minisearch's form parses an object per list and then copies each into a Map
 * (`objectToNumericMap`): at 100k passages that was a third of a start's CPU and most of its garbage
 * (docs/performance.md). These arrays parse as packed numbers and fill the Maps directly.
 */
export interface PackedIndex {
  /** minisearch's JSON without its per-document and per-term parts. */
  meta: Omit<AsPlainObject, 'documentIds' | 'fieldLength' | 'storedFields' | 'index'>;
  /** Each document's id, at its short id (position in the index: the build never removes one). */
  ids: (string | number)[];
  /** Each document's length in each field, `fields` numbers per document (null: field absent). */
  lengths: (number | null)[];
  storedFields: AsPlainObject['storedFields'];
  /** The terms, in minisearch's order (its radix tree's, as `toJSON` lists them). */
  terms: string[];
  /**
   * For each term: how many fields hold it, then for each its field id, its number of documents and
   * per document the short id's distance from the previous one (small numbers: a smaller file) and
   * the term's frequency there.
   */
  postings: number[];
}

/** What of minisearch's instance {@link packIndex} and {@link unpackIndex} read and write. */
interface Internals {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _documentIds: Map<number, string | number>;
  _idToShortId: Map<string | number, number>;
  _fieldLength: Map<number, (number | null)[]>;
  _storedFields: Map<number, Record<string, unknown>>;
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    set(term: string, data: Map<number, Map<number, number>>): void;
  };
}

/**
 * An index in the form {@link unpackIndex} restores: what `toJSON()` holds, packed, read from
 * minisearch's Maps directly. `toJSON()` built a plain object per posting list only for this to walk
 * it again: at 100k passages that was half of packing's second and most of its garbage. The output is
 * the same, byte for byte: minisearch's `toJSON` keys each list by number, and an object lists number
 * keys in ascending order, so the Maps' keys are put in that order here (a fresh build has them so).
 */
export function packIndex<T>(index: MiniSearch<T>): PackedIndex {
  const own = index as unknown as Internals;
  // The key order of toJSON() less its per-document and per-term parts, so the JSON is the same.
  const meta: PackedIndex['meta'] = {
    documentCount: own._documentCount,
    nextId: own._nextId,
    fieldIds: own._fieldIds,
    averageFieldLength: own._avgFieldLength,
    dirtCount: own._dirtCount,
    serializationVersion: 2,
  };
  const fields = Object.keys(meta.fieldIds).length;
  const ids: (string | number)[] = [];
  const lengths: (number | null)[] = [];
  for (const shortId of ascending(own._documentIds)) {
    // Short ids from 0 with no gap, as an index built from scratch has: an array holds them.
    if (shortId !== ids.length) throw new Error(`index has a gap at short id ${ids.length}`);
    ids.push(own._documentIds.get(shortId) as string | number);
    const lengthsOf = own._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) lengths.push(lengthsOf[f] ?? null);
  }
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, data] of own._index) {
    terms.push(term);
    postings.push(data.size);
    for (const fieldId of ascending(data)) {
      const freqs = data.get(fieldId) as Map<number, number>;
      postings.push(fieldId, freqs.size);
      let previous = 0;
      for (const shortId of ascending(freqs)) {
        postings.push(shortId - previous, freqs.get(shortId) as number);
        previous = shortId;
      }
    }
  }
  return { meta, ids, lengths, storedFields: Object.fromEntries(own._storedFields), terms, postings };
}

/** A Map's number keys in ascending order, as an object keyed by them lists them. */
function ascending(map: Map<number, unknown>): Iterable<number> {
  let previous = -1;
  for (const key of map.keys()) {
    if (key <= previous) return [...map.keys()].sort((a, b) => a - b);
    previous = key;
  }
  return map.keys();
}

/**
 * Restores an index {@link packIndex} saved, with the same options: the same Maps, in the same order,
 * as `MiniSearch.loadJS` of its `toJSON()` gives (test/search/index-docs.test.ts compares them). It
 * writes minisearch's private fields, which the snapshot key's minisearch version pins.
 */
export function unpackIndex<T>(packed: PackedIndex, options: Options<T>): MiniSearch<T> {
  const index = MiniSearch.loadJS<T>(
    { ...packed.meta, documentIds: {}, fieldLength: {}, storedFields: {}, index: [] },
    options,
  );
  const own = index as unknown as Internals;
  const fields = Object.keys(packed.meta.fieldIds).length;
  const { ids, lengths, postings } = packed;
  for (let shortId = 0; shortId < ids.length; shortId++) {
    const id = ids[shortId] as string | number;
    own._documentIds.set(shortId, id);
    own._idToShortId.set(id, shortId);
    own._fieldLength.set(shortId, lengths.slice(shortId * fields, (shortId + 1) * fields));
  }
  for (const [key, stored] of Object.entries(packed.storedFields))
    own._storedFields.set(Number.parseInt(key, 10), stored as Record<string, unknown>);
  let at = 0;
  for (const term of packed.terms) {
    const data = new Map<number, Map<number, number>>();
    const count = postings[at++] as number;
    for (let i = 0; i < count; i++) {
      const fieldId = postings[at++] as number;
      const docs = postings[at++] as number;
      const freqs = new Map<number, number>();
      let shortId = 0;
      for (let d = 0; d < docs; d++) {
        shortId += postings[at++] as number;
        freqs.set(shortId, postings[at++] as number);
      }
      data.set(fieldId, freqs);
    }
    own._index.set(term, data);
  }
  return index;
}

/**
 * The passage index of a corpus whose sentences a {@link TextReading} has read, written straight into
 * minisearch's Maps: the index `addAll` of {@link passageDoc}s gives (the same documents, field lengths
 * and average, terms put in its radix tree in the same order, the same posting lists; a test compares
 * them), without its per-token work. `addAll` looked each token's term up again and walked the radix
 * tree once per token: most of a build's CPU at 100k passages (docs/performance.md). Here each distinct
 * term of a sentence costs one Map write, and each term one walk of the tree, when first met.
 */
export function indexSentences(reading: TextReading, sentences: Int32Array): MiniSearch<PassageDoc> {
  const index = new MiniSearch<PassageDoc>(PASSAGE_INDEX_OPTIONS);
  const own = index as unknown as Internals;
  const { tokenTerm, termText, tokenIds, starts, distinctTokens } = reading;
  const fieldId = own._fieldIds.text as number;
  // By term id: its documents (short id -> frequency), and the sentence (+ 1) that last counted it.
  const lists: (Map<number, number> | undefined)[] = new Array(reading.terms);
  const frequency = new Int32Array(reading.terms);
  const countedAt = new Int32Array(reading.terms);
  const inSentence: number[] = [];
  let average = 0;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i] as number;
    // As `add` does: the document, then its field's length (distinct tokens) and the running average.
    own._idToShortId.set(i, i);
    own._documentIds.set(i, i);
    own._documentCount += 1;
    own._nextId += 1;
    const length = distinctTokens[text] as number;
    const lengths: (number | null)[] = [];
    lengths[fieldId] = length;
    own._fieldLength.set(i, lengths);
    average = (average * i + length) / (i + 1);
    own._avgFieldLength[fieldId] = average;
    inSentence.length = 0;
    for (let j = starts[text] as number, end = starts[text + 1] as number; j < end; j++) {
      const term = tokenTerm[tokenIds[j] as number] as number;
      // minisearch adds no falsy term: a stop word (-1), or an empty one.
      if (term < 0 || termText[term] === '') continue;
      if (countedAt[term] !== i + 1) {
        countedAt[term] = i + 1;
        frequency[term] = 0;
        inSentence.push(term);
      }
      frequency[term] = (frequency[term] as number) + 1;
    }
    for (const term of inSentence) {
      let list = lists[term];
      if (!list) {
        list = new Map();
        lists[term] = list;
        own._index.set(termText[term] as string, new Map([[fieldId, list]]));
      }
      list.set(i, frequency[term] as number);
    }
  }
  return index;
}
