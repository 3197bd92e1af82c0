import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfbotError } from './errors.ts';

/** Where confbot keeps its state. */
export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Storage, privacy and team-loop settings (`DATABASE_URL`, `RECORD_QUESTIONS`, ...). */
export interface StoreConfig {
  database: DatabaseLocation;
  /** Keep the text of declined and rated questions (`RECORD_QUESTIONS`); counts are kept regardless. */
  recordQuestions: boolean;
  /** Questions and votes older than this many days are purged (`RETENTION_DAYS`). */
  retentionDays: number;
  /** Store channel and user ids as keyed hashes (`HASH_IDS`), not as they are. */
  hashIds: boolean;
  /** Slack user ids allowed to run admin commands besides workspace admins and owners (`SLACK_ADMINS`). */
  slackAdmins: string[];
  /** Ask Discord for the privileged MessageContent intent, needed by passive lookups (`DISCORD_MESSAGE_CONTENT`). */
  discordMessageContent: boolean;
}

/** The embedded database when `DATABASE_URL` is not set, relative to the working folder. */
export const DEFAULT_DATABASE_PATH = 'data/confbot.db';
/** Days questions and votes are kept when `RETENTION_DAYS` is not set. */
export const DEFAULT_RETENTION_DAYS = 90;

const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback;
      const lower = v.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
      if (['0', 'false', 'no', 'off'].includes(lower)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false (got "${v}")` });
      return z.NEVER;
    });

/** The schema of the storage keys; every value arrives as a trimmed string or undefined. */
const STORE_SCHEMA = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'must be sqlite:PATH or postgres://USER@HOST:PORT/DATABASE',
    }),
  RECORD_QUESTIONS: flag(true),
  RETENTION_DAYS: z
    .string()
    .optional()
    .refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) >= 1), {
      message: 'must be a whole number of days, at least 1',
    })
    .transform((v) => (v === undefined ? DEFAULT_RETENTION_DAYS : Number(v))),
  HASH_IDS: flag(true),
  SLACK_ADMINS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(/[\s,]+/).filter((s) => s !== ''))
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
      message: 'must be Slack user ids (U… or W…) separated by commas',
    }),
  DISCORD_MESSAGE_CONTENT: flag(false),
});

/** Reads the storage settings. Throws a `config-invalid` error naming the key (never quoting DATABASE_URL). */
export function readStoreConfig(get: (key: string) => string | undefined, cwd = process.cwd()): StoreConfig {
  const raw = Object.fromEntries(Object.keys(STORE_SCHEMA.shape).map((k) => [k, get(k)]));
  const parsed = STORE_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfbotError('config-invalid', `${String(issue?.path[0] ?? 'config')} ${issue?.message}`);
  }
  const v = parsed.data;
  const url = v.DATABASE_URL;
  const database: DatabaseLocation =
    url === undefined
      ? { kind: 'sqlite', path: resolve(cwd, DEFAULT_DATABASE_PATH) }
      : url.startsWith('sqlite:')
        ? { kind: 'sqlite', path: resolve(cwd, url.slice('sqlite:'.length)) }
        : { kind: 'postgres', url };
  return {
    database,
    recordQuestions: v.RECORD_QUESTIONS,
    retentionDays: v.RETENTION_DAYS,
    hashIds: v.HASH_IDS,
    slackAdmins: v.SLACK_ADMINS,
    discordMessageContent: v.DISCORD_MESSAGE_CONTENT,
  };
}
