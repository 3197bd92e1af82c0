/** Where a record came from: the chat platform and its opaque channel and user ids. */
export interface Origin {
  platform: string;
  /** Channel id, hashed unless `HASH_IDS=false`. */
  channel?: string;
  /** User id, hashed unless `HASH_IDS=false`. */
  user?: string;
}

/** One answered or declined question, as counted per day (and, when declined, kept as text). */
export interface OutcomeRecord extends Origin {
  /** The command that answered (`ask`, `search`, ...). */
  command: string;
  /** The question as asked; kept only when declined and `RECORD_QUESTIONS` allows. */
  question?: string;
  declined: boolean;
  /** Epoch ms; now by default. */
  at?: number;
}

/** Why a person marked an answer as wrong, as the feedback modal offers it. */
export type DownvoteReason = 'wrong' | 'outdated' | 'not-what-i-asked' | 'other';

/** Every reason, in the order the modal lists them. */
export const DOWNVOTE_REASONS: readonly DownvoteReason[] = ['wrong', 'outdated', 'not-what-i-asked', 'other'];

/** How each reason reads in the 👎 modal, on every platform. */
export const DOWNVOTE_REASON_LABELS: Readonly<Record<DownvoteReason, string>> = {
  wrong: 'Wrong',
  outdated: 'Outdated',
  'not-what-i-asked': 'Not what I asked',
  other: 'Other',
};

/** One person's rating of one answer; a later vote of the same person on the same answer replaces it. */
export interface VoteRecord extends Origin {
  /** The answer rated: an id issued when the answer was shown. */
  answerId: string;
  user: string;
  vote: 'up' | 'down';
  reason?: DownvoteReason;
  /** Free text from the modal. */
  comment?: string;
  command: string;
  question?: string;
  /** The corpus entry the answer came from, and the passages it quoted. */
  entry?: string;
  passages: string[];
  at?: number;
}

/** What a channel has chosen. */
export interface ChannelSettings {
  /** Where answers go by default: only to the asker, or into the channel. */
  visibility: 'private' | 'channel';
  /** Whether the bot answers references typed in ordinary messages. */
  passive: boolean;
}

/** Settings of a channel nobody has configured. */
export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = { visibility: 'private', passive: false };

/** A declined question, grouped with the others that differ only in case and spacing. */
export interface DeclinedRow {
  question: string;
  count: number;
  /** Epoch ms of the latest time it was asked. */
  lastAsked: number;
}

/** One day's totals. */
export interface DayRow {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  answered: number;
  declined: number;
}

/** The verdict of a shared rate-limit counter. */
export type CounterVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * confbot's state: what several replicas must share (event de-duplication, rate limits, button lines,
 * channel settings) and what the team loop keeps (declined questions, votes, daily totals). One
 * interface, two implementations: SQLite in a file (default) and PostgreSQL (for replicas).
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Records `key` for `ttlMs` and returns true when it was already recorded and has not expired. Atomic. */
  seenRecently(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one use of `key` in its fixed window, unless `limit` is already reached (then nothing counts). */
  takeCounter(key: string, limit: number, windowMs: number): Promise<CounterVerdict>;
  /** Keeps a button's command line under an id for `ttlMs`. */
  putLine(id: string, line: string, ttlMs: number): Promise<void>;
  /** The line under `id`, unless expired or unknown. */
  getLine(id: string): Promise<string | undefined>;
  /** Counts an outcome in its day, and keeps a declined question's text when one is given. */
  recordOutcome(outcome: OutcomeRecord): Promise<void>;
  /** Stores a vote; `changed` when it replaced a different vote of the same person on the same answer. */
  recordVote(vote: VoteRecord): Promise<'new' | 'changed' | 'same'>;
  /** Adds a reason and comment to a person's existing vote; false when there is no such vote. */
  explainVote(answerId: string, user: string, reason: DownvoteReason, comment?: string): Promise<boolean>;
  channelSettings(platform: string, channel: string): Promise<ChannelSettings>;
  updateChannelSettings(
    platform: string,
    channel: string,
    patch: Partial<ChannelSettings>,
    by: string,
  ): Promise<ChannelSettings>;
  /** Declined questions since `since` (epoch ms), most asked first. */
  declined(since: number, limit: number): Promise<DeclinedRow[]>;
  /** Down-votes since `since`, newest first. */
  downvoted(since: number, limit: number): Promise<VoteRecord[]>;
  /** Daily totals since `since`, oldest first. */
  days(since: number): Promise<DayRow[]>;
  /** Deletes questions and votes recorded before `before`, and every expired key. Returns rows deleted. */
  purge(before: number): Promise<number>;
  /** A random secret made once per database and then shared by every replica (the id-hashing key). */
  secret(name: string): Promise<string>;
  close(): Promise<void>;
}
