/**
 * A bounded cache in two generations: new values go into the young one, a value found in the old one
 * moves to the young one, and when the young one holds half the bound it becomes the old one (the old
 * one is dropped). So what was used since the last turn is kept, at most `maxSize` (by `sizeOf`) in all,
 * as a least-recently-used cache would keep it, roughly; a lookup is one or two `Map` lookups, without
 * lru-cache's bookkeeping. What it keeps never changes what its user returns, only how soon.
 */
export class GenerationCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private youngSize = 0;
  private readonly half: number;
  private readonly sizeOf: (value: V) => number;

  /** `maxSize`: the bound on both generations' sizes summed; `sizeOf`: a value's size (1 or more). */
  constructor(maxSize: number, sizeOf: (value: V) => number) {
    this.half = Math.max(1, Math.floor(maxSize / 2));
    this.sizeOf = sizeOf;
  }

  /** The value kept for `key`, if any; found in the old generation, it moves to the young one. */
  get(key: K): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) {
      this.old.delete(key);
      this.set(key, old);
    }
    return old;
  }

  /**
   * Keeps `value` for `key`, in place of what the young generation kept for it (not at all when it
   * alone is larger than a generation may hold).
   */
  set(key: K, value: V): void {
    const size = this.sizeOf(value);
    const before = this.young.get(key);
    if (before !== undefined) {
      this.young.delete(key);
      this.youngSize -= this.sizeOf(before);
    }
    if (size > this.half) return;
    if (this.youngSize + size > this.half) {
      this.old = this.young;
      this.young = new Map();
      this.youngSize = 0;
    }
    this.young.set(key, value);
    this.youngSize += size;
  }

  /** How many values are kept, in both generations. */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
