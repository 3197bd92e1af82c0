import type { LRUCache } from 'lru-cache';
import { type BoundedCacheOptions, boundedCache } from './bounded-cache.ts';

/** How long an event id is remembered; Slack retries within minutes. */
export const RECENT_ID_TTL_MS = 10 * 60 * 1000;
/** Most ids remembered at once, so a flood cannot grow memory without bound. */
export const RECENT_ID_CAPACITY = 10_000;

/**
 * Remembers ids seen recently, so an event that a platform delivers again (Slack retries up to three
 * times when an ack is slow, or a signed request replayed) is answered once. Least recently seen ids
 * go first when full.
 */
export class RecentIds {
  private readonly seen: LRUCache<string, true>;

  constructor({
    ttlMs = RECENT_ID_TTL_MS,
    capacity = RECENT_ID_CAPACITY,
    now,
  }: Partial<BoundedCacheOptions> = {}) {
    this.seen = boundedCache<true>({ ttlMs, capacity, ...(now ? { now } : {}) });
  }

  /** Records `id` and returns true if it was already seen within the time to live. */
  checkAndAdd(id: string): boolean {
    if (this.seen.get(id)) return true;
    this.seen.set(id, true);
    return false;
  }

  /** Ids remembered now (expired ones may still count until they are next touched). */
  get size(): number {
    return this.seen.size;
  }
}
