/**
 * The rate-limit contract `dispatch` and the adapters rule by. The limiters themselves (per process and
 * shared through the database) live in src/runtime/; only their shape lives here, so the command layer
 * does not import the runtime above it (docs/development.md, "Layers").
 */

/** Who is asking, as far as limits go: ids are opaque and scoped by platform. */
export interface RateKey {
  platform: string;
  user?: string;
  channel?: string;
}

/** The verdict on one request. */
export type RateVerdict =
  | { allowed: true }
  | { allowed: false; scope: 'user' | 'channel'; retryAfterMs: number };

/** Anything that rules on a request's rate: the per-process `RateLimiter` or the shared one. */
export interface Limiter {
  take(key: RateKey): RateVerdict | Promise<RateVerdict>;
  /**
   * Counts `units` more requests against `key` without a verdict (a request over the CPU budget pays
   * for its excess this way; see Intake).
   */
  charge?(key: RateKey, units: number): void | Promise<void>;
}
