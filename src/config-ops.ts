import { z } from 'zod';
import { ConfbotError } from './errors.ts';

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
}

/** Port of the HTTP server (Slack events, health) when `PORT` is not set. */
export const DEFAULT_HTTP_PORT = 3000;
/** Answers per user per window when `RATE_LIMIT_USER` is not set: plenty for a person, not for a script. */
export const DEFAULT_RATE_LIMIT_USER = 20;
/** Answers per channel per window when `RATE_LIMIT_CHANNEL` is not set. */
export const DEFAULT_RATE_LIMIT_CHANNEL = 60;
/** Length of the rate-limit window when `RATE_LIMIT_WINDOW_SECONDS` is not set. */
export const DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 60;

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

const wholeNumber = (fallback: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback;
      if (!/^\d+$/.test(v) || Number(v) > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 0 to ${max} (got "${v}")` });
        return z.NEVER;
      }
      return Number(v);
    });

/** The schema of the shared keys; every value arrives as a trimmed string or undefined. */
const OPS_SCHEMA = z.object({
  LOG_QUERIES: flag(false),
  RATE_LIMIT_USER: wholeNumber(DEFAULT_RATE_LIMIT_USER, 1_000_000),
  RATE_LIMIT_CHANNEL: wholeNumber(DEFAULT_RATE_LIMIT_CHANNEL, 1_000_000),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber(DEFAULT_RATE_LIMIT_WINDOW_SECONDS, 86_400),
  CORPUS_WATCH: flag(true),
  PORT: wholeNumber(DEFAULT_HTTP_PORT, 65_535),
  HOST: z.string().optional(),
});

/**
 * Reads the shared running settings. Throws a `config-invalid` error whose one-line message names the
 * key and the rule; it quotes the value only for these keys, none of which is a secret.
 */
export function readOpsConfig(get: (key: string) => string | undefined): OpsConfig {
  const raw = Object.fromEntries(Object.keys(OPS_SCHEMA.shape).map((k) => [k, get(k)]));
  const parsed = OPS_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfbotError('config-invalid', `${String(issue?.path[0] ?? 'config')} ${issue?.message}`);
  }
  const v = parsed.data;
  if (v.RATE_LIMIT_WINDOW_SECONDS === 0) {
    throw new ConfbotError('config-invalid', 'RATE_LIMIT_WINDOW_SECONDS must be at least 1');
  }
  return {
    logQueries: v.LOG_QUERIES,
    rateLimit: {
      perUser: v.RATE_LIMIT_USER,
      perChannel: v.RATE_LIMIT_CHANNEL,
      windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000,
    },
    watchCorpus: v.CORPUS_WATCH,
    http: { port: v.PORT, host: v.HOST ?? '0.0.0.0' },
  };
}
