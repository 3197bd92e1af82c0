import type { Readable, Writable } from 'node:stream';
import { AUTOCOMPLETE_WINDOW_MS, Intake } from './adapters/intake.ts';
import type { Platform, PlatformContext } from './adapters/platform.ts';
import type { CommandContext } from './commands/types.ts';
import type { Config } from './config-types.ts';
import { ConfbotError } from './errors.ts';
import type { Logger } from './log.ts';
import { namedPlatforms, platformsFor } from './platforms/registry.ts';
import { ContextHolder } from './runtime/context-holder.ts';
import { type CorpusWatcher, watchCorpus } from './runtime/corpus-watcher.ts';
import { type HealthServer, healthRoutes, startHealthServer } from './runtime/health.ts';
import { InFlight } from './runtime/in-flight.ts';
import { corpusLimits, prepare } from './runtime/prepare.ts';
import { installProcessGuards } from './runtime/process-guards.ts';
import { RateLimiter } from './runtime/rate-limit.ts';
import { SharedRateLimiter } from './runtime/shared-rate-limit.ts';
import { type Closable, SHUTDOWN_TIMEOUT_MS, shutdown } from './runtime/shutdown.ts';
import { TeamLoop } from './runtime/team-loop.ts';

// The first steps of every mode live in runtime/prepare.ts, which the one-shot CLI commands load
// without this file; re-exported here for the callers that start a bot.
export { corpusLimits, prepare };

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
  const loop = await TeamLoop.open(config.store, logger);
  const platforms = platformsFor(config);
  if (platforms.every((platform) => platform.foreground)) {
    await runForeground(platforms, {
      config,
      logger,
      ctx,
      loop,
      ...(input ? { input } : {}),
      ...(output ? { output } : {}),
    });
    return;
  }
  const bot = await startPlatforms(config, logger, ctx, loop);
  const fatal = await Promise.race([untilSignal(logger).then(() => undefined), bot.failure]);
  // Past the deadline something is stuck (a socket that will not close): leave anyway, and say so.
  const deadline = setTimeout(() => {
    logger.error('shutdown took longer than allowed; exiting', { ms: SHUTDOWN_TIMEOUT_MS });
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS + 500);
  deadline.unref();
  await bot.stop();
  clearTimeout(deadline);
  // Everything is closed, but a library timer may still hold the event loop: the Socket Mode client can
  // leave its 30 s close-handshake timer running (seen when the peer drops mid-close). Do not wait for it.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  // A platform that can never reconnect ends the process with a non-zero code, so a supervisor restarts
  // it and shows why; the command line prints the reason as one line.
  if (fatal !== undefined) throw new ConfbotError('platform-failed', fatal);
}

/**
 * Runs foreground platforms (the terminal chat) until they end: no health server, process guards or
 * corpus reload, which serve a bot others reach, not a person at a terminal.
 */
async function runForeground(
  platforms: Platform[],
  { config, logger, ctx, loop, input, output }: { ctx: CommandContext; loop: TeamLoop } & StartOptions,
): Promise<void> {
  const stopPurging = loop.startPurging();
  const context: PlatformContext = {
    config,
    logger,
    contexts: new ContextHolder(ctx),
    inflight: new InFlight(),
    routes: [],
    onFatal: () => {},
    onOutcome: loop.onOutcome,
    ...(input ? { input } : {}),
    ...(output ? { output } : {}),
  };
  try {
    for (const platform of platforms) await platform.start(context);
    await Promise.all(platforms.map((platform) => platform.ended?.()));
  } finally {
    stopPurging();
    await loop.close();
  }
}

/** After a clean stop, how long the process may linger for its caller before it exits regardless. */
export const EXIT_GRACE_MS = 1000;

/** A running platform bot. */
export interface RunningBot {
  /** The context holder the adapters answer from (a corpus reload swaps its content). */
  contexts: ContextHolder;
  /** The readiness checks `/readyz` reports. */
  readiness(): Record<string, boolean>;
  /** Port of the separate health server, when one was started (not in Slack HTTP mode). */
  healthPort?: number;
  /** Graceful stop: no new work, finish answers in flight, close connections; within 10 s. */
  stop(): Promise<boolean>;
  /**
   * Settles with the reason when a platform fails for good (Discord closed the gateway with 4004, a
   * revoked token): from then `/healthz` answers 503, and {@link startBot} stops and exits non-zero.
   */
  failure: Promise<string>;
}

