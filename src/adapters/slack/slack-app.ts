import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { RecentIds } from '../recent-ids.ts';
import { boltLogger } from './bolt-logger.ts';
import { SLACK_EVENTS_PATH } from './constants.ts';
import { registerHandlers } from './handlers.ts';

/** What the Slack adapter runs on. */
export interface SlackAdapterOptions {
  config: SlackConfig;
  ctx: CommandContext;
  logger: Logger;
  /** Remembers delivered event ids so a retried event is answered once. */
  recentEvents?: RecentIds;
  /** Bot ids, when known, save an `auth.test` call at start. */
  botId?: string;
  botUserId?: string;
}

/** A started Slack adapter. */
export interface SlackAdapter {
  app: App;
  /** The HTTP port actually bound (HTTP mode), useful when configured as 0. */
  port?: number;
  stop(): Promise<void>;
}

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
  botId,
  botUserId,
}: SlackAdapterOptions): Promise<SlackAdapter> {
  const socketMode = config.appToken !== undefined;
  const app = new App({
    token: config.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken }
      : { signingSecret: config.signingSecret ?? '', endpoints: SLACK_EVENTS_PATH }),
    ...(botId && botUserId ? { botId, botUserId, tokenVerificationEnabled: false } : {}),
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: { retries: 2 } },
    logger: boltLogger(logger),
    deferInitialization: true,
  });
  app.error(async (error) => {
    // Bolt reports handler failures here; log them and keep serving.
    logger.error('slack handler failed', {
      error: { message: error.message, code: (error as { code?: string }).code },
    });
  });
  await app.init();
  registerHandlers(app, { ctx, logger, recentEvents });
  if (socketMode) {
    await app.start();
    logger.info('slack started', { mode: 'socket' });
    return { app, stop: () => app.stop() as Promise<void> };
  }
  const server = (await app.start({ port: config.port, host: config.host })) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('slack started', { mode: 'http', port, path: SLACK_EVENTS_PATH });
  return { app, port, stop: () => app.stop() as Promise<void> };
}
