import { type CacheFactory, type Client, Options, type SweeperOptions } from 'discord.js';

/** Users kept in discord.js's cache beyond the bot itself; interactions carry the user they need. */
export const DISCORD_USER_CACHE = 1000;
/** How often, in seconds, the sweepers run. */
export const DISCORD_SWEEP_INTERVAL_S = 600;

/**
 * discord.js caches for a bot that needs no member, message or presence cache: every interaction and
 * message carries the user, member and channel it concerns, so nothing has to be looked up later. By
 * default discord.js keeps every user and member it ever saw, about 1.7 KB per distinct user, forever.
 * Here members, messages, presences, reactions and the like are not cached at all (the bot's own member
 * excepted), users are capped at {@link DISCORD_USER_CACHE} (least recently added go first, the bot
 * itself kept), and the sweepers clear what is left on an interval: users other than the bot, and
 * direct-message channels, which discord.js's ChannelManager cannot limit.
 */
export function discordCacheOptions(userCache: number = DISCORD_USER_CACHE): {
  makeCache: CacheFactory;
  sweepers: SweeperOptions;
} {
  const notMe = <T extends { id: string; client: Client }>(x: T) => x.id !== x.client.user?.id;
  return {
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      DMMessageManager: 0,
      GuildMessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildScheduledEventManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildStickerManager: 0,
      StageInstanceManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => !notMe(member) },
      UserManager: { maxSize: userCache, keepOverLimit: (user) => !notMe(user) },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: DISCORD_SWEEP_INTERVAL_S, filter: () => notMe },
      guildMembers: { interval: DISCORD_SWEEP_INTERVAL_S, filter: () => notMe },
      messages: { interval: DISCORD_SWEEP_INTERVAL_S, lifetime: DISCORD_SWEEP_INTERVAL_S },
    },
  };
}

/**
 * Drops cached direct-message channels: discord.js adds one per person who writes to the bot and has no
 * limit or sweeper for them. A DM arriving later brings its channel again (the Channel partial).
 */
export function sweepDmChannels(client: Client): number {
  return client.channels.cache.sweep((channel) => channel.isDMBased());
}
