import { newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';

/**
 * Logs promise rejections nobody handled and exceptions thrown outside any handler (a platform library
 * failing on a malformed payload, say) with an error id, instead of letting Node end the process: one
 * bad event must not take the bot down for everyone. Returns a function that removes the guards.
 */
export function installProcessGuards(logger: Logger, proc: NodeJS.Process = process): () => void {
  const onRejection = (reason: unknown) => {
    logger.error('unhandled rejection', { errorId: newErrorId(), error: describe(reason) });
  };
  const onException = (err: Error) => {
    logger.error('uncaught exception', { errorId: newErrorId(), error: describe(err) });
  };
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}

function describe(err: unknown): Record<string, unknown> {
  return err instanceof Error
    ? { name: err.name, message: err.message, stack: err.stack }
    : { value: String(err) };
}
