import type { Platform, PlatformContext, PlatformFactory } from '../platform.ts';
import type { DiscordAdapter } from './discord-app.ts';

/**
 * Discord as a {@link Platform}, when `DISCORD_TOKEN` is set. A gateway close discord.js never recovers
 * from (4004, a revoked token) is reported through `context.onFatal`.
 */
export const discordPlatform: PlatformFactory = (config) => {
  const discord = config.platforms.discord ? config.discord : undefined;
  if (!discord) return undefined;
  let adapter: DiscordAdapter | undefined;
  const platform: Platform = {
    name: 'discord',
    servesHealth: false,
    foreground: false,
    async start(context: PlatformContext) {
      // Loaded here, not at the top: discord.js costs start-up time a bot without Discord never needs.
      const { startDiscord } = await import('./discord-app.ts');
      adapter = await startDiscord({
        config: discord,
        ctx: context.contexts,
        logger: context.logger,
        inflight: context.inflight,
        onFatal: context.onFatal,
        ...(context.intake ? { intake: context.intake } : {}),
        ...(context.limiter ? { limiter: context.limiter } : {}),
        ...(context.team ? { team: context.team } : {}),
      });
    },
    stop: async () => adapter?.stop(),
    ready: () => adapter?.isConnected() ?? false,
  };
  return platform;
};
