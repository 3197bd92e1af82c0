import type { PassageHit, WeightedQuery } from './search-types.ts';
import { terms } from './text.ts';

/*
 * Part of stage 4 of /ask, "compose": how two passages of an entry compare, to decide whether a second
 * one adds to the first (another source's figure) or only repeats it.
 */

/** True when `h` matches every word of the question that `best` matches: it answers the same thing. */
export function covers(h: PassageHit, best: PassageHit, weighted: WeightedQuery): boolean {
  const has = (p: PassageHit, alternatives: string[]) => alternatives.some((a) => p.queryTerms.includes(a));
  return weighted.concepts.every((c) => !has(best, c.alternatives) || has(h, c.alternatives));
}

/** True when `text` states numbers that `other` does not ("2015-2018" against "2016-2019"). */
export function newFigures(text: string, other: string): boolean {
  // Numbers inside names ("PP-14", "WRC-15") are not figures. A rank ("19th") is another kind of figure
  // than a count ("175 countries"): only a figure of a kind `other` states (any, when it states none)
  // is another value of it.
  const figures = (t: string) =>
    new Map(
      [...t.matchAll(/(?<![\p{L}\d-])(\d+(?:[.,]\d+)*)(st|nd|rd|th)?/gu)].map((m) => [
        m[1] as string,
        m[2] === undefined ? 'value' : 'rank',
      ]),
    );
  const theirs = figures(other);
  const kinds = new Set(theirs.values());
  return [...figures(text)].some(([f, kind]) => !theirs.has(f) && (kinds.size === 0 || kinds.has(kind)));
}

/** Share of the shorter text's terms that the other text also has. */
export function overlap(a: string, b: string): number {
  const ta = new Set(terms(a));
  const tb = new Set(terms(b));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(Math.min(ta.size, tb.size), 1);
}
