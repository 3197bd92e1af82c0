/**
 * Runs per fast-check property. The quick lane (`npm run test:fast`) sets `TEST_PROPERTY_RUNS` to cap
 * every property at that many runs; the full lane (`npm test`) leaves it unset, so each property runs its
 * full count. A cap trades depth for speed while editing; the full count still runs before a merge.
 */
const cap = Number.parseInt(process.env.TEST_PROPERTY_RUNS ?? '', 10);

/** `full` runs, or the quick lane's cap when that is lower. */
export function propertyRuns(full: number): number {
  return Number.isInteger(cap) && cap > 0 ? Math.min(full, cap) : full;
}
