import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  type DatabaseLocation,
  DEFAULT_DATABASE_PATH,
  DEFAULT_RETENTION_DAYS,
  type StoreConfig,
} from './config-store.ts';
import type { Config, DiscordConfig, SlackConfig } from './config-types.ts';
import { DEFAULT_MAX_CORPUS_BYTES, DEFAULT_MAX_CORPUS_FILE_BYTES } from './corpus/limits.ts';
import { ConfbotError } from './errors.ts';
import type { LogLevel } from './log.ts';

/** The corpus bundled with the package, used when `CORPUS_DIR` is not set. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus/pp14', import.meta.url));

/** Port of the HTTP server (Slack events, health) when `PORT` is not set. */
export const DEFAULT_PORT = 3000;
/** Interface the HTTP server listens on when `HOST` is not set: all of them. */
export const DEFAULT_HOST = '0.0.0.0';
/** Answers per user per window when `RATE_LIMIT_USER` is not set: plenty for a person, not for a script. */
export const DEFAULT_RATE_LIMIT_USER = 20;
/** Answers per channel per window when `RATE_LIMIT_CHANNEL` is not set. */
export const DEFAULT_RATE_LIMIT_CHANNEL = 60;
/** Length of the rate-limit window when `RATE_LIMIT_WINDOW_SECONDS` is not set. */
export const DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 60;
/** `INPUT_MAX_CHARS` default: a question longer than this is almost certainly a paste. */
export const DEFAULT_INPUT_MAX_CHARS = 1000;
/** `AUTOCOMPLETE_RATE_LIMIT_USER` default, per 10 s: fast typing, one request per keystroke, fits. */
export const DEFAULT_AUTOCOMPLETE_RATE_LIMIT_USER = 30;
/** `REQUEST_CPU_BUDGET_MS` default: a normal answer costs under 5 ms, the slowest capped input about 90. */
export const DEFAULT_REQUEST_CPU_BUDGET_MS = 25;
/** `CORPUS_MAX_FILE_KB` default (see {@link DEFAULT_MAX_CORPUS_FILE_BYTES}). */
export const DEFAULT_CORPUS_MAX_FILE_KB = DEFAULT_MAX_CORPUS_FILE_BYTES / 1024;
/** `CORPUS_MAX_TOTAL_MB` default (see {@link DEFAULT_MAX_CORPUS_BYTES}). */
export const DEFAULT_CORPUS_MAX_TOTAL_MB = DEFAULT_MAX_CORPUS_BYTES / (1024 * 1024);

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const satisfies readonly LogLevel[];

/** Each value arrives as a trimmed string, or undefined when unset or blank. */
const text = z.string().optional();

