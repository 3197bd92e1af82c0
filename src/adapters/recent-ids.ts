/** How long an event id is remembered; Slack retries within minutes. */
export const RECENT_ID_TTL_MS = 10 * 60 * 1000;
/** Most ids remembered at once, so a flood cannot grow memory without bound. */
export const RECENT_ID_CAPACITY = 10_000;

/** Options for {@link RecentIds}; the clock is injectable so tests need no waiting. */
export interface RecentIdsOptions {
  ttlMs?: number;
  capacity?: number;
  now?: () => number;
}

/**
 * Remembers ids seen recently, so an event that a platform delivers again (Slack retries up to three
 * times when an ack is slow) is answered once. Oldest ids go first when full.
 */
export class RecentIds {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor({
    ttlMs = RECENT_ID_TTL_MS,
    capacity = RECENT_ID_CAPACITY,
    now = Date.now,
  }: RecentIdsOptions = {}) {
    this.ttlMs = ttlMs;
    this.capacity = capacity;
    this.now = now;
  }

  /** Records `id` and returns true if it was already seen within the time to live. */
  checkAndAdd(id: string): boolean {
    const now = this.now();
    const expiry = this.seen.get(id);
    if (expiry !== undefined && expiry > now) return true;
    this.seen.delete(id);
    this.seen.set(id, now + this.ttlMs);
    for (const [old, exp] of this.seen) {
      if (this.seen.size <= this.capacity && exp > now) break;
      this.seen.delete(old);
    }
    return false;
  }
}
