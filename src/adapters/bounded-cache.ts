import { LRUCache } from 'lru-cache';

/** Options for {@link boundedCache}; the clock is injectable so tests need no waiting. */
export interface BoundedCacheOptions {
  /** Time an entry lives after it is set. */
  ttlMs: number;
  /** Most entries kept; the least recently used go first beyond it. */
  capacity: number;
  /** The clock, in milliseconds, for tests. */
  now?: () => number;
}

/**
 * An `lru-cache` with a size bound and a time to live: every map confbot keeps per user, per event or
 * per button is one of these, so no flood of new ids can grow memory without bound.
 */
export function boundedCache<V extends {}>({
  ttlMs,
  capacity,
  now,
}: BoundedCacheOptions): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max: capacity,
    ttl: ttlMs,
    // Expired entries are dropped when read or evicted; no timer per entry.
    ttlAutopurge: false,
    // A test clock must be read on every call (lru-cache otherwise reuses a reading for 1 ms), and is
    // shifted by 1 ms because lru-cache takes a start time of 0 for "no time to live".
    ...(now ? { perf: { now: () => now() + 1 }, ttlResolution: 0 } : {}),
  });
}