const flag = (fallback: boolean) =>
  text.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const lower = v.toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
    if (['0', 'false', 'no', 'off'].includes(lower)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false (got "${v}")` });
    return z.NEVER;
  });

const wholeNumber = (fallback: number, min: number, max: number) =>
  text.transform((v, ctx) => {
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max} (got "${v}")` });
      return z.NEVER;
    }
    if (Number(v) < min) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${min} (got "${v}")` });
      return z.NEVER;
    }
    return Number(v);
  });

/** An optional value that must match `pattern`; `rule` says how, without quoting it (it may be secret). */
const shaped = (pattern: RegExp, rule: string) =>
  text.refine((v) => v === undefined || pattern.test(v), { message: rule });

const HTTP_URL = /^https?:\/\/[^\s]+$/;
const SNOWFLAKE = /^\d{1,20}$/;

/**
 * The one schema of every key confbot reads: one default and one wording per key. A message names its
 * key first; it quotes the value only for keys that are never secret.
 */
const SCHEMA = z
  .object({
    CORPUS_DIR: text,
    LOG_LEVEL: text.transform((v, ctx) => {
      const level = (v ?? 'info').toLowerCase();
      if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
      ctx.addIssue({ code: 'custom', message: `must be one of ${LOG_LEVELS.join(', ')} (got "${v}")` });
      return z.NEVER;
    }),
    LOG_QUERIES: flag(false),
    CORPUS_WATCH: flag(true),
    RATE_LIMIT_USER: wholeNumber(DEFAULT_RATE_LIMIT_USER, 0, 1_000_000),
    RATE_LIMIT_CHANNEL: wholeNumber(DEFAULT_RATE_LIMIT_CHANNEL, 0, 1_000_000),
    RATE_LIMIT_WINDOW_SECONDS: wholeNumber(DEFAULT_RATE_LIMIT_WINDOW_SECONDS, 1, 86_400),
    PORT: wholeNumber(DEFAULT_PORT, 0, 65_535),
    HOST: text,
    INPUT_MAX_CHARS: wholeNumber(DEFAULT_INPUT_MAX_CHARS, 10, 100_000),
    AUTOCOMPLETE_RATE_LIMIT_USER: wholeNumber(DEFAULT_AUTOCOMPLETE_RATE_LIMIT_USER, 0, 1_000_000),
    REQUEST_CPU_BUDGET_MS: wholeNumber(DEFAULT_REQUEST_CPU_BUDGET_MS, 1, 60_000),
    CORPUS_MAX_FILE_KB: wholeNumber(DEFAULT_CORPUS_MAX_FILE_KB, 1, 1_048_576),
    CORPUS_MAX_TOTAL_MB: wholeNumber(DEFAULT_CORPUS_MAX_TOTAL_MB, 1, 65_536),
    SLACK_BOT_TOKEN: shaped(/^xoxb-[\w-]+$/, 'must be a bot token starting with "xoxb-"'),
    SLACK_APP_TOKEN: shaped(/^xapp-[\w-]+$/, 'must be an app-level token starting with "xapp-"'),
    SLACK_SIGNING_SECRET: text,
    SLACK_API_URL: shaped(HTTP_URL, 'must be an http(s) URL'),
    DISCORD_TOKEN: shaped(/^\S+$/, 'must not contain spaces (copy the bot token from the Developer Portal)'),
    DISCORD_APP_ID: shaped(SNOWFLAKE, 'must be a numeric application id'),
    DISCORD_GUILD_ID: shaped(SNOWFLAKE, 'must be a numeric guild id'),
    DISCORD_API_URL: shaped(HTTP_URL, 'must be an http(s) URL'),
    DISCORD_SHARD_ID: text,
    DISCORD_SHARD_COUNT: text,
    DATABASE_URL: text.refine((v) => v === undefined || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'must be sqlite:PATH or postgres://USER@HOST:PORT/DATABASE',
    }),
    RECORD_QUESTIONS: flag(true),
    RETENTION_DAYS: text
      .refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) >= 1), {
        message: 'must be a whole number of days, at least 1',
      })
      .transform((v) => (v === undefined ? DEFAULT_RETENTION_DAYS : Number(v))),
    HASH_IDS: flag(true),
    SLACK_ADMINS: text
      .transform((v) => (v ?? '').split(/[\s,]+/).filter((s) => s !== ''))
      .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
        message: 'must be Slack user ids (U… or W…) separated by commas',
      }),
    DISCORD_MESSAGE_CONTENT: flag(false),
  })
  .superRefine((v, ctx) => {
    // Rules between keys; each message still starts with the key to change.
    const issue = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (!v.SLACK_BOT_TOKEN) {
      if (v.SLACK_APP_TOKEN) issue('SLACK_BOT_TOKEN', 'is required when SLACK_APP_TOKEN is set');
      else if (v.SLACK_SIGNING_SECRET)
        issue('SLACK_BOT_TOKEN', 'is required when SLACK_SIGNING_SECRET is set');
    } else if (!v.SLACK_APP_TOKEN && !v.SLACK_SIGNING_SECRET) {
      issue(
        'SLACK_BOT_TOKEN',
        'is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is',
      );
    }
    if (!v.DISCORD_TOKEN) {
      if (v.DISCORD_APP_ID) issue('DISCORD_TOKEN', 'is required when DISCORD_APP_ID is set');
      else if (v.DISCORD_GUILD_ID) issue('DISCORD_TOKEN', 'is required when DISCORD_GUILD_ID is set');
    } else if (!v.DISCORD_APP_ID) {
      issue(
        'DISCORD_APP_ID',
        'is required when DISCORD_TOKEN is set (the application id from the Developer Portal)',
      );
    }
    const { DISCORD_SHARD_ID: id, DISCORD_SHARD_COUNT: count } = v;
    if ((id === undefined) !== (count === undefined))
      issue('DISCORD_SHARD_ID', 'and DISCORD_SHARD_COUNT must be set together');
    else if (id !== undefined && count !== undefined) {
      if (!/^\d{1,5}$/.test(count) || Number(count) < 1)
        issue('DISCORD_SHARD_COUNT', `must be a whole number of at least 1 (got "${count}")`);
      else if (!/^\d{1,5}$/.test(id) || Number(id) >= Number(count))
        issue('DISCORD_SHARD_ID', `must be a whole number below DISCORD_SHARD_COUNT (got "${id}")`);
    }
  });

/** Every key the schema reads, for documentation checks. */
export const CONFIG_KEYS: readonly string[] = Object.keys(SCHEMA.shape);

/**
 * Reads configuration from an environment (normally `process.env` after `.env` is loaded). Throws a
 * `config-invalid` error whose one-line message starts with the key, so start-up fails with one clear
 * line.
 */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const raw = Object.fromEntries(
    CONFIG_KEYS.map((key) => {
      const v = env[key]?.trim();
      return [key, v === undefined || v === '' ? undefined : v];
    }),
  );
  const parsed = SCHEMA.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfbotError('config-invalid', `${String(issue?.path[0] ?? 'config')} ${issue?.message}`);
  }
  const v = parsed.data;
  const http = { port: v.PORT, host: v.HOST ?? DEFAULT_HOST };
  const slack: SlackConfig | undefined = v.SLACK_BOT_TOKEN
    ? {
        botToken: v.SLACK_BOT_TOKEN,
        ...(v.SLACK_APP_TOKEN ? { appToken: v.SLACK_APP_TOKEN } : {}),
        ...(v.SLACK_SIGNING_SECRET ? { signingSecret: v.SLACK_SIGNING_SECRET } : {}),
        // Bolt's WebClient joins method names to the base URL, so it must end with a slash.
        ...(v.SLACK_API_URL
          ? { apiUrl: v.SLACK_API_URL.endsWith('/') ? v.SLACK_API_URL : `${v.SLACK_API_URL}/` }
          : {}),
        ...http,
      }
    : undefined;
  const discord: DiscordConfig | undefined =
    v.DISCORD_TOKEN && v.DISCORD_APP_ID
      ? {
          token: v.DISCORD_TOKEN,
          ...(v.DISCORD_SHARD_ID !== undefined && v.DISCORD_SHARD_COUNT !== undefined
            ? { shard: { id: Number(v.DISCORD_SHARD_ID), count: Number(v.DISCORD_SHARD_COUNT) } }
            : {}),
          appId: v.DISCORD_APP_ID,
          ...(v.DISCORD_GUILD_ID ? { guildId: v.DISCORD_GUILD_ID } : {}),
          // discord.js appends "/v10/..." to the base itself, so it must not end with a slash.
          ...(v.DISCORD_API_URL ? { apiUrl: v.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
        }
      : undefined;
  return {
    corpusDir: v.CORPUS_DIR ? resolve(cwd, v.CORPUS_DIR) : DEFAULT_CORPUS_DIR,
    logLevel: v.LOG_LEVEL,
    platforms: { slack: slack !== undefined, discord: discord !== undefined },
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    ops: {
      logQueries: v.LOG_QUERIES,
      rateLimit: {
        perUser: v.RATE_LIMIT_USER,
        perChannel: v.RATE_LIMIT_CHANNEL,
        windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000,
      },
      watchCorpus: v.CORPUS_WATCH,
      http,
      limits: {
        inputMaxChars: v.INPUT_MAX_CHARS,
        autocompletePerUser: v.AUTOCOMPLETE_RATE_LIMIT_USER,
        cpuBudgetMs: v.REQUEST_CPU_BUDGET_MS,
        corpusMaxFileBytes: v.CORPUS_MAX_FILE_KB * 1024,
        corpusMaxBytes: v.CORPUS_MAX_TOTAL_MB * 1024 * 1024,
      },
    },
    store: storeConfig(v, cwd),
  };
}

/**
 * Checks that the corpus folder exists and is a folder, before anything reads it: a wrong `CORPUS_DIR`
 * is then one line naming the key, like every other setting, instead of a raw ENOENT and a stack.
 */
export function checkCorpusDir(dir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
    throw new ConfbotError('config-invalid', `CORPUS_DIR must be a corpus folder: ${dir} ${why}`);
  }
  if (!isFolder)
    throw new ConfbotError('config-invalid', `CORPUS_DIR must be a corpus folder: ${dir} is a file`);
}

/** Every credential in a configuration, for the logger to blank wherever one might appear. */
export function secretsOf(config: Config): string[] {
  return [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    databasePassword(config),
  ].filter((s): s is string => typeof s === 'string' && s !== '');
}

/** The storage keys' parsed values as the store's settings; a relative sqlite path is under `cwd`. */
function storeConfig(v: z.infer<typeof SCHEMA>, cwd: string): StoreConfig {
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

/** The password inside a PostgreSQL DATABASE_URL, if any, so logs never show it. */
function databasePassword(config: Config): string | undefined {
  const db = config.store.database;
  if (db.kind !== 'postgres') return undefined;
  try {
    return decodeURIComponent(new URL(db.url).password) || undefined;
  } catch {
    return undefined;
  }
}
