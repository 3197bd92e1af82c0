/** minisearch's BM25 parameters (its defaults, which the passage index uses): see {@link bm25}. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Impact-ordered postings of the common terms: for each, the sentences that rank its best passages,
 * with their BM25 scores. On a large corpus a question of common words only ("what about union resolution?")
 * has no rare word to search by, and scoring the whole posting list of its rarest word (tens of
 * thousands of sentences) made it hundreds of times slower than any other question; its best few
 * hundred sentences, kept at build time, are where its best candidates are.
 *
 * The scores are minisearch's own (the same formula over the same counts, its sentence field's), so a
 * sentence found here scores exactly as a search of the passage index would score it.
 */
export class ImpactPostings {
  /**
   * Each common term's sentence hits (passage positions) by their own score, best first, and those
   * scores: the sentences of its best passages and the sentences before them.
   */
  private readonly lists = new Map<string, { positions: Int32Array; scores: Float64Array }>();
  /** How many sentences hold each common term: its BM25 weight. */
  private readonly matching = new Map<string, number>();
  /** Passages indexed, and their sentences' average length (distinct tokens): BM25's other inputs. */
  private documents = 0;
  private average = 0;

  /**
   * Keeps, for each common term, the sentence hits that rank its best `size` passages, from the counts
   * of the sentences as the passage index read them (see {@link ImpactInput}).
   */
  static build(input: ImpactInput): ImpactPostings {
    const { passages, sentences, follows, namedScores, boost, size } = input;
    const out = new ImpactPostings();
    if (size <= 0) return out;
    out.documents = passages;
    // The counts minisearch scores with: each sentence's length in distinct tokens, the average of
    // those (summed in minisearch's order, so that it is the same number), and each common term's
    // frequency in each sentence holding it.
    const { lengths, hits: found } = sentences;
    let average = 0;
    for (let i = 0; i < passages; i++) average = (average * i + (lengths[i] as number)) / (i + 1);
    out.average = average;
    // Scratch by passage position, for one term at a time: its sentences' own scores, where `ownAt`
    // holds the term's number (+ 1), and the passages already ranked for it. Maps and sets per term,
    // of up to every passage, were most of this pass's time at 100k passages.
    const ownScore = new Float64Array(passages);
    const ownAt = new Int32Array(passages);
    const rankedAt = new Int32Array(passages);
    let k = 0;
    for (const [term, { positions, frequencies }] of found) {
      const stamp = ++k;
      out.matching.set(term, positions.length);
      // Every sentence holding the term, by its own score, best first; on a tie the earlier one, as
      // minisearch's stable sort of its postings gives.
      positions.forEach((at, j) => {
        ownScore[at] = bm25(
          frequencies[j] as number,
          positions.length,
          passages,
          lengths[at] as number,
          average,
        );
        ownAt[at] = stamp;
      });
      const own = (at: number) => (ownAt[at] === stamp ? (ownScore[at] as number) : 0);
      const holds = (at: number) => ownAt[at] === stamp;
      // Each passage a search of the term alone would rank, as search-passages.ts scores it: its
      // sentence's match, its entry's names', and the sentence before's (its context), summed.
      const named = namedScores(term);
      const ranked: number[] = [];
      const scores: number[] = [];
      const rank = (at: number) => {
        if (at >= passages || rankedAt[at] === stamp) return;
        rankedAt[at] = stamp;
        const before = follows(at) ? own(at - 1) : 0;
        ranked.push(at);
        scores.push(own(at) * boost.text + named(at) + before * boost.context);
      };
      for (const at of positions) {
        rank(at);
        if (follows(at + 1)) rank(at + 1);
      }
      // The sentence hits that score the best `size` of those passages: their own and their contexts'.
      const hits = new Set<number>();
      for (const at of best(ranked, scores, size)) {
        if (holds(at)) hits.add(at);
        if (follows(at) && holds(at - 1)) hits.add(at - 1);
      }
      const kept = [...hits].sort((a, b) => own(b) - own(a) || a - b);
      out.lists.set(term, { positions: Int32Array.from(kept), scores: Float64Array.from(kept, own) });
    }
    return out;
  }

  /** A common term's sentence hits, best first, with their BM25 scores; undefined for other terms. */
  of(term: string): { positions: Int32Array; scores: Float64Array } | undefined {
    return this.lists.get(term);
  }

