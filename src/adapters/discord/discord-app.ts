import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { CommandContext } from '../../commands/types.ts';
import type { DiscordConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { registerHandlers } from './handlers.ts';
import { LineStore } from './line-store.ts';

/** What the Discord adapter runs on. */
export interface DiscordAdapterOptions {
  config: DiscordConfig;
  ctx: CommandContext;
  logger: Logger;
  lines?: LineStore;
}

/** A logged-in Discord adapter. */
export interface DiscordAdapter {
  client: Client;
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
  lines = new LineStore(),
}: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  client.on('error', (error) => logger.error('discord client error', { error: { message: error.message } }));
  client.on('warn', (message) => logger.warn('discord client warning', { message }));
  registerHandlers(client, { ctx, logger, lines });
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(config.token);
  await ready;
  logger.info('discord started', { user: client.user?.tag, application: config.appId });
  return {
    client,
    stop: async () => {
      await client.destroy();
    },
  };
}
