import { randomBytes } from 'node:crypto';
import type { SqlDriver } from './driver.ts';
import { migrate } from './migrations.ts';
import {
  type ChannelSettings,
  type CounterVerdict,
  type DayRow,
  DEFAULT_CHANNEL_SETTINGS,
  type DeclinedRow,
  type DownvoteReason,
  type OutcomeRecord,
  type Store,
  type VoteRecord,
} from './types.ts';

/** Longest a rate-limit window may be (RATE_LIMIT_WINDOW_SECONDS allows a day); older ones are purged. */
const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Options of {@link openSqlStore}. */
export interface SqlStoreOptions {
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * The key declined questions are grouped under: the same words in any case and spacing are the same
 * question ("What is X?" and "what  is x ?").
 */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,;:])/g, '$1')
    .trim();
}

/** `YYYY-MM-DD` (UTC) of an epoch-ms time. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * The {@link Store} over SQL, the same statements for SQLite and PostgreSQL (upserts with `ON CONFLICT`,
 * `RETURNING`). Every check-and-set is one statement, so replicas sharing a PostgreSQL database never
 * race each other. Migrates the database before it returns.
 */
export async function openSqlStore(
  driver: SqlDriver,
  { now = Date.now }: SqlStoreOptions = {},
): Promise<Store> {
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close().catch(() => {});
    throw err;
  }
  const db = driver;
  const store: Store = {
    kind: driver.dialect,

    async seenRecently(key, ttlMs) {
      const at = now();
      const rows = await db.all(
        `INSERT INTO seen_keys (key, expires_at) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_keys.expires_at <= ?
         RETURNING key`,
        [key, at + ttlMs, at],
      );
      return rows.length === 0;
    },

    async takeCounter(key, limit, windowMs): Promise<CounterVerdict> {
      const at = now();
      const ended = at - windowMs;
      const rows = await db.all(
        `INSERT INTO rate_windows (key, started_at, uses) VALUES (?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET
           uses = CASE WHEN rate_windows.started_at <= ? THEN 1 ELSE rate_windows.uses + 1 END,
           started_at = CASE WHEN rate_windows.started_at <= ? THEN excluded.started_at ELSE rate_windows.started_at END
         WHERE rate_windows.started_at <= ? OR rate_windows.uses < ?
         RETURNING key`,
        [key, at, ended, ended, ended, limit],
      );
      if (rows.length > 0) return { allowed: true };
      const [row] = await db.all<{ started_at: number }>(
        'SELECT started_at FROM rate_windows WHERE key = ?',
        [key],
      );
      return { allowed: false, retryAfterMs: Math.max(0, Number(row?.started_at ?? at) + windowMs - at) };
    },

    async putLine(id, line, ttlMs) {
      await db.run(
        `INSERT INTO button_lines (id, line, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET line = excluded.line, expires_at = excluded.expires_at`,
        [id, line, now() + ttlMs],
      );
    },

    async getLine(id) {
      const [row] = await db.all<{ line: string }>(
        'SELECT line FROM button_lines WHERE id = ? AND expires_at > ?',
        [id, now()],
      );
      return row?.line;
    },

    async recordOutcome(o: OutcomeRecord) {
      const at = o.at ?? now();
      await db.run(
        `INSERT INTO daily_outcomes (day, platform, answered, declined) VALUES (?, ?, ?, ?)
         ON CONFLICT (day, platform) DO UPDATE SET
           answered = daily_outcomes.answered + excluded.answered,
           declined = daily_outcomes.declined + excluded.declined`,
        [dayOf(at), o.platform, o.declined ? 0 : 1, o.declined ? 1 : 0],
      );
      if (!o.declined || o.question === undefined || o.question.trim() === '') return;
      await db.run(
        `INSERT INTO declined_questions (question_key, question, command, platform, channel, user_id, asked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          questionKey(o.question),
          o.question.trim(),
          o.command,
          o.platform,
          o.channel ?? null,
          o.user ?? null,
          at,
        ],
      );
    },

    async recordVote(v: VoteRecord) {
      const [before] = await db.all<{ vote: string }>(
        'SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?',
        [v.answerId, v.user],
      );
      await db.run(
        `INSERT INTO votes (answer_id, user_id, vote, reason, comment, command, question, entry, passages,
           platform, channel, voted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, reason = excluded.reason,
           comment = excluded.comment, voted_at = excluded.voted_at`,
        [
          v.answerId,
          v.user,
          v.vote,
          v.reason ?? null,
          v.comment ?? null,
          v.command,
          v.question ?? null,
          v.entry ?? null,
          JSON.stringify(v.passages),
          v.platform,
          v.channel ?? null,
          v.at ?? now(),
        ],
      );
      if (!before) return 'new';
      return before.vote === v.vote ? 'same' : 'changed';
    },

    async explainVote(answerId, user, reason: DownvoteReason, comment) {
      const changed = await db.run(
        `UPDATE votes SET reason = ?, comment = ?, voted_at = ? WHERE answer_id = ? AND user_id = ? AND vote = 'down'`,
        [reason, comment?.trim() ? comment.trim() : null, now(), answerId, user],
      );
      return changed > 0;
    },

    async channelSettings(platform, channel) {
      const [row] = await db.all<{ visibility: string; passive: number }>(
        'SELECT visibility, passive FROM channel_settings WHERE platform = ? AND channel = ?',
        [platform, channel],
      );
      if (!row) return { ...DEFAULT_CHANNEL_SETTINGS };
      return {
        visibility: row.visibility === 'channel' ? 'channel' : 'private',
        passive: Number(row.passive) === 1,
      };
    },

    async updateChannelSettings(platform, channel, patch, by) {
      const current = await store.channelSettings(platform, channel);
      const next: ChannelSettings = { ...current, ...patch };
      await db.run(
        `INSERT INTO channel_settings (platform, channel, visibility, passive, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel) DO UPDATE SET visibility = excluded.visibility,
           passive = excluded.passive, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [platform, channel, next.visibility, next.passive ? 1 : 0, by, now()],
      );
      return next;
    },

    async declined(since, limit): Promise<DeclinedRow[]> {
      const rows = await db.all<{ question: string; n: number; last: number }>(
        `SELECT (SELECT d2.question FROM declined_questions d2 WHERE d2.question_key = d.question_key
                   ORDER BY d2.asked_at DESC LIMIT 1) AS question,
                COUNT(*) AS n, MAX(d.asked_at) AS last
         FROM declined_questions d WHERE d.asked_at >= ?
         GROUP BY d.question_key ORDER BY n DESC, last DESC LIMIT ?`,
        [since, limit],
      );
      return rows.map((r) => ({ question: r.question, count: Number(r.n), lastAsked: Number(r.last) }));
    },

    async downvoted(since, limit): Promise<VoteRecord[]> {
      const rows = await db.all<Record<string, string | number | null>>(
        `SELECT answer_id, user_id, vote, reason, comment, command, question, entry, passages, platform,
                channel, voted_at
         FROM votes WHERE vote = 'down' AND voted_at >= ? ORDER BY voted_at DESC LIMIT ?`,
        [since, limit],
      );
      return rows.map((r) => ({
        answerId: String(r.answer_id),
        user: String(r.user_id),
        vote: 'down' as const,
        ...(r.reason ? { reason: r.reason as DownvoteReason } : {}),
        ...(r.comment ? { comment: String(r.comment) } : {}),
        command: String(r.command),
        ...(r.question ? { question: String(r.question) } : {}),
        ...(r.entry ? { entry: String(r.entry) } : {}),
        passages: JSON.parse(String(r.passages)) as string[],
        platform: String(r.platform),
        ...(r.channel ? { channel: String(r.channel) } : {}),
        at: Number(r.voted_at),
      }));
    },

    async days(since): Promise<DayRow[]> {
      const rows = await db.all<{ day: string; answered: number; declined: number }>(
        `SELECT day, SUM(answered) AS answered, SUM(declined) AS declined FROM daily_outcomes
         WHERE day >= ? GROUP BY day ORDER BY day`,
        [dayOf(since)],
      );
      return rows.map((r) => ({ day: r.day, answered: Number(r.answered), declined: Number(r.declined) }));
    },

    async purge(before) {
      const at = now();
      let deleted = 0;
      deleted += await db.run('DELETE FROM declined_questions WHERE asked_at < ?', [before]);
      deleted += await db.run('DELETE FROM votes WHERE voted_at < ?', [before]);
      deleted += await db.run('DELETE FROM daily_outcomes WHERE day < ?', [dayOf(before)]);
      deleted += await db.run('DELETE FROM seen_keys WHERE expires_at <= ?', [at]);
      deleted += await db.run('DELETE FROM button_lines WHERE expires_at <= ?', [at]);
      deleted += await db.run('DELETE FROM rate_windows WHERE started_at < ?', [at - MAX_WINDOW_MS]);
      return deleted;
    },

    async secret(name) {
      await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
        `secret:${name}`,
        randomBytes(32).toString('hex'),
      ]);
      const [row] = await db.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [
        `secret:${name}`,
      ]);
      if (!row) throw new Error(`secret ${name} could not be stored`);
      return row.value;
    },

    close: () => driver.close(),
  };
  return store;
}
