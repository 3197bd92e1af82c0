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
  // Numbers inside names ("PP-14", "WRC-15") are not figures.
  const figures = (t: string) => new Set(t.match(/(?<![\p{L}\d-])\d+(?:[.,]\d+)*/gu) ?? []);
  const theirs = figures(other);
  return [...figures(text)].some((f) => !theirs.has(f));
}

/** Share of the shorter text's terms that the other text also has. */
export function overlap(a: string, b: string): number {
  const ta = new Set(terms(a));
  const tb = new Set(terms(b));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(Math.min(ta.size, tb.size), 1);
}
