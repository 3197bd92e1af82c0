import { LRUCache } from 'lru-cache';

/** Most answers kept at once; the least recently asked are dropped first. */
export const DEFAULT_ANSWER_CACHE_MAX = 2000;

/** How long an answer is kept, in milliseconds (one hour): a bound on memory, not on correctness. */
export const DEFAULT_ANSWER_CACHE_TTL_MS = 60 * 60 * 1000;

/** A corpus version: anything that changes when the corpus does (a snapshot key, a reload count). */
export type CorpusVersion = string | number;

/** Options of {@link AnswerCache}, each with a named default. */
export interface AnswerCacheOptions {
  /** Most answers kept; default {@link DEFAULT_ANSWER_CACHE_MAX}. */
  max?: number;
  /** Time to live of an answer; default {@link DEFAULT_ANSWER_CACHE_TTL_MS}. 0 keeps answers until evicted. */
  ttlMs?: number;
}

/** How a cache has done since it was made: hits, misses, and how often a new corpus version cleared it. */
export interface AnswerCacheStats {
  hits: number;
  misses: number;
  clears: number;
  size: number;
}

/**
 * Answers already given, keyed by the normalised question line and the corpus version they were
 * answered from. Teams ask the same things; an answer costs milliseconds of ranking and verification,
 * a hit a map lookup. The cache holds one corpus version at a time: the first call with another version
 * (a reload) empties it, so no answer outlives the corpus it came from.
 *
 * Only an answer that depends on nothing but the line and the corpus may be cached: a follow-up read
 * against a conversation's previous question must be keyed by the line it was resolved to, or not cached.
 */
export class AnswerCache<V extends {}> {
  private readonly cache: LRUCache<string, V>;
  private version: CorpusVersion | undefined;
  private hits = 0;
  private misses = 0;
  private clears = 0;

  constructor(options: AnswerCacheOptions = {}) {
    const ttl = options.ttlMs ?? DEFAULT_ANSWER_CACHE_TTL_MS;
    this.cache = new LRUCache<string, V>({
      max: options.max ?? DEFAULT_ANSWER_CACHE_MAX,
      ...(ttl > 0 ? { ttl } : {}),
    });
  }

  /** The cached answer to `line` from corpus `version`, if any. */
  get(line: string, version: CorpusVersion): V | undefined {
    this.useVersion(version);
    const value = this.cache.get(normalizeLine(line));
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  /** Keeps the answer to `line` from corpus `version`. */
  set(line: string, version: CorpusVersion, value: V): void {
    this.useVersion(version);
    this.cache.set(normalizeLine(line), value);
  }

  /**
   * The cached answer to `line`, or `compute()`'s, kept for next time. A `compute` that throws caches
   * nothing: an error (a bug, a timeout) is not an answer to replay.
   */
  getOrCompute(line: string, version: CorpusVersion, compute: () => V): V {
    const cached = this.get(line, version);
    if (cached !== undefined) return cached;
    const value = compute();
    this.set(line, version, value);
    return value;
  }

  /** Empties the cache (a reload does it by changing the version; this is for an explicit reset). */
  clear(): void {
    this.cache.clear();
    this.clears++;
  }

  /** Hits, misses, clears and the current size, for logs and the bench. */
  stats(): AnswerCacheStats {
    return { hits: this.hits, misses: this.misses, clears: this.clears, size: this.cache.size };
  }

  private useVersion(version: CorpusVersion): void {
    if (this.version === version) return;
    if (this.version !== undefined) this.clear();
    this.version = version;
  }
}

/**
 * The cache key of a question line: Unicode-composed (NFC), spaces collapsed, trimmed. Case and
 * punctuation are kept on purpose: the pipeline reads them ("US" is a country, "us" a pronoun; a
 * trailing "?" marks a question), so two lines differing in them may get different answers.
 */
export function normalizeLine(line: string): string {
  return line.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
