import type { StoreConfig } from './config-store.ts';
import type { LogLevel } from './log.ts';

/*
 * The shape of a validated configuration, apart from the schema that reads it (config.ts), so that
 * the adapters and the runtime depend on what a setting is, not on how it is parsed.
 */

/** Slack settings; present only when a Slack bot token is set. */
export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set (no public URL needed); otherwise HTTP with the signing secret. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL, e.g. a local fake in tests or a regional deployment; Slack's own by default. */
  apiUrl?: string;
  /** HTTP mode: port and host the events endpoint listens on (`PORT`, `HOST`, as for health). */
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

/** The reliability limits: what one input, one request, one corpus file and the corpus may cost. */
export interface Limits {
  /** Longest message accepted once cleaned, in characters (`INPUT_MAX_CHARS`). */
  inputMaxChars: number;
  /** Autocomplete requests per user per 10 s (`AUTOCOMPLETE_RATE_LIMIT_USER`); 0 turns it off. */
  autocompletePerUser: number;
  /** Main-thread milliseconds a request may cost before it is charged extra (`REQUEST_CPU_BUDGET_MS`). */
  cpuBudgetMs: number;
  /** Largest corpus file, in bytes (`CORPUS_MAX_FILE_KB`). */
  corpusMaxFileBytes: number;
  /** Largest corpus, all files together, in bytes (`CORPUS_MAX_TOTAL_MB`). */
  corpusMaxBytes: number;
}

/** Running settings every mode shares: logs, rate limits, corpus reload, the HTTP port for health. */
export interface OpsConfig {
  /** Keep what users typed in the logs (`LOG_QUERIES`); off by default. */
  logQueries: boolean;
  /** Answers allowed per user and per channel in each window; 0 turns that limit off. */
  rateLimit: { perUser: number; perChannel: number; windowMs: number };
  /** Reload the corpus when its folder changes (`CORPUS_WATCH`). */
  watchCorpus: boolean;
  /** Where `/healthz` and `/readyz` are served (shared with Slack's events endpoint in HTTP mode). */
  http: { port: number; host: string };
  limits: Limits;
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
  /** Logs, rate limits, corpus reload, the health port and the reliability limits. */
  ops: OpsConfig;
  /** The database, what it keeps and for how long, admins, passive lookups' intent. */
  store: StoreConfig;
}
