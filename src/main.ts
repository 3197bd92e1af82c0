import type { Readable, Writable } from 'node:stream';
import { runChat } from './cli/chat.ts';
import { createContext } from './commands/registry.ts';
import type { CommandContext } from './commands/types.ts';
import type { Config } from './config.ts';
import { openCorpus } from './corpus/snapshot.ts';
import type { Logger } from './log.ts';

/**
 * Loads the configured corpus and builds the command context: the work every mode does first. Uses the
 * corpus's snapshot (`confbot corpus build`) when it matches the corpus, and builds the index otherwise.
 */
export async function prepare(config: Config): Promise<CommandContext> {
  const { corpus, index } = await openCorpus(config.corpusDir);
  return createContext(corpus, { index });
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
  const ctx = await prepare(config);
  logger.debug('corpus loaded', { entries: ctx.corpus.entries.length, passages: ctx.corpus.passages.length });
  const running: { stop(): Promise<void> }[] = [];
  try {
    // Loaded only when configured: each platform library costs start-up time the terminal chat never needs.
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/slack-app.ts');
      running.push(await startSlack({ config: config.slack, ctx, logger }));
    }
    if (config.discord) {
      const { startDiscord } = await import('./adapters/discord/discord-app.ts');
      running.push(await startDiscord({ config: config.discord, ctx, logger }));
    }
  } catch (err) {
    await Promise.allSettled(running.map((r) => r.stop()));
    throw err;
  }
  if (running.length > 0) {
    await untilSignal(logger);
    await Promise.allSettled(running.map((r) => r.stop()));
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
