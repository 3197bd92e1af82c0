import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Corpus, Passage } from '../../src/corpus/types.ts';
import { CommonTerms } from '../../src/search/common-terms.ts';
import { entryDoc } from '../../src/search/index-docs.ts';
import { countPassages, type PassageTexts } from '../../src/search/passage-counts.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/search-types.ts';
import { processTerm, terms, tokenize } from '../../src/search/text.ts';
import { TextReading } from '../../src/search/text-reading.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { contextFor } from '../helpers.ts';

/** A text's tokens and terms, as the build read them before it counted by number. */
function readText(text: string) {
  const tokens = tokenize(text);
  return { tokens, terms: tokens.map(processTerm) };
}

/**
 * The passes `countPassages` replaced, as they were: the common-term table over each passage's
 * sentence, entry names and context; the vocabulary over sentence and entry names; and each sentence's
 * common terms with their frequencies, for the impact lists.
 */
function reference(corpus: Corpus, maxTermPostings: number) {
  const names = new Map(corpus.entries.map((e) => [e.id, entryDoc(e).entry]));
  const own = (t: string | undefined): t is string => t !== undefined;
  const common = new CommonTerms(corpus.passages.length, maxTermPostings, (i) => {
    const p = corpus.passages[i] as Passage;
    return [...terms(p.text), ...terms(names.get(p.entryId) ?? ''), ...terms(p.context)].filter(own);
  });
  const vocabulary = new Vocabulary(
    corpus,
    corpus.passages.map((p) => {
      const a = readText(p.text);
      const b = readText(names.get(p.entryId) ?? '');
      return { tokens: [...a.tokens, ...b.tokens], terms: [...a.terms, ...b.terms] };
    }),
    DEFAULT_SEARCH_OPTIONS,
  );
  const hits = new Map<string, { positions: number[]; frequencies: number[] }>();
  const lengths = corpus.passages.map((p) => new Set(tokenize(p.text)).size);
  corpus.passages.forEach((p, i) => {
    const frequency = new Map<string, number>();
    for (const t of readText(p.text).terms)
      if (t !== undefined && common.isCommon(t)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    for (const [t, n] of frequency) {
      const list = hits.get(t) ?? { positions: [], frequencies: [] };
      hits.set(t, list);
      list.positions.push(i);
      list.frequencies.push(n);
    }
  });
  return { common, vocabulary, hits, lengths };
}

/** What the build counts now, from one reading of the corpus's texts. */
function counted(corpus: Corpus, maxTermPostings: number) {
  const reading = new TextReading();
  const names = new Map(corpus.entries.map((e) => [e.id, reading.read(entryDoc(e).entry)]));
  const n = corpus.passages.length;
  const at: PassageTexts = {
    sentence: new Int32Array(n),
    context: new Int32Array(n),
    names: new Int32Array(n),
  };
  corpus.passages.forEach((p, i) => {
    at.sentence[i] = reading.read(p.text);
    at.context[i] = reading.read(p.context);
    at.names[i] = names.get(p.entryId) ?? -1;
  });
  const counts = countPassages(reading, at, maxTermPostings);
  return { ...counts, vocabulary: Vocabulary.fromCounts(corpus, counts, DEFAULT_SEARCH_OPTIONS) };
}

describe('countPassages', async () => {
  const { corpus } = await contextFor();

  for (const limit of [5, 40, 400, corpus.passages.length, Number.POSITIVE_INFINITY])
    it(`counts what the separate passes counted, in their order (common above ${limit} passages)`, () => {
      const want = reference(corpus, limit);
      const got = counted(corpus, limit);
      assert.deepEqual(got.common.toJSON(), want.common.toJSON());
      assert.deepEqual(JSON.stringify(got.vocabulary.toJSON()), JSON.stringify(want.vocabulary.toJSON()));
      assert.deepEqual([...got.sentences.hits], [...want.hits]);
      assert.deepEqual([...got.sentences.lengths], want.lengths);
      if (limit === 40) assert.ok(!got.common.isEmpty(), 'PP-14 has common terms above 40 passages');
    });

  it('reads each distinct text once, and a token as the index reads it', () => {
    const reading = new TextReading();
    const a = reading.read('Negotiations negotiated the ITU’s Plan, and the plan.');
    assert.equal(reading.read('Negotiations negotiated the ITU’s Plan, and the plan.'), a);
    const tokens = tokenize('Negotiations negotiated the ITU’s Plan, and the plan.');
    const ids = reading.tokenIds.subarray(reading.starts[a], reading.starts[a + 1]);
    assert.deepEqual(
      [...ids].map((id) => reading.tokenText[id]),
      tokens,
    );
    assert.equal(reading.distinctTokens[a], new Set(tokens).size);
    for (const [j, token] of tokens.entries()) {
      const term = reading.tokenTerm[ids[j] as number] as number;
      assert.equal(term < 0 ? undefined : reading.termText[term], processTerm(token));
    }
  });
});
