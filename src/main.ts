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
 * corpus. Resolves when the chat ends.
 */
export async function startBot({ config, logger, input, output }: StartOptions): Promise<void> {
  const wanted = Object.entries(config.platforms)
    .filter(([, on]) => on)
    .map(([name]) => name);
  if (wanted.length > 0) {
    // The adapters are issues #4 (Slack) and #5 (Discord); refusing beats silently ignoring tokens.
    throw new ConfbotError(
      'config-invalid',
      `${wanted.join(' and ')} token(s) are set, but this build has no ${wanted.join('/')} adapter yet; unset them to use the terminal chat`,
    );
  }
  const ctx = await prepare(config);
  logger.debug('corpus loaded', { entries: ctx.corpus.entries.length, passages: ctx.corpus.passages.length });
  await runChat({ ctx, logger, ...(input ? { input } : {}), ...(output ? { output } : {}) });
}
