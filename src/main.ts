import type { Readable, Writable } from 'node:stream';
import { runChat } from './cli/chat.ts';
import { createContext } from './commands/registry.ts';
import type { CommandContext } from './commands/types.ts';
import type { Config } from './config.ts';
import { loadCorpusOrThrow } from './corpus/load.ts';
import { ConfbotError } from './errors.ts';
import type { Logger } from './log.ts';

/** Loads the configured corpus and builds the command context: the work every mode does first. */
export async function prepare(config: Config): Promise<CommandContext> {
  return createContext(await loadCorpusOrThrow(config.corpusDir));
}

/** What {@link startBot} runs on. */
export interface StartOptions {
  config: Config;
  logger: Logger;
  input?: Readable;
  output?: Writable;
}

/**
 * `npm start`: starts the platforms whose tokens are configured, or, with none, the terminal chat on the
 * corpus. Resolves when the chat ends, or for a platform bot when the process is asked to stop.
 */
export async function startBot({ config, logger, input, output }: StartOptions): Promise<void> {
  if (config.platforms.discord) {
    // The Discord adapter is issue #5; refusing beats silently ignoring a token.
    throw new ConfbotError(
      'config-invalid',
      'DISCORD_TOKEN is set, but this build has no Discord adapter yet; unset it',
    );
  }
  const ctx = await prepare(config);
  logger.debug('corpus loaded', { entries: ctx.corpus.entries.length, passages: ctx.corpus.passages.length });
  if (config.slack) {
    // Loaded only when configured: Bolt and its dependencies cost start-up time the terminal chat never needs.
    const { startSlack } = await import('./adapters/slack/slack-app.ts');
    const slack = await startSlack({ config: config.slack, ctx, logger });
    await untilSignal(logger);
    await slack.stop();
    return;
  }
  await runChat({ ctx, logger, ...(input ? { input } : {}), ...(output ? { output } : {}) });
}

/** Resolves on SIGINT or SIGTERM, so a platform bot stops cleanly when its host asks it to. */
function untilSignal(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      logger.info('stopping', { signal });
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
