import { randomBytes } from 'node:crypto';
import type { LRUCache } from 'lru-cache';
import { type BoundedCacheOptions, boundedCache } from '../bounded-cache.ts';

/** How long a button keeps working: as long as Discord lets the bot edit the reply it sits on. */
export const LINE_TTL_MS = 15 * 60 * 1000;
/** Most lines kept at once, so button clicks cannot grow memory without bound. */
export const LINE_CAPACITY = 20_000;

/**
 * Keeps the command line a button runs under a short id, because Discord allows 100 characters of
 * `custom_id` and a line may have 1,000. An id that has expired or was never issued here (another
 * process, a restart) resolves to undefined, and the user gets a polite note instead.
 */
export class LineStore {
  private readonly lines: LRUCache<string, string>;

  constructor({ ttlMs = LINE_TTL_MS, capacity = LINE_CAPACITY, now }: Partial<BoundedCacheOptions> = {}) {
    this.lines = boundedCache<string>({ ttlMs, capacity, ...(now ? { now } : {}) });
  }

  /** Stores a line and returns its id (12 hex characters). */
  put(line: string): string {
    const id = randomBytes(6).toString('hex');
    this.lines.set(id, line);
    return id;
  }

  /** The line stored under `id`, if it has not expired. */
  get(id: string): string | undefined {
    return this.lines.get(id);
  }
}
