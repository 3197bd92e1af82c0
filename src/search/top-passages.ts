import type { Passage } from '../corpus/types.ts';
import type { IndexParts } from './index-parts.ts';
import { bitCount, MAX_MASK_TERMS, type TermMatches } from './term-matches.ts';

/**
 * A passage among the best of a question, with the sentence matches that score it: its own and the
 * sentence before's (positions in the {@link TermMatches}, -1 for none).
 */
export interface TopPassage {
  /** The passage's position. */
  at: number;
  passage: Passage;
  score: number;
  own: number;
  before: number;
  /** The entry's match (a position in the entries' {@link TermMatches}), -1 for none. */
  named: number;
}

/**
 * A question's entry matches, and by entry position 1 + the place of the entry's match among them (0
 * for an entry not matched).
 */
export interface NamedMatches {
  matches: TermMatches;
  at: Int32Array;
}

/**
 * The best `k` passages of a question, best first, given its sentence matches and its entries' names'
 * ({@link NamedMatches}). Each passage a sentence match reaches (its own, and the next one, whose context it is)
 * scores its sentence's match, its entry's names' and part of the sentence before's, summed and then
 * multiplied by the distinct query terms the three matched, as one minisearch search of three fields
 * would score it. Undefined when the entries name query terms the sentences do not and the terms no
 * longer fit a mask.
 *
 * The order is the one sorting every passage gave before (search-passages.ts's `scoreAll`, which
 * test/search/top-passages.test.ts compares it with): by score, and on a tie the passage first reached
 * when going down the sentence matches best first (a sentence before the passage after it). So it is a
 * total order, and the best `k` are found by a threshold on the scores instead of sorting them all: the
 * sort of a few hundred passage objects was, with building the sentences' results, most of the search.
 */
export function topPassages(
  parts: IndexParts,
  sentences: TermMatches,
  entries: NamedMatches,
  k: number,
): TopPassage[] | undefined {
  const { ids, scores, order, masks } = sentences;
  const n = sentences.size;
  const named = entryParts(sentences.terms, entries.matches);
  if (named === undefined) return undefined;
  const entryAt = entries.at;
  const all = parts.corpus.passages;
  const { followsBefore, passageEntry, scratch } = parts;
  const { sentenceAt, candidateAt } = scratch;
  const { text, context } = parts.options.passageBoost;
  const scale = context / text;
  // Candidates, by the order they are reached: position, score, the sentence match that reached it
  // first (`via`, and 0 if as its own sentence, 1 as the one before), its own and before's matches.
  const { at, score, via, side, own, before, entry: entryOf } = candidates(2 * n);
  let m = 0;
  // Whether sentence match a comes before b in the sorted sentence matches (descending order, stable).
  const earlier = (a: number, b: number) =>
    (order[a] as number) > (order[b] as number) || ((order[a] as number) === (order[b] as number) && a < b);
  const reach = (p: number, j: number, s: 0 | 1) => {
    const c = (candidateAt[p] as number) - 1;
    if (c >= 0) {
      const v = via[c] as number;
      if (v === j ? s < (side[c] as number) : earlier(j, v)) {
        via[c] = j;
        side[c] = s;
      }
      return;
    }
    const o = (sentenceAt[p] as number) - 1;
    const b = followsBefore[p] === 1 ? (sentenceAt[p - 1] as number) - 1 : -1;
    const position = passageEntry[p] as number;
    const e = position >= 0 ? (entryAt[position] as number) - 1 : -1;
    // minisearch multiplies a document's summed field scores by the number of query terms it matched
    // (each sentence's score is so multiplied: divided back here); the three parts are summed before
    // that, as one search of three fields would.
    const ownScore = o >= 0 ? (scores[o] as number) / Math.max(bitCount(masks[o] as number), 1) : 0;
    const beforeScore = b >= 0 ? (scores[b] as number) / Math.max(bitCount(masks[b] as number), 1) : 0;
    const mask =
      (o >= 0 ? (masks[o] as number) : 0) |
      (b >= 0 ? (masks[b] as number) : 0) |
      (e >= 0 ? (named.masks[e] as number) : 0);
    at[m] = p;
    const entryScore = e >= 0 ? (named.scores[e] as number) : 0;
    score[m] = (ownScore + entryScore + beforeScore * scale) * Math.max(bitCount(mask), 1);
    via[m] = j;
    side[m] = s;
    own[m] = o;
    before[m] = b;
    entryOf[m] = e;
    m++;
    candidateAt[p] = m;
  };
  try {
    for (let j = 0; j < n; j++) sentenceAt[ids[j] as number] = j + 1;
    for (let j = 0; j < n; j++) {
      const p = ids[j] as number;
      reach(p, j, 0);
      // The sentence after a match has it as its context.
      if (followsBefore[p + 1] === 1) reach(p + 1, j, 1);
    }
  } finally {
    // The scratch tables are the index's, zero between searches: every position this search marked is
    // a sentence's or the one after it.
    for (let j = 0; j < n; j++) {
      const p = ids[j] as number;
      sentenceAt[p] = 0;
      candidateAt[p] = 0;
      if (p + 1 < candidateAt.length) candidateAt[p + 1] = 0;
    }
  }
  const better = (a: number, b: number) => {
    const d = (score[b] as number) - (score[a] as number);
    if (d !== 0) return d;
    const va = via[a] as number;
    const vb = via[b] as number;
    if (va === vb) return (side[a] as number) - (side[b] as number);
    return earlier(va, vb) ? -1 : 1;
  };
  const best = bestOf(score, m, k);
  best.sort(better);
  best.length = Math.min(best.length, k);
  return best.map((c) => ({
    at: at[c] as number,
    passage: all[at[c] as number] as Passage,
    score: score[c] as number,
    own: own[c] as number,
    before: before[c] as number,
    named: entryOf[c] as number,
  }));
}

