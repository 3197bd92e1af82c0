/** Options for {@link ExpiringMap}; the clock is injectable so tests need no waiting. */
export interface ExpiringMapOptions {
  ttlMs: number;
  capacity: number;
  now?: () => number;
}

/**
 * A map whose entries expire after a time to live, holding at most `capacity` entries (the oldest go
 * first), so state kept for platform retries and buttons can never grow without bound.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor({ ttlMs, capacity, now = Date.now }: ExpiringMapOptions) {
    this.ttlMs = ttlMs;
    this.capacity = capacity;
    this.now = now;
  }

  /** The value under `key`, if it has not expired. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && hit.expires > this.now() ? hit.value : undefined;
  }

  /** Stores `value` under `key` for the time to live, dropping expired and, past capacity, oldest entries. */
  set(key: string, value: V): void {
    const now = this.now();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    // Insertion order is expiry order, so the stale and the oldest are at the front.
    for (const [old, entry] of this.entries) {
      if (this.entries.size <= this.capacity && entry.expires > now) break;
      this.entries.delete(old);
    }
  }
}