  /**
   * The BM25 score of a common term in a sentence outside its list, from the sentence's tokens (as the
   * index was given them): what a search of the passage index gives it, 0 when it lacks the term.
   */
  scoreIn(term: string, tokens: readonly string[], termOf: (token: string) => string | undefined): number {
    const matching = this.matching.get(term);
    if (matching === undefined) return 0;
    let frequency = 0;
    for (const token of tokens) if (termOf(token) === term) frequency++;
    if (frequency === 0) return 0;
    return bm25(frequency, matching, this.documents, new Set(tokens).size, this.average);
  }

  /** The lists as plain data, for a snapshot (typed arrays as base64). */
  toJSON(): ImpactPostingsJSON {
    return {
      documents: this.documents,
      average: this.average,
      terms: [...this.lists].map(([term, { positions, scores }]) => [
        term,
        this.matching.get(term) ?? 0,
        base64(positions),
        base64(scores),
      ]),
    };
  }

  /** The lists {@link toJSON} saved. */
  static fromJSON(json: ImpactPostingsJSON): ImpactPostings {
    const out = new ImpactPostings();
    out.documents = json.documents;
    out.average = json.average;
    for (const [term, matching, positions, scores] of json.terms) {
      out.matching.set(term, matching);
      out.lists.set(term, {
        positions: new Int32Array(copy(positions)),
        scores: new Float64Array(copy(scores)),
      });
    }
    return out;
  }
}

/** What {@link ImpactPostings.build} reads of the passage index and its corpus. */
export interface ImpactInput {
  /** Passages, by position. */
  passages: number;
  /** What the passage index was given of each sentence: its length, and its common terms' counts. */
  sentences: SentenceHits;
  /** True when passage `i` has passage `i - 1` as its context. */
  follows: (i: number) => boolean;
  /**
   * For a term, the score of passage `i`'s entry names for the term alone (0 when they lack it), boost
   * applied: asked once per term, then for each passage it ranks.
   */
  namedScores: (term: string) => (i: number) => number;
  /** The passage search's boosts of a sentence's own match and of its context's. */
  boost: { text: number; context: number };
  /** How many passages each term's list must rank. */
  size: number;
}

/**
 * Each sentence's length in distinct tokens (by passage position), and for each common term (the terms
 * that get a list) the sentences holding it, in passage order, with its frequency in each; terms in
 * the order the sentences first hold them, which is the order of the lists in a snapshot.
 */
export interface SentenceHits {
  lengths: Float64Array;
  hits: Map<string, { positions: number[]; frequencies: number[] }>;
}

/** No lists at all. */
export const NO_IMPACTS: ImpactPostingsJSON = { documents: 0, average: 0, terms: [] };

/**
 * {@link ImpactPostings} as plain data: the passage count and average sentence length, and each term
 * with the number of sentences holding it and its list's positions and scores, as base64.
 */
export interface ImpactPostingsJSON {
  documents: number;
  average: number;
  terms: [term: string, matching: number, positions: string, scores: string][];
}

/**
 * The passages (given in ascending order) of the `size` best scores, best first as sorting by score,
 * then by position, would give them; in ascending order here, which is all its caller needs. Sorting
 * every passage that holds a common term (up to all of them) to keep a few hundred cost more than the
 * rest of the term's list.
 */
function best(passages: readonly number[], scores: readonly number[], size: number): readonly number[] {
  if (passages.length <= size) return passages;
  // The size-th best score: every passage above it is in, and of those at it the earliest ones.
  const threshold = Float64Array.from(scores).sort()[scores.length - size] as number;
  let above = 0;
  for (const score of scores) if (score > threshold) above++;
  let atThreshold = size - above;
  const out: number[] = [];
  scores.forEach((score, j) => {
    if (score > threshold || (score === threshold && atThreshold-- > 0)) out.push(passages[j] as number);
  });
  return out;
}

/** minisearch's BM25+ score of a term in a field, as `calcBM25Score` computes it. */
function bm25(frequency: number, matching: number, total: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
}

function base64(array: Int32Array | Float64Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The bytes of a base64 string in a buffer of their own (aligned for any typed array). */
function copy(b64: string): ArrayBuffer {
  const bytes = Buffer.from(b64, 'base64');
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}