/**
 * The candidates (positions below `m`) that the best `k` by score could be: all those above the
 * `k`-th best score and all those at it (which the order's tie-break then sorts). In position order.
 */
export function bestOf(score: Float64Array, m: number, k: number): number[] {
  const out: number[] = [];
  if (k <= 0) return out;
  if (m <= k) {
    for (let c = 0; c < m; c++) out.push(c);
    return out;
  }
  if (selecting.length < m) selecting = new Float64Array(Math.max(m, 2 * selecting.length));
  selecting.set(score.subarray(0, m));
  const threshold = nth(selecting, m, m - k);
  for (let c = 0; c < m; c++) if ((score[c] as number) >= threshold) out.push(c);
  return out;
}

/** Room for a search's scores while {@link nth} reorders them. */
let selecting = new Float64Array(1024);

/**
 * The `r`-th smallest of the first `n` numbers of `a` (reordering them): quickselect, linear on
 * average, where sorting them all was most of the cost of keeping the best.
 */
function nth(a: Float64Array, n: number, r: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (r <= j) hi = j;
    else if (r >= i) lo = i;
    else break;
  }
  return a[r] as number;
}

/**
 * Each matched entry's score before minisearch multiplied it by its number of query terms, and its
 * query terms as bits of the sentences' terms (the same query's: the same terms, but for the impact
 * lists' hits, which list those they matched only).
 */
function entryParts(
  terms: readonly string[],
  entries: TermMatches,
): { scores: Float64Array; masks: Int32Array } | undefined {
  // Each entry bit's sentence bit: a term no sentence lists takes one of its own after theirs (only
  // how many distinct bits a passage's parts set counts).
  const bitOf: number[] = [];
  let extra = terms.length;
  for (const t of entries.terms) {
    const bit = terms.indexOf(t);
    if (bit >= 0) bitOf.push(bit);
    else if (extra === MAX_MASK_TERMS) return undefined;
    else bitOf.push(extra++);
  }
  const same = bitOf.every((bit, i) => bit === i);
  const n = entries.size;
  const scores = new Float64Array(n);
  const masks = same ? entries.masks : new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const mask = entries.masks[j] as number;
    scores[j] = (entries.scores[j] as number) / Math.max(bitCount(mask), 1);
    if (!same) {
      let translated = 0;
      for (let i = 0; i < bitOf.length; i++)
        if ((mask & (1 << i)) !== 0) translated |= 1 << (bitOf[i] as number);
      masks[j] = translated;
    }
  }
  return { scores, masks };
}

/** A search's candidate arrays, kept from one search to the next (grown as needed). */
let kept = candidateArrays(1024);

function candidateArrays(size: number) {
  return {
    at: new Int32Array(size),
    score: new Float64Array(size),
    via: new Int32Array(size),
    side: new Uint8Array(size),
    own: new Int32Array(size),
    before: new Int32Array(size),
    entry: new Int32Array(size),
  };
}

/**
 * Arrays for `size` candidates. Searches do not overlap (each runs to its end in one call), and every
 * candidate a search reads it has written first, so they need no clearing.
 */
function candidates(size: number): ReturnType<typeof candidateArrays> {
  if (kept.at.length < size) kept = candidateArrays(Math.max(size, 2 * kept.at.length));
  return kept;
}
