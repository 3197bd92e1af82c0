import { Client, type ClientOptions, GatewayIntentBits, Partials, Status } from 'discord.js';
import type { Limiter } from '../../commands/limiter.ts';
import type { DiscordConfig } from '../../config-types.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { type ContextSource, holderOf } from '../../runtime/context-holder.ts';
import { InFlight } from '../../runtime/in-flight.ts';
import { Intake } from '../intake.ts';
import type { TeamOptions } from '../team-options.ts';
import { DISCORD_SWEEP_INTERVAL_S, discordCacheOptions, sweepDmChannels } from './client-cache.ts';
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
  /** The input cap, rate limits and CPU budget; by default one over `limiter` alone. */
  intake?: Intake;
  /**
   * Told when the gateway closed with a code discord.js never reconnects after (4004 bad token, 4010-4014
   * shard or intents problems): the process cannot recover by itself and should exit.
   */
  onFatal?: (reason: string) => void;
  /** Most users discord.js keeps cached (see {@link discordCacheOptions}). */
  userCache?: number;
  /**
   * Gateway options passed to discord.js as they are: sharding (`shards`, `shardCount`), or in tests an
   * identify throttler that does not wait Discord's 5 s between identifies.
   */
  ws?: ClientOptions['ws'];
  /** The team loop: feedback, admin commands, passive lookups, shared state. Off when absent. */
  team?: TeamOptions;
}

/** What an operator should check for each gateway close code discord.js never reconnects after. */
export const FATAL_CLOSE_REASONS: Readonly<Record<number, string>> = {
  4004: 'authentication failed, check DISCORD_TOKEN',
  4010: 'invalid shard, check DISCORD_SHARD_ID and DISCORD_SHARD_COUNT',
  4011: 'sharding required, set DISCORD_SHARD_COUNT',
  4012: 'invalid gateway API version',
  4013: 'invalid intents',
  4014: 'disallowed intents, enable them in the Developer Portal',
};

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
  intake,
  onFatal,
  userCache,
  ws,
  team,
}: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const contexts = holderOf(ctx);
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  // Privileged: the Developer Portal must allow it too, or the gateway closes with 4014. Passive lookups only.
  if (team?.config.discordMessageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    ...discordCacheOptions(userCache),
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
  client.on('shardDisconnect', (event, shard) => {
    // discord.js emits this only for close codes it never reconnects after: 4004 (bad token),
    // 4010-4012 (sharding), 4013/4014 (intents). The log says why; the process cannot recover alone.
    logger.error('discord gateway closed for good', { shard, code: event.code });
    const why =
      FATAL_CLOSE_REASONS[event.code] ??
      'see https://discord.com/developers/docs/topics/opcodes-and-status-codes';
    onFatal?.(`the Discord gateway closed with code ${event.code} and will not reconnect: ${why}`);
  });
  client.on('shardReconnecting', (shard) => logger.warn('discord gateway reconnecting', { shard }));
  client.on('shardResume', (shard, replayed) => logger.info('discord gateway resumed', { shard, replayed }));
  const buttonLines =
    lines ??
    (team?.shared
      ? new SharedLines(team.loop.store, (err) =>
          logger.warn('button line not stored', { errorId: newErrorId(), error: String(err) }),
        )
      : new LineStore());
  const gate = intake ?? new Intake({ contexts, logger, ...(limiter ? { limiter } : {}) });
  const extra = team ? new DiscordTeam({ team, contexts, logger, intake: gate }) : undefined;
  registerHandlers(client, {
    contexts,
    logger,
    lines: buttonLines,
    inflight,
    intake: gate,
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
  const dmSweeper = setInterval(() => sweepDmChannels(client), DISCORD_SWEEP_INTERVAL_S * 1000);
  dmSweeper.unref();
  logger.info('discord started', { user: client.user?.tag, application: config.appId });
  return {
    client,
    isConnected: () =>
      client.isReady() &&
      client.ws.shards.size > 0 &&
      client.ws.shards.every((shard) => shard.status === Status.Ready),
    stop: async () => {
      clearInterval(dmSweeper);
      await client.destroy();
    },
  };
}
