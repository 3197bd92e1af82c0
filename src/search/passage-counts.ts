import { CommonTerms } from './common-terms.ts';
import type { SentenceHits } from './impact-postings.ts';
import type { TextReading } from './text-reading.ts';

/**
 * Where each passage's texts are in a {@link TextReading}, by passage position: its sentence, its
 * context (the sentence before, or the empty text), and its entry's names (-1: no entry).
 */
export interface PassageTexts {
  sentence: Int32Array;
  context: Int32Array;
  names: Int32Array;
}

/** What {@link countPassages} gives: every count the build takes of the passages, from one reading. */
export interface PassageCounts {
  /** The common-term table of passages: terms of a sentence, its entry's names and its context. */
  common: CommonTerms;
  /** Passages (sentence and entry names) per term, in the order the terms were first met. */
  documentFrequency: Map<string, number>;
  /** Words of four letters or more as written, with their terms, in the order first met. */
  words: Map<string, string>;
  /** Each sentence's common terms with their frequencies, and its distinct tokens (for BM25). */
  sentences: SentenceHits;
}

/**
 * Counts, in two passes over the passages' token ids, what the common-term table
 * (`new CommonTerms` over each passage's sentence, entry names and context terms), the vocabulary
 * (its document frequencies and words, over sentence and entry names) and the impact lists read
 * before, each in its own pass over strings. Every map keeps the order in which the old passes met its
 * keys, so the snapshot is the same, byte for byte (test/search/passage-counts.test.ts).
 */
export function countPassages(reading: TextReading, at: PassageTexts, minDocuments: number): PassageCounts {
  const n = at.sentence.length;
  const { tokenTerm, tokenText, termText, tokenIds, starts } = reading;
  const terms = reading.terms;
  // A text's token ids are tokenIds[from(t)] up to tokenIds[to(t)]; the text -1 (no entry) has none.
  const from = (text: number) => (text < 0 ? 0 : (starts[text] as number));
  const to = (text: number) => (text < 0 ? 0 : (starts[text + 1] as number));
  // Per term: passages holding it (for each table), and the last passage (+ 1) that counted it there.
  const held = new Int32Array(terms);
  const heldAt = new Int32Array(terms);
  const heldOrder: number[] = [];
  const frequency = new Int32Array(terms);
  const frequencyAt = new Int32Array(terms);
  const frequencyOrder: number[] = [];
  const wordSeen = new Uint8Array(tokenText.length);
  const words = new Map<string, string>();
  const counting = n > minDocuments;
  const texts = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const stamp = i + 1;
    texts[0] = at.sentence[i] as number;
    texts[1] = at.names[i] as number;
    texts[2] = at.context[i] as number;
    // The vocabulary reads the sentence and its entry's names.
    for (let k = 0; k < 2; k++)
      for (let j = from(texts[k] as number), end = to(texts[k] as number); j < end; j++) {
        const token = tokenIds[j] as number;
        const term = tokenTerm[token] as number;
        if (term < 0) continue;
        if (wordSeen[token] === 0 && (tokenText[token] as string).length >= 4) {
          wordSeen[token] = 1;
          words.set(tokenText[token] as string, termText[term] as string);
        }
        if (frequencyAt[term] !== stamp) {
          frequencyAt[term] = stamp;
          if (frequency[term] === 0) frequencyOrder.push(term);
          frequency[term] = (frequency[term] as number) + 1;
        }
      }
    if (!counting) continue;
    // The common-term table reads the context too.
    for (let k = 0; k < 3; k++)
      for (let j = from(texts[k] as number), end = to(texts[k] as number); j < end; j++) {
        const term = tokenTerm[tokenIds[j] as number] as number;
        if (term < 0 || heldAt[term] === stamp) continue;
        heldAt[term] = stamp;
        if (held[term] === 0) heldOrder.push(term);
        held[term] = (held[term] as number) + 1;
      }
  }
  const documentFrequency = new Map<string, number>();
  for (const term of frequencyOrder)
    documentFrequency.set(termText[term] as string, frequency[term] as number);
  // The common terms, each with its bitset of passages; the second pass sets their bits and reads each
  // sentence's frequencies of them.
  const sets: (Uint32Array | undefined)[] = new Array(terms);
  const table: [string, number, Uint32Array][] = [];
  for (const term of heldOrder)
    if ((held[term] as number) > minDocuments) {
      const set = new Uint32Array((n + 31) >>> 5);
      sets[term] = set;
      table.push([termText[term] as string, held[term] as number, set]);
    }
  const sentences: SentenceHits = { lengths: new Float64Array(n), hits: new Map() };
  const hitsOf: ({ positions: number[]; frequencies: number[] } | undefined)[] = new Array(terms);
  const inSentence: number[] = [];
  frequency.fill(0);
  frequencyAt.fill(0);
  for (let i = 0; i < n; i++) {
    const sentence = at.sentence[i] as number;
    sentences.lengths[i] = reading.distinctTokens[sentence] as number;
    if (table.length === 0) continue;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    inSentence.length = 0;
    for (let j = from(sentence), end = to(sentence); j < end; j++) {
      const term = tokenTerm[tokenIds[j] as number] as number;
      const set = term < 0 ? undefined : sets[term];
      if (!set) continue;
      set[word] = (set[word] as number) | bit;
      if (frequencyAt[term] !== i + 1) {
        frequencyAt[term] = i + 1;
        frequency[term] = 0;
        inSentence.push(term);
      }
      frequency[term] = (frequency[term] as number) + 1;
    }
    texts[1] = at.names[i] as number;
    texts[2] = at.context[i] as number;
    for (let k = 1; k < 3; k++)
      for (let j = from(texts[k] as number), end = to(texts[k] as number); j < end; j++) {
        const term = tokenTerm[tokenIds[j] as number] as number;
        const set = term < 0 ? undefined : sets[term];
        if (set) set[word] = (set[word] as number) | bit;
      }
    for (const term of inSentence) {
      let hits = hitsOf[term];
      if (!hits) {
        hits = { positions: [], frequencies: [] };
        hitsOf[term] = hits;
        sentences.hits.set(termText[term] as string, hits);
      }
      hits.positions.push(i);
      hits.frequencies.push(frequency[term] as number);
    }
  }
  return { common: CommonTerms.fromSets(n, table), documentFrequency, words, sentences };
}
