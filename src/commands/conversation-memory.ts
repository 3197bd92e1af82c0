import { LRUCache } from 'lru-cache';
import type { PreviousQuestion } from '../search/follow-up.ts';

/** Most conversations remembered at once; the least recent are forgotten first. */
export const MAX_CONVERSATIONS = 10_000;

/** How long a conversation's last question is remembered (30 minutes). */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

/**
 * The last answered question of each conversation (a thread or a DM, per user), bounded in count and
 * time. Keys are built by the caller from platform, channel, thread and user, so nothing is shared
 * across threads, users or channels.
 */
export class ConversationMemory {
  private readonly cache: LRUCache<string, PreviousQuestion>;

  constructor(options: { max?: number; ttlMs?: number } = {}) {
    this.cache = new LRUCache({
      max: options.max ?? MAX_CONVERSATIONS,
      ttl: options.ttlMs ?? CONVERSATION_TTL_MS,
    });
  }

  /** The previous question of a conversation, if it is still remembered. */
  get(key: string): PreviousQuestion | undefined {
    return this.cache.get(key);
  }

  /** Remembers a conversation's last answered question. */
  set(key: string, previous: PreviousQuestion): void {
    this.cache.set(key, previous);
  }
}

/** A conversation's memory, as a command sees it: the previous question, and a way to record this one. */
export interface Conversation {
  previous: PreviousQuestion | undefined;
  remember(previous: PreviousQuestion): void;
}
