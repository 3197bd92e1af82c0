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

/** True for a word of four letters or more within one edit of a stop word ("happend", "whne"). */
export function isStopWordTypo(word: string): boolean {
  if (word.length < 4) return false;
  for (const stop of STOP_WORDS) {
    if (stop.length >= 4 && Math.abs(stop.length - word.length) <= 1 && osaDistance(word, stop, 1) <= 1)
      return true;
  }
  return false;
}
