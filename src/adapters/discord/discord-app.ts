import { Client, type ClientOptions, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { type ContextSource, holderOf } from '../../runtime/context-holder.ts';
import { InFlight } from '../../runtime/in-flight.ts';
import type { Limiter } from '../../runtime/shared-rate-limit.ts';
import type { TeamOptions } from '../team-options.ts';
import { registerHandlers } from './handlers.ts';
import { LineStore } from './line-store.ts';
import { type ButtonLines, SharedLines } from './shared-lines.ts';
import { DiscordTeam } from './team-handlers.ts';

/** What the Discord adapter runs on. */
export interface DiscordAdapterOptions {
  config: DiscordConfig;
  /** The context, or a holder whose current context a corpus reload replaces. */
  ctx: ContextSource;
  logger: Logger;
  lines?: ButtonLines;
  /** Per-user and per-channel limits; none by default. */
  limiter?: Limiter;
  /** Counts answers in progress, shared with shutdown. */
  inflight?: InFlight;
  /**
   * Gateway options passed to discord.js as they are: sharding (`shards`, `shardCount`), or in tests an
   * identify throttler that does not wait Discord's 5 s between identifies.
   */
  ws?: ClientOptions['ws'];
  /** The team loop: feedback, admin commands, passive lookups, shared state. Off when absent. */
  team?: TeamOptions;
}

/** A logged-in Discord adapter. */
export interface DiscordAdapter {
  client: Client;
  /** True while every shard of the gateway connection is ready (not reconnecting, not given up). */
  isConnected(): boolean;
  stop(): Promise<void>;
}

/**
 * Logs confbot into Discord with the real discord.js client. Intents are the minimum: Guilds (slash
 * commands), GuildMessages (mentions, whose content Discord includes without the privileged
 * MessageContent intent) and DirectMessages; the Channel partial lets DMs arrive for uncached
 * channels. Nobody is ever pinged: mentions are disabled client-wide.
 */
export async function startDiscord({
  config,
  ctx,
  logger,
  lines,
  limiter,
  inflight = new InFlight(),
  ws,
  team,
}: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  // Privileged: the Developer Portal must allow it too, or the gateway closes with 4014. Passive lookups only.
  if (team?.config.discordMessageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    ...(ws ? { ws } : {}),
    // One shard per replica: Discord routes each guild's events to the shard that owns it, DMs to shard 0.
    ...(config.shard ? { shards: [config.shard.id], shardCount: config.shard.count } : {}),
  });
  client.on('error', (error) => logger.error('discord client error', { error: { message: error.message } }));
  client.on('warn', (message) => logger.warn('discord client warning', { message }));
  client.on('shardDisconnect', (event, shard) =>
    // 4004 (bad token), 4013/4014 (intents): discord.js gives up; readiness shows it and the log says why.
    logger.error('discord gateway closed for good', { shard, code: event.code }),
  );
  client.on('shardReconnecting', (shard) => logger.warn('discord gateway reconnecting', { shard }));
  client.on('shardResume', (shard, replayed) => logger.info('discord gateway resumed', { shard, replayed }));
  const contexts = holderOf(ctx);
  const buttonLines =
    lines ??
    (team?.shared
      ? new SharedLines(team.loop.store, (err) =>
          logger.warn('button line not stored', { errorId: newErrorId(), error: String(err) }),
        )
      : new LineStore());
  const extra = team ? new DiscordTeam({ team, contexts, logger }) : undefined;
  registerHandlers(client, {
    contexts,
    logger,
    lines: buttonLines,
    inflight,
    ...(limiter ? { limiter } : {}),
    ...(team && extra
      ? {
          onOutcome: team.loop.onOutcome,
          feedback: extra.feedbackId.bind(extra),
          intercept: extra.intercept.bind(extra),
          visibility: (channel: string) => team.loop.visibility('discord', channel),
        }
      : {}),
  });
  if (extra) {
    client.on('messageCreate', (message) => {
      void inflight
        .run(() => extra.onMessage(message, client))
        .catch((err) =>
          logger.error('discord passive lookup failed', { errorId: newErrorId(), error: String(err) }),
        );
    });
  }
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(config.token);
  await ready;
  logger.info('discord started', { user: client.user?.tag, application: config.appId });
  return {
    client,
    isConnected: () =>
      client.isReady() &&
      client.ws.shards.size > 0 &&
      client.ws.shards.every((shard) => shard.status === Status.Ready),
    stop: async () => {
      await client.destroy();
    },
  };
}
