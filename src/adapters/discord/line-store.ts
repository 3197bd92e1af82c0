import { randomBytes } from 'node:crypto';

/** How long a button keeps working: as long as Discord lets the bot edit the reply it sits on. */
export const LINE_TTL_MS = 15 * 60 * 1000;
/** Most lines kept at once, so button clicks cannot grow memory without bound. */
export const LINE_CAPACITY = 20_000;

/** Options for {@link LineStore}; the clock is injectable so tests need no waiting. */
export interface LineStoreOptions {
  ttlMs?: number;
  capacity?: number;
  now?: () => number;
}

/**
 * Keeps the command line a button runs under a short id, because Discord allows 100 characters of
 * `custom_id` and a line may have 1,000. An id that has expired or was never issued here (another
 * process, a restart) resolves to undefined, and the user gets a polite note instead.
 */
export class LineStore {
  private readonly lines = new Map<string, { line: string; expires: number }>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor({ ttlMs = LINE_TTL_MS, capacity = LINE_CAPACITY, now = Date.now }: LineStoreOptions = {}) {
    this.ttlMs = ttlMs;
    this.capacity = capacity;
    this.now = now;
  }

  /** Stores a line and returns its id (12 hex characters). */
  put(line: string): string {
    const id = randomBytes(6).toString('hex');
    const now = this.now();
    this.lines.set(id, { line, expires: now + this.ttlMs });
    for (const [key, value] of this.lines) {
      if (this.lines.size <= this.capacity && value.expires > now) break;
      this.lines.delete(key);
    }
    return id;
  }

  /** The line stored under `id`, if it has not expired. */
  get(id: string): string | undefined {
    const hit = this.lines.get(id);
    if (!hit || hit.expires <= this.now()) return undefined;
    return hit.line;
  }
}
