import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfbotError } from './errors.ts';
import type { LogLevel } from './log.ts';

/** The corpus bundled with the package, used when `CORPUS_DIR` is not set. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus/pp14', import.meta.url));

/** Every setting confbot reads, validated once at start. */
export interface Config {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  logLevel: LogLevel;
  /** Platform tokens present in the environment; adapters start only for these. */
  platforms: { slack: boolean; discord: boolean };
}

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
  return {
    corpusDir: corpus ? resolve(cwd, corpus) : DEFAULT_CORPUS_DIR,
    logLevel: logLevel as LogLevel,
    platforms: {
      slack: get('SLACK_BOT_TOKEN') !== undefined || get('SLACK_APP_TOKEN') !== undefined,
      discord: get('DISCORD_TOKEN') !== undefined,
    },
  };
}
