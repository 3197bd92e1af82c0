/** Which distance a bounded search measures. */
export type DistanceKind = 'levenshtein' | 'osa';

/** A word of the list found near a query word, with its distance. */
export interface NearTerm {
  /** Position in the list (sorted order). */
  index: number;
  term: string;
  distance: number;
}

/**
 * A sorted list of distinct words that answers the two questions a large vocabulary is asked on every
 * query, without scanning it: which words start with a prefix (two binary searches), and which are
 * within a small edit distance of a word (a walk of the implicit trie the sorted order forms, sharing
 * the distance rows of common prefixes and skipping every word under a prefix that is already too far).
 */
export class TermList {
  readonly terms: readonly string[];

  /** Takes the words in any order; duplicates are dropped. */
  constructor(words: Iterable<string>) {
    this.terms = [...new Set(words)].sort(compare);
  }

  /** How many distinct words the list holds. */
  get size(): number {
    return this.terms.length;
  }

  /** Position of `term`, or -1. */
  indexOf(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** The half-open range `[from, to)` of positions of the words starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    return [from, this.endOfPrefix(from, prefix)];
  }

  /**
   * The words within `max` edits of `word`: Levenshtein, or optimal string alignment (a swap of two
   * neighbouring letters counts as one edit). In sorted order.
   */
  within(word: string, max: number, kind: DistanceKind = 'levenshtein'): NearTerm[] {
    const out: NearTerm[] = [];
    const n = word.length;
    // rows[i] holds the distances between the first i letters of the current path and word[0..j].
    const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
    let path = '';
    let i = 0;
    while (i < this.terms.length) {
      const term = this.terms[i] as string;
      // Rows for the prefix shared with the previous path are still valid.
      let depth = 0;
      const limit = Math.min(path.length, term.length);
      while (depth < limit && path.charCodeAt(depth) === term.charCodeAt(depth)) depth++;
      path = term;
      let pruned = -1;
      for (let d = depth + 1; d <= term.length; d++) {
        if (rows[d] === undefined) rows[d] = new Int32Array(n + 1);
        const row = rows[d] as Int32Array;
        const prev = rows[d - 1] as Int32Array;
        const c = term.charCodeAt(d - 1);
        // Only cells within `max` of the diagonal can be within reach; those outside it are marked
        // out of reach, which is all that the cells computed later need to know of them.
        const lo = Math.max(1, d - max);
        const hi = Math.min(n, d + max);
        row[0] = d;
        if (lo > 1) row[lo - 1] = max + 1;
        if (hi < n) row[hi + 1] = max + 1;
        let rowMin = lo === 1 ? d : max + 1;
        for (let j = lo; j <= hi; j++) {
          const cost = c === word.charCodeAt(j - 1) ? 0 : 1;
          let v = Math.min(
            (prev[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (prev[j - 1] as number) + cost,
          );
          if (
            kind === 'osa' &&
            d > 1 &&
            j > 1 &&
            c === word.charCodeAt(j - 2) &&
            term.charCodeAt(d - 2) === word.charCodeAt(j - 1)
          )
            v = Math.min(v, ((rows[d - 2] as Int32Array)[j - 2] as number) + 1);
          row[j] = v;
          if (v < rowMin) rowMin = v;
        }
        // No word under this prefix can come back within reach: skip them all.
        if (rowMin > max) {
          pruned = d;
          break;
        }
      }
      if (pruned >= 0) {
        path = term.slice(0, pruned);
        i = this.endOfPrefix(i, path);
        continue;
      }
      // A word whose length differs by more than `max` is out of the band, so out of reach.
      const distance =
        Math.abs(term.length - n) > max ? max + 1 : ((rows[term.length] as Int32Array)[n] as number);
      if (distance <= max) out.push({ index: i, term, distance });
      i++;
    }
    return out;
  }

  /**
   * The first position from `from` on whose word does not start with `prefix`, given that the words
   * from `from` that do are contiguous. Gallops, then bisects: most runs are short.
   */
  private endOfPrefix(from: number, prefix: string): number {
    const n = this.terms.length;
    let lo = from;
    let step = 1;
    while (lo + step < n && (this.terms[lo + step] as string).startsWith(prefix)) {
      lo += step;
      step *= 2;
    }
    if (lo >= n || !(this.terms[lo] as string).startsWith(prefix)) return lo;
    let hi = Math.min(n, lo + step);
    lo += 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string).startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.terms[mid] as string, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Code-unit order, the order prefixes group in. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
