import type { Platform, PlatformContext, PlatformFactory } from '../platform.ts';
import { runChat } from './chat.ts';

/**
 * The terminal chat as a {@link Platform}: a foreground platform, started when the configuration names
 * no other one (`npm start` with no tokens, or `confbot chat`). The bot ends when the chat does.
 */
export const terminalPlatform: PlatformFactory = () => {
  const abort = new AbortController();
  let chat: Promise<void> | undefined;
  let open = false;
  const platform: Platform = {
    name: 'terminal',
    servesHealth: false,
    foreground: true,
    async start(context: PlatformContext) {
      open = true;
      chat = runChat({
        ctx: context.contexts.current(),
        logger: context.logger,
        signal: abort.signal,
        ...(context.input ? { input: context.input } : {}),
        ...(context.output ? { output: context.output } : {}),
        ...(context.onOutcome ? { onOutcome: context.onOutcome } : {}),
      }).finally(() => {
        open = false;
      });
    },
    async stop() {
      abort.abort();
      await chat;
    },
    ready: () => open,
    ended: () => chat ?? Promise.resolve(),
  };
  return platform;
};
