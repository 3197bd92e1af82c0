import { LRUCache } from 'lru-cache';
import type { RateKey, RateVerdict } from '../commands/limiter.ts';

export type { RateKey, RateVerdict };

/** Settings of a {@link RateLimiter}; a limit of 0 turns that limit off. */
export interface RateLimitOptions {
  /** Answers one user may get per window. */
  perUser: number;
  /** Answers one channel may get per window, whoever asks. */
  perChannel: number;
  windowMs: number;
  /** The clock, for tests. */
  now?: () => number;
  /** Most keys remembered at once, so a flood of new users cannot grow memory without bound. */
  capacity?: number;
}

/** Keys remembered when no capacity is given. */
export const RATE_LIMIT_CAPACITY = 50_000;

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed-window counters per user and per channel. A request counts against both; when either is
 * spent it is refused with the time until that window ends. Per process: replicas each keep their own,
 * so a limit behind a load balancer is per replica (docs/operations.md). The counters live in an
 * `lru-cache` bounded by `capacity`: a flood of new users evicts the least recently seen.
 */
export class RateLimiter {
  private readonly windows: LRUCache<string, Window>;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.windows = new LRUCache<string, Window>({ max: options.capacity ?? RATE_LIMIT_CAPACITY });
  }

  /** Counts one request for `key` and says whether it may be answered. */
  take(key: RateKey): RateVerdict {
    const at = this.now();
    const checks = this.checks(key);
    for (const c of checks) {
      const w = this.window(c.id, at);
      if (w.count >= c.limit)
        return { allowed: false, scope: c.scope, retryAfterMs: w.start + this.options.windowMs - at };
    }
    for (const c of checks) this.window(c.id, at).count++;
    return { allowed: true };
  }

  /**
   * Counts `units` more requests against `key` without a verdict: a request that cost several times
   * the CPU budget is paid for as that many requests, so an expensive input spends its sender's
   * allowance faster than a cheap one.
   */
  charge(key: RateKey, units: number): void {
    if (!(units > 0)) return;
    const at = this.now();
    for (const c of this.checks(key)) this.window(c.id, at).count += Math.ceil(units);
  }

  private checks(key: RateKey): { scope: 'user' | 'channel'; id: string; limit: number }[] {
    const checks: { scope: 'user' | 'channel'; id: string; limit: number }[] = [];
    if (key.user && this.options.perUser > 0)
      checks.push({ scope: 'user', id: `u:${key.platform}:${key.user}`, limit: this.options.perUser });
    if (key.channel && this.options.perChannel > 0)
      checks.push({
        scope: 'channel',
        id: `c:${key.platform}:${key.channel}`,
        limit: this.options.perChannel,
      });
    return checks;
  }

  private window(id: string, at: number): Window {
    let w = this.windows.get(id);
    if (!w || at - w.start >= this.options.windowMs) {
      w = { start: at, count: 0 };
      this.windows.set(id, w);
    }
    return w;
  }
}
