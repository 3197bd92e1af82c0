import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** Routes Bolt's own log lines into confbot's JSON logger, so there is one log stream to search. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  const text = (msg: unknown[]) =>
    msg
      .map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m)))
      .join(' ');
  return {
    debug: (...msg) => logger.debug(text(msg), { component: name }),
    info: (...msg) => logger.info(text(msg), { component: name }),
    warn: (...msg) => logger.warn(text(msg), { component: name }),
    error: (...msg) => logger.error(text(msg), { component: name }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
