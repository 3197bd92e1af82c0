import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OpsConfig, readOpsConfig } from './config-ops.ts';
import { readStoreConfig, type StoreConfig } from './config-store.ts';
import { ConfbotError } from './errors.ts';
import type { LogLevel } from './log.ts';

/** The corpus bundled with the package, used when `CORPUS_DIR` is not set. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus/pp14', import.meta.url));

/** Slack settings; present only when a Slack bot token is set. */
export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set (no public URL needed); otherwise HTTP with the signing secret. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL, e.g. a local fake in tests or a regional deployment; Slack's own by default. */
  apiUrl?: string;
  /** HTTP mode: port and host the events endpoint listens on. */
  port: number;
  host: string;
}

/** Discord settings; present only when a Discord bot token is set. */
export interface DiscordConfig {
  token: string;
  /** The application id, for registering commands and answering interactions. */
  appId: string;
  /** A development guild to register commands in, where they appear at once. */
  guildId?: string;
  /** REST base URL (no trailing slash); the gateway URL then comes from its /gateway/bot. */
  apiUrl?: string;
  /** Scale-out: this process runs gateway shard `id` of `count`; unset, discord.js runs one shard. */
  shard?: { id: number; count: number };
}

/** Every setting confbot reads, validated once at start. */
export interface Config {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  logLevel: LogLevel;
  /** Platform tokens present in the environment; adapters start only for these. */
  platforms: { slack: boolean; discord: boolean };
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Logs, rate limits, corpus reload and the health port, whichever platforms run. */
  ops: OpsConfig;
  /** The database, what it keeps and for how long, admins, passive lookups' intent. */
  store: StoreConfig;
}

/** Port of the Slack HTTP endpoint when `PORT` is not set. */
export const DEFAULT_PORT = 3000;

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/**
 * Reads configuration from an environment (normally `process.env` after `.env` is loaded). Throws a
 * `config-invalid` error naming the key when a value is unusable, so start-up fails with one clear line.
 */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const get = (key: string) => {
    const v = env[key]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfbotError(
      'config-invalid',
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`,
    );
  }
  const corpus = get('CORPUS_DIR');
  const slack = readSlack(get);
  const discord = readDiscord(get);
  const ops = readOpsConfig(get);
  return {
    corpusDir: corpus ? resolve(cwd, corpus) : DEFAULT_CORPUS_DIR,
    logLevel: logLevel as LogLevel,
    platforms: { slack: slack !== undefined, discord: discord !== undefined },
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    ops,
    store: readStoreConfig(get, cwd),
  };
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

function invalid(message: string): never {
  throw new ConfbotError('config-invalid', message);
}

function readSlack(get: (key: string) => string | undefined): SlackConfig | undefined {
  const botToken = get('SLACK_BOT_TOKEN');
  const appToken = get('SLACK_APP_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  if (!botToken) {
    if (appToken || signingSecret) {
      invalid(
        `SLACK_BOT_TOKEN is required when ${appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set`,
      );
    }
    return undefined;
  }
  if (!/^xoxb-[\w-]+$/.test(botToken)) invalid('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"');
  if (appToken !== undefined && !/^xapp-[\w-]+$/.test(appToken)) {
    invalid('SLACK_APP_TOKEN must be an app-level token starting with "xapp-"');
  }
  if (!appToken && !signingSecret) {
    invalid(
      'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is',
    );
  }
  const apiUrl = get('SLACK_API_URL');
  if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl))
    invalid('SLACK_API_URL must be an http(s) URL');
  const rawPort = get('PORT') ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535)
    invalid(`PORT must be a number from 0 to 65535 (got "${rawPort}")`);
  return {
    botToken,
    ...(appToken ? { appToken } : {}),
    ...(signingSecret ? { signingSecret } : {}),
    // Bolt's WebClient joins method names to the base URL, so it must end with a slash.
    ...(apiUrl ? { apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    port,
    host: get('HOST') ?? '0.0.0.0',
  };
}

function readDiscord(get: (key: string) => string | undefined): DiscordConfig | undefined {
  const token = get('DISCORD_TOKEN');
  const appId = get('DISCORD_APP_ID');
  const guildId = get('DISCORD_GUILD_ID');
  const apiUrl = get('DISCORD_API_URL');
  if (!token) {
    if (appId || guildId)
      invalid(`DISCORD_TOKEN is required when ${appId ? 'DISCORD_APP_ID' : 'DISCORD_GUILD_ID'} is set`);
    return undefined;
  }
  if (/\s/.test(token))
    invalid('DISCORD_TOKEN must not contain spaces (copy the bot token from the Developer Portal)');
  if (!appId)
    invalid(
      'DISCORD_APP_ID is required when DISCORD_TOKEN is set (the application id from the Developer Portal)',
    );
  if (!/^\d{1,20}$/.test(appId)) invalid('DISCORD_APP_ID must be a numeric application id');
  if (guildId !== undefined && !/^\d{1,20}$/.test(guildId))
    invalid('DISCORD_GUILD_ID must be a numeric guild id');
  if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl))
    invalid('DISCORD_API_URL must be an http(s) URL');
  const shard = readShard(get('DISCORD_SHARD_ID'), get('DISCORD_SHARD_COUNT'));
  return {
    token,
    ...(shard ? { shard } : {}),
    appId,
    ...(guildId ? { guildId } : {}),
    // discord.js appends "/v10/..." to the base itself, so it must not end with a slash.
    ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}),
  };
}

function readShard(
  id: string | undefined,
  count: string | undefined,
): { id: number; count: number } | undefined {
  if (id === undefined && count === undefined) return undefined;
  if (id === undefined || count === undefined)
    invalid('DISCORD_SHARD_ID and DISCORD_SHARD_COUNT must be set together');
  if (!/^\d{1,5}$/.test(count) || Number(count) < 1)
    invalid(`DISCORD_SHARD_COUNT must be a whole number of at least 1 (got "${count}")`);
  if (!/^\d{1,5}$/.test(id) || Number(id) >= Number(count))
    invalid(`DISCORD_SHARD_ID must be a whole number below DISCORD_SHARD_COUNT (got "${id}")`);
  return { id: Number(id), count: Number(count) };
}