/**
 * Starts the platforms the configuration names (src/platforms/registry.ts) with everything that keeps them up: process guards, rate limits,
 * corpus reload, health routes (on Bolt's port in Slack HTTP mode, else a small server on `PORT`).
 */
export async function startPlatforms(
  config: Config,
  logger: Logger,
  ctx: CommandContext,
  teamLoop?: TeamLoop,
): Promise<RunningBot> {
  // The database first: a bad DATABASE_URL stops start-up before anything connects.
  const loop = teamLoop ?? (await TeamLoop.open(config.store, logger));
  const removeGuards = installProcessGuards(logger);
  const contexts = new ContextHolder(ctx);
  const inflight = new InFlight();
  const { perUser, perChannel } = config.ops.rateLimit;
  // With PostgreSQL every replica counts against the same limits; otherwise each process keeps its own.
  const sharedState = config.store.database.kind === 'postgres';
  const limiter =
    perUser > 0 || perChannel > 0
      ? sharedState
        ? new SharedRateLimiter(loop.store, config.ops.rateLimit)
        : new RateLimiter(config.ops.rateLimit)
      : undefined;
  const { inputMaxChars, autocompletePerUser, cpuBudgetMs } = config.ops.limits;
  const autocompleteLimiter =
    autocompletePerUser > 0
      ? new RateLimiter({ perUser: autocompletePerUser, perChannel: 0, windowMs: AUTOCOMPLETE_WINDOW_MS })
      : undefined;
  const intake = new Intake({
    contexts,
    logger,
    maxInputChars: inputMaxChars,
    cpuBudgetMs,
    ...(limiter ? { limiter } : {}),
    ...(autocompleteLimiter ? { autocompleteLimiter } : {}),
  });
  let fatal: string | undefined;
  let failed: (reason: string) => void = () => {};
  const failure = new Promise<string>((resolve) => {
    failed = resolve;
  });
  const onFatal = (platform: string) => (reason: string) => {
    if (fatal !== undefined) return;
    fatal = `${platform}: ${reason}`;
    logger.error('a platform failed for good; stopping with a non-zero exit code', { platform, reason });
    failed(fatal);
  };
  const connected: Record<string, () => boolean> = {};
  let stopping = false;
  const readiness = () => ({
    corpus: contexts.current().corpus.entries.length > 0,
    ...Object.fromEntries(Object.entries(connected).map(([name, check]) => [name, check()])),
    accepting: !stopping,
  });
  const routes = healthRoutes(readiness, () => fatal);
  const stopPurging = loop.startPurging();
  // Closed last (shutdown stops closables in order): answers finishing may still record.
  const database: Closable = {
    name: 'database',
    stop: async () => {
      stopPurging();
      await loop.close();
    },
  };
  const closables: Closable[] = [];
  const context: PlatformContext = {
    config,
    logger,
    contexts,
    inflight,
    intake,
    team: { loop, shared: sharedState, config: config.store },
    routes,
    onFatal: () => {},
    ...(limiter ? { limiter } : {}),
  };
  const platforms = namedPlatforms(config);
  let health: HealthServer | undefined;
  let watcher: CorpusWatcher | undefined;
  try {
    for (const platform of platforms) {
      await platform.start({ ...context, onFatal: onFatal(platform.name) });
      connected[platform.name] = platform.ready;
      closables.push({ name: platform.name, stop: platform.stop, stopsIntake: platform.servesHealth });
    }
    // A platform with its own HTTP server (Slack in HTTP mode) serves the health routes there.
    if (!platforms.some((platform) => platform.servesHealth)) {
      // A bot without its health port still answers: a port clash is logged, not fatal.
      health = await startHealthServer({ ...config.ops.http, routes, logger }).catch((err: unknown) => {
        logger.error('health server failed to start', { port: config.ops.http.port, error: String(err) });
        return undefined;
      });
      if (health) closables.push({ name: 'health', stop: health.close });
    }
    if (config.ops.watchCorpus) {
      watcher = watchCorpus({
        dir: config.corpusDir,
        holder: contexts,
        logger,
        limits: corpusLimits(config),
      });
      closables.push({ name: 'corpus watcher', stop: watcher.close });
    }
    closables.push(database);
  } catch (err) {
    await Promise.allSettled([...closables, database].map((c) => c.stop()));
    removeGuards();
    throw err;
  }
  return {
    contexts,
    readiness,
    ...(health ? { healthPort: health.port } : {}),
    failure,
    stop: async () => {
      stopping = true;
      const done = await shutdown({ inflight, closables, logger });
      removeGuards();
      return done;
    },
  };
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
