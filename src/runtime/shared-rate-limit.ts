import type { Store } from '../store/types.ts';
import type { RateKey, RateLimitOptions, RateVerdict } from './rate-limit.ts';

/** Anything that rules on a request's rate: the per-process {@link RateLimiter} or the shared one. */
export interface Limiter {
  take(key: RateKey): RateVerdict | Promise<RateVerdict>;
  /**
   * Counts `units` more requests against `key` without a verdict (a request over the CPU budget pays
   * for its excess this way; see Intake).
   */
  charge?(key: RateKey, units: number): void | Promise<void>;
}

/**
 * The rate limits kept in the database, so replicas sharing PostgreSQL count every request once,
 * wherever it lands. Same rules as the per-process limiter: fixed windows per user and per channel, and
 * a request refused by the user limit does not count against the channel.
 */
export class SharedRateLimiter implements Limiter {
  constructor(
    private readonly store: Store,
    private readonly options: Omit<RateLimitOptions, 'now' | 'capacity'>,
  ) {}

  async take(key: RateKey): Promise<RateVerdict> {
    const { perUser, perChannel, windowMs } = this.options;
    if (key.user && perUser > 0) {
      const v = await this.store.takeCounter(`u:${key.platform}:${key.user}`, perUser, windowMs);
      if (!v.allowed) return { allowed: false, scope: 'user', retryAfterMs: v.retryAfterMs };
    }
    if (key.channel && perChannel > 0) {
      const v = await this.store.takeCounter(`c:${key.platform}:${key.channel}`, perChannel, windowMs);
      if (!v.allowed) return { allowed: false, scope: 'channel', retryAfterMs: v.retryAfterMs };
    }
    return { allowed: true };
  }

  /**
   * Counts `units` more requests, one counter step each, stopping once a window is spent (the store
   * never counts past the limit), so a costly request costs at most one window's worth of queries.
   */
  async charge(key: RateKey, units: number): Promise<void> {
    const { perUser, perChannel, windowMs } = this.options;
    const counters: [string, number][] = [];
    if (key.user && perUser > 0) counters.push([`u:${key.platform}:${key.user}`, perUser]);
    if (key.channel && perChannel > 0) counters.push([`c:${key.platform}:${key.channel}`, perChannel]);
    for (const [id, limit] of counters) {
      for (let i = 0; i < Math.min(Math.ceil(units), limit); i++) {
        if (!(await this.store.takeCounter(id, limit, windowMs)).allowed) break;
      }
    }
  }
}
