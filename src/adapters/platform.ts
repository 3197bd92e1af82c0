import type { Readable, Writable } from 'node:stream';
import type { DispatchOptions } from '../commands/dispatch.ts';
import type { Limiter } from '../commands/limiter.ts';
import type { Config } from '../config-types.ts';
import type { Logger } from '../log.ts';
import type { ContextHolder } from '../runtime/context-holder.ts';
import type { HealthRoute } from '../runtime/health.ts';
import type { InFlight } from '../runtime/in-flight.ts';
import type { Intake } from './intake.ts';
import type { TeamOptions } from './team-options.ts';

/**
 * What `src/main.ts` hands every platform it starts: the services they share. One object, so a platform
 * takes what it needs and a new service reaches every platform without changing each signature.
 */
export interface PlatformContext {
  config: Config;
  logger: Logger;
  /** The command context; a corpus reload swaps what it holds. */
  contexts: ContextHolder;
  /** Counts answers in progress, so shutdown can let them finish. */
  inflight: InFlight;
  /** The input cap, rate limits and CPU budget in front of `dispatch` (platform bots only). */
  intake?: Intake;
  limiter?: Limiter;
  /** The team loop: feedback, admin commands, passive lookups, shared state. */
  team?: TeamOptions;
  /** `/healthz` and `/readyz`, for a platform that serves them on its own HTTP server (Slack HTTP mode). */
  routes: HealthRoute[];
  /** Tells main that this platform failed for good (a revoked token): the process exits non-zero. */
  onFatal(reason: string): void;
  /** Told how each request ended (the terminal chat records declined questions this way). */
  onOutcome?: DispatchOptions['onOutcome'];
  /** The terminal chat's streams; the process's own by default. */
  input?: Readable;
  output?: Writable;
}

/**
 * One chat platform, in the spirit of Bolt's `Receiver`: main starts and stops it and asks whether it is
 * ready, and knows nothing else about it. Each folder in src/adapters/ exports a {@link PlatformFactory};
 * src/platforms/registry.ts lists them.
 */
export interface Platform {
  /** The platform's name in logs and in `/readyz`'s checks: `slack`, `discord`, `terminal`. */
  readonly name: string;
  /**
   * True when the platform serves `/healthz` and `/readyz` itself (on its HTTP server, from
   * `context.routes`), so main starts no health server; closing it then refuses new requests while
   * answers drain.
   */
  readonly servesHealth: boolean;
  /**
   * True for a platform a person drives in the foreground (the terminal chat): the bot ends when it
   * ends, and runs without a health server, process guards or corpus reload.
   */
  readonly foreground: boolean;
  /** Connects (or opens the chat). Rejects when it cannot start; the error says why. */
  start(context: PlatformContext): Promise<void>;
  /** Stops taking requests and closes connections; answers in flight are main's to wait for. */
  stop(): Promise<void>;
  /** True while users can reach the bot through this platform. */
  ready(): boolean;
  /**
   * Settles when the platform ends by itself (the terminal chat at the end of its input or on /quit).
   * Undefined for a server platform, which runs until stopped.
   */
  ended?(): Promise<void>;
}

/**
 * Builds a platform when the configuration names it, else returns undefined. It must stay cheap to import
 * (types only at the top): the platform's library is loaded in `start`, so a bot pays only for the
 * platforms it runs.
 */
export type PlatformFactory = (config: Config) => Platform | undefined;
