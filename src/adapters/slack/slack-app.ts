import type { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { App, type CustomRoute } from '@slack/bolt';
import type { Limiter } from '../../commands/limiter.ts';
import type { SlackConfig } from '../../config-types.ts';
import type { Logger } from '../../log.ts';
import { type ContextSource, holderOf } from '../../runtime/context-holder.ts';
import { InFlight } from '../../runtime/in-flight.ts';
import { Intake } from '../intake.ts';
import { RecentIds } from '../recent-ids.ts';
import type { TeamOptions } from '../team-options.ts';
import { boltLogger } from './bolt-logger.ts';
import { SLACK_EVENTS_PATH } from './constants.ts';
import { registerHandlers } from './handlers.ts';
import { guardedReceiver, replayGuard } from './request-guard.ts';
import { registerTeamHandlers } from './team-handlers.ts';

/** What the Slack adapter runs on. */
export interface SlackAdapterOptions {
  config: SlackConfig;
  /** The context, or a holder whose current context a corpus reload replaces. */
  ctx: ContextSource;
  logger: Logger;
  /** Remembers delivered event ids so a retried event is answered once. */
  recentEvents?: RecentIds;
  /** Per-user and per-channel limits; none by default. */
  limiter?: Limiter;
  /** Counts answers in progress, shared with shutdown. */
  inflight?: InFlight;
  /** The input cap, rate limits and CPU budget; by default one over `limiter` alone. */
  intake?: Intake;
  /** Extra HTTP routes beside the events endpoint (HTTP mode only): `/healthz`, `/readyz`. */
  routes?: CustomRoute[];
  /** Bot ids, when known, save an `auth.test` call at start. */
  botId?: string;
  botUserId?: string;
  /** The team loop: feedback, admin commands, passive lookups, shared state. Off when absent. */
  team?: TeamOptions;
}

/** A started Slack adapter. */
export interface SlackAdapter {
  app: App;
  /** The HTTP port actually bound (HTTP mode), useful when configured as 0. */
  port?: number;
  /** True while Slack can reach the bot: the HTTP server listens, or the Socket Mode socket is open. */
  isConnected(): boolean;
  stop(): Promise<void>;
}

/**
 * Web API retries: Slack's `Retry-After` is honoured on 429 and 5xx answers are retried, but within
 * seconds, not Bolt's default half hour: a late answer to a question is no answer.
 */
export const SLACK_RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4000 } as const;

/**
 * Starts confbot in Slack with the real Bolt app: Socket Mode when an app token is configured, otherwise
 * HTTP on the configured port with signature verification. The adapter only translates: it acks,
 * dispatches to the commands, renders Block Kit and replies.
 */
export async function startSlack({
  config,
  ctx,
  logger,
  recentEvents = new RecentIds(),
  limiter,
  inflight = new InFlight(),
  intake,
  routes = [],
  botId,
  botUserId,
  team,
}: SlackAdapterOptions): Promise<SlackAdapter> {
  const socketMode = config.appToken !== undefined;
  const bolt = boltLogger(logger);
  const app = new App({
    token: config.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken }
      : {
          receiver: guardedReceiver({
            signingSecret: config.signingSecret ?? '',
            endpoints: SLACK_EVENTS_PATH,
            customRoutes: routes,
            logger: bolt,
          }),
        }),
    ...(botId && botUserId ? { botId, botUserId, tokenVerificationEnabled: false } : {}),
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: { ...SLACK_RETRY_CONFIG },
    },
    logger: bolt,
    // confbot keeps no conversation state; Bolt's default store costs every request a lookup.
    convoStore: false,
    deferInitialization: true,
  });
  app.error(async (error) => {
    // Bolt reports handler failures here; log them and keep serving.
    logger.error('slack handler failed', {
      error: { message: error.message, code: (error as { code?: string }).code },
    });
  });
  await app.init();
  // First of all middleware: a replayed command or click stops here, before it counts as work.
  app.use(replayGuard(recentEvents));
  const contexts = holderOf(ctx);
  const gate = intake ?? new Intake({ contexts, logger, ...(limiter ? { limiter } : {}) });
  if (team) registerTeamHandlers(app, { team, contexts, logger, intake: gate });
  registerHandlers(app, {
    contexts,
    logger,
    recentEvents,
    inflight,
    intake: gate,
    ...(limiter ? { limiter } : {}),
    ...(team
      ? {
          onOutcome: team.loop.onOutcome,
          feedback: team.loop.feedbackFor.bind(team.loop),
          visibility: (channel: string) => team.loop.visibility('slack', channel),
        }
      : {}),
  });
  let connected = false;
  let stopping: Promise<void> | undefined;
  // Shutdown and a test's clean-up may both stop the app; Bolt refuses a second stop.
  const stop = () => {
    connected = false;
    stopping ??= (app.stop() as Promise<void>).catch(() => {});
    return stopping;
  };
  if (socketMode) {
    await app.start();
    connected = true;
    // Bolt keeps its Socket Mode client private; its connection events are the only sign of a lost socket.
    const socket = (app as unknown as { receiver: { client?: EventEmitter } }).receiver.client;
    socket?.on('connected', () => {
      connected = true;
    });
    socket?.on('disconnected', () => {
      connected = false;
    });
    socket?.on('reconnecting', () => {
      connected = false;
    });
    logger.info('slack started', { mode: 'socket' });
    return { app, isConnected: () => connected, stop };
  }
  const server = (await app.start({ port: config.port, host: config.host })) as Server;
  connected = true;
  // Node closes the connections idle when the server closes, but one that goes idle later (the answer in
  // flight just sent) would be kept alive for seconds: close those too, so shutdown ends promptly.
  let sweeper: NodeJS.Timeout | undefined;
  server.once('close', () => clearInterval(sweeper));
  const closeServer = stop;
  const stopHttp = () => {
    sweeper ??= setInterval(() => server.closeIdleConnections(), 50).unref();
    return closeServer();
  };
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('slack started', { mode: 'http', port, path: SLACK_EVENTS_PATH });
  return { app, port, isConnected: () => connected && server.listening, stop: stopHttp };
}
