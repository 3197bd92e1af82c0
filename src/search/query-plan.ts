import type { CommonTerms } from './common-terms.ts';
import type { WeightedQuery } from './search-types.ts';

/**
 * Splits a query's terms into those searched in the index and the common ones left for checking on
 * the candidates. When every term is common, the rarest is searched so that there are candidates.
 */
export function planQuery(
  weighted: WeightedQuery,
  common: CommonTerms,
): { searched: string[]; deferred: string[] } {
  const all = weighted.concepts.flatMap((c) => c.alternatives);
  const searched = all.filter((t) => !common.isCommon(t));
  if (searched.length === 0 && all.length > 0) {
    const rarest = all.reduce((a, b) => (common.count(b) < common.count(a) ? b : a));
    searched.push(rarest);
  }
  return { searched, deferred: all.filter((t) => !searched.includes(t)) };
}

/** A hit's matched query terms plus the deferred common terms its document holds. */
export function withDeferred(
  queryTerms: string[],
  deferred: readonly string[],
  common: CommonTerms,
  position: number | undefined,
): string[] {
  if (deferred.length === 0 || position === undefined) return queryTerms;
  return [...queryTerms, ...deferred.filter((t) => common.holds(t, position) && !queryTerms.includes(t))];
}

/** The weighted share of a query's concepts that a result matched, through the word or a synonym. */
export function coverage(
  weighted: WeightedQuery,
  queryTerms: readonly string[] | ReadonlySet<string>,
  synonymWeight: number,
): number {
  const matched: ReadonlySet<string> = queryTerms instanceof Set ? queryTerms : new Set(queryTerms);
  let total = 0;
  let covered = 0;
  for (const c of weighted.concepts) {
    total += c.weight;
    // The user's own word counts fully; a synonym standing in for it counts less.
    if (matched.has(c.alternatives[0] as string)) covered += c.weight;
    else if (c.alternatives.some((a) => matched.has(a))) covered += c.weight * synonymWeight;
  }
  return total > 0 ? covered / total : 0;
}
