import type { Logger } from '../log.ts';
import type { InFlight } from './in-flight.ts';

/** Everything, in-flight answers included, is done or abandoned within this time of SIGTERM. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;
/** Time kept back from draining for closing connections. */
const CLOSE_RESERVE_MS = 2_000;

/** Something to close at shutdown: a platform adapter, the health server, the corpus watcher. */
export interface Closable {
  name: string;
  stop(): Promise<void> | void;
  /**
   * Stop this one first, while answers drain: an HTTP server whose close refuses new connections but
   * lets requests in progress finish (Slack HTTP mode). The others close after the drain.
   */
  stopsIntake?: boolean;
}

/**
 * Stops gracefully: refuses new work, lets answers in flight finish, then closes connections; all
 * within `timeoutMs`. Resolves true when everything finished in time.
 */
export async function shutdown({
  inflight,
  closables,
  logger,
  timeoutMs = SHUTDOWN_TIMEOUT_MS,
}: {
  inflight: InFlight;
  closables: Closable[];
  logger: Logger;
  timeoutMs?: number;
}): Promise<boolean> {
  const started = Date.now();
  const pending = inflight.size;
  const close = (some: Closable[]) =>
    Promise.allSettled(some.map(async (c) => c.stop())).then((results) => {
      results.forEach((r, i) => {
        if (r.status === 'rejected')
          logger.warn('shutdown: close failed', { what: some[i]?.name, error: String(r.reason) });
      });
      return true;
    });
  const intake = close(closables.filter((c) => c.stopsIntake));
  const drained = await inflight.drain(Math.max(0, timeoutMs - CLOSE_RESERVE_MS));
  if (!drained) logger.warn('shutdown: answers still in flight were abandoned', { inflight: inflight.size });
  const left = Math.max(100, timeoutMs - (Date.now() - started));
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    Promise.all([intake, close(closables.filter((c) => !c.stopsIntake))]).then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), left);
    }),
  ]);
  clearTimeout(timer);
  logger.info('stopped', { finished: pending, drained, closed, ms: Date.now() - started });
  return drained && closed;
}
