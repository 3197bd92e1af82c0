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

/** Keys remembered when no capacity is given. */
export const RATE_LIMIT_CAPACITY = 50_000;

/**
 * Fixed-window counters per user and per channel. A request counts against both; when either is
 * spent it is refused with the time until that window ends. Per process: replicas each keep their own,
 * so a limit behind a load balancer is per replica (documented in the README).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly now: () => number;
  private readonly capacity: number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.capacity = options.capacity ?? RATE_LIMIT_CAPACITY;
  }

  /** Counts one request for `key` and says whether it may be answered. */
  take(key: RateKey): RateVerdict {
    const at = this.now();
    const checks: { scope: 'user' | 'channel'; id: string; limit: number }[] = [];
    if (key.user && this.options.perUser > 0)
      checks.push({ scope: 'user', id: `u:${key.platform}:${key.user}`, limit: this.options.perUser });
    if (key.channel && this.options.perChannel > 0)
      checks.push({
        scope: 'channel',
        id: `c:${key.platform}:${key.channel}`,
        limit: this.options.perChannel,
      });
    for (const c of checks) {
      const w = this.window(c.id, at);
      if (w.count >= c.limit)
        return { allowed: false, scope: c.scope, retryAfterMs: w.start + this.options.windowMs - at };
    }
    for (const c of checks) this.window(c.id, at).count++;
    return { allowed: true };
  }

  private window(id: string, at: number): { start: number; count: number } {
    let w = this.windows.get(id);
    if (!w || at - w.start >= this.options.windowMs) {
      this.windows.delete(id);
      if (this.windows.size >= this.capacity) this.sweep(at);
      w = { start: at, count: 0 };
      this.windows.set(id, w);
    }
    return w;
  }

  /**
   * Drops ended windows, and if none has ended, the oldest. Map order is insertion order and a window
   * is inserted when it starts, so the ended ones come first: the sweep stops at the first live one
   * instead of walking a full table on every new key.
   */
  private sweep(at: number): void {
    for (const [id, w] of this.windows) {
      if (at - w.start < this.options.windowMs) break;
      this.windows.delete(id);
    }
    if (this.windows.size >= this.capacity) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
  }
}
