import type { SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import type { IndexParts } from './index-parts.ts';
import { bitCount, type TermMatches } from './term-matches.ts';

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
  named: SearchResult | undefined;
}

/**
 * The best `k` passages of a question, best first, given its sentence matches and its entries' (by
 * entry id). Each passage a sentence match reaches (its own, and the next one, whose context it is)
 * scores its sentence's match, its entry's names' and part of the sentence before's, summed and then
 * multiplied by the distinct query terms the three matched, as one minisearch search of three fields
 * would score it. Undefined when the entries name a query term the sentences do not and the terms no
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
  entries: ReadonlyMap<string, SearchResult>,
  k: number,
): TopPassage[] | undefined {
  const { ids, scores, order, masks } = sentences;
  const n = sentences.size;
  const named = entryMasks(sentences.terms, entries);
  if (named === undefined) return undefined;
  const all = parts.corpus.passages;
  const { followsBefore, scratch } = parts;
  const { sentenceAt, candidateAt } = scratch;
  const { text, context } = parts.options.passageBoost;
  const scale = context / text;
  // Candidates, by the order they are reached: position, score, the sentence match that reached it
  // first (`via`, and 0 if as its own sentence, 1 as the one before), its own and before's matches.
  const at = new Int32Array(2 * n);
  const score = new Float64Array(2 * n);
  const via = new Int32Array(2 * n);
  const side = new Uint8Array(2 * n);
  const own = new Int32Array(2 * n);
  const before = new Int32Array(2 * n);
  const entryOf: (SearchResult | undefined)[] = new Array(2 * n);
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
    const passage = all[p] as Passage;
    const o = (sentenceAt[p] as number) - 1;
    const b = followsBefore[p] === 1 ? (sentenceAt[p - 1] as number) - 1 : -1;
    const entry = named.get(passage.entryId);
    // minisearch multiplies a document's summed field scores by the number of query terms it matched
    // (each sentence's score is so multiplied: divided back here); the three parts are summed before
    // that, as one search of three fields would.
    const ownScore = o >= 0 ? (scores[o] as number) / Math.max(bitCount(masks[o] as number), 1) : 0;
    const beforeScore = b >= 0 ? (scores[b] as number) / Math.max(bitCount(masks[b] as number), 1) : 0;
    const mask =
      (o >= 0 ? (masks[o] as number) : 0) | (b >= 0 ? (masks[b] as number) : 0) | (entry?.mask ?? 0);
    at[m] = p;
    score[m] = (ownScore + (entry?.score ?? 0) + beforeScore * scale) * Math.max(bitCount(mask), 1);
    via[m] = j;
    side[m] = s;
    own[m] = o;
    before[m] = b;
    entryOf[m] = entry?.result;
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
    named: entryOf[c],
  }));
}

/**
 * The candidates (positions below `m`) that the best `k` by score could be: all those above the
 * `k`-th best score and all those at it (which the order's tie-break then sorts).
 */
function bestOf(score: Float64Array, m: number, k: number): number[] {
  const out: number[] = [];
  if (k <= 0) return out;
  if (m <= k) {
    for (let c = 0; c < m; c++) out.push(c);
    return out;
  }
  const sorted = score.slice(0, m).sort();
  const threshold = sorted[m - k] as number;
  for (let c = 0; c < m; c++) if ((score[c] as number) >= threshold) out.push(c);
  return out;
}

/** Each matched entry's unscaled score and query terms as bits of the sentences' terms. */
function entryMasks(
  terms: readonly string[],
  entries: ReadonlyMap<string, SearchResult>,
): Map<string, { score: number; mask: number; result: SearchResult }> | undefined {
  const out = new Map<string, { score: number; mask: number; result: SearchResult }>();
  const extra: string[] = [];
  for (const [id, r] of entries) {
    let mask = 0;
    for (const t of r.queryTerms) {
      let bit = terms.indexOf(t);
      if (bit < 0) {
        // A term no sentence matched: a bit of its own after theirs (only how many bits counts).
        let e = extra.indexOf(t);
        if (e < 0) e = extra.push(t) - 1;
        bit = terms.length + e;
        if (bit >= 31) return undefined;
      }
      mask |= 1 << bit;
    }
    out.set(id, { score: r.score / Math.max(r.queryTerms.length, 1), mask, result: r });
  }
  return out;
}
