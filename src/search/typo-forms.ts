import type SearchableMap from 'minisearch/SearchableMap';
import { osaDistance } from './distance.ts';
import { STOP_WORDS } from './stop-words.ts';

/*
 * The slips a typed word may hold: swapped neighbouring letters (what spelling correction tries first)
 * and a stop word mistyped ("whne"), which is no topic. See docs/answering.md.
 */

/**
 * `word` with every set of up to `max` swaps of two different neighbouring letters made, no letter
 * swapped twice, with the number of swaps made: "abc" -> abc 0, bac 1, acb 1 (max 1).
 */
export function* withSwaps(word: string, max: number, from = 0): Generator<[string, number]> {
  yield [word, 0];
  if (max === 0) return;
  for (let i = from; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    for (const [more, swaps] of withSwaps(swapped, max - 1, i + 2)) yield [more, swaps + 1];
  }
}

/**
 * Every key of `tree` within `max` edits of `word` when a swap of two neighbouring letters counts as one
 * (optimal string alignment), and possibly a few more, with its value: `fuzzyGet` counts Levenshtein
 * edits, where a swap is two. In an alignment, swaps touch letters no other edit does, so the word with
 * those swaps made is within `max - swaps` Levenshtein edits: look around `word` with each set of up to
 * `max` swaps made. Cheaper than one `fuzzyGet` at `2 * max` (measured in docs/performance.md).
 */
export function withinSwapsAndEdits<T>(tree: SearchableMap<T>, word: string, max: number): Map<string, T> {
  const out = new Map<string, T>();
  for (const [swapped, swaps] of withSwaps(word, max)) {
    if (swaps === max) {
      const value = tree.get(swapped);
      if (value !== undefined) out.set(swapped, value);
    } else for (const [near, [value]] of tree.fuzzyGet(swapped, max - swaps)) out.set(near, value);
  }
  return out;
}

/** True for a word of four letters or more within one edit of a stop word ("happend", "whne"). */
export function isStopWordTypo(word: string): boolean {
  if (word.length < 4) return false;
  for (const stop of STOP_WORDS) {
    if (stop.length >= 4 && Math.abs(stop.length - word.length) <= 1 && osaDistance(word, stop, 1) <= 1)
      return true;
  }
  return false;
}
