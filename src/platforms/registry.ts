import { discordPlatform } from '../adapters/discord/platform.ts';
import type { Platform, PlatformFactory } from '../adapters/platform.ts';
import { slackPlatform } from '../adapters/slack/platform.ts';
import { terminalPlatform } from '../adapters/terminal/platform.ts';
import type { Config } from '../config-types.ts';

/**
 * The chat platforms a bot can run on, in start order (shutdown closes them in the same order). Each
 * factory returns a platform only when the configuration names it. Adding a platform: one folder in
 * src/adapters/ exporting a `PlatformFactory`, and one line here (docs/development.md).
 */
export const PLATFORMS: readonly PlatformFactory[] = [slackPlatform, discordPlatform];

/** Started when the configuration names no platform: `npm start` with no tokens chats in the terminal. */
export const FALLBACK_PLATFORM: PlatformFactory = terminalPlatform;

/** The platforms in {@link PLATFORMS} that `config` names, in start order. */
export function namedPlatforms(config: Config): Platform[] {
  return PLATFORMS.map((create) => create(config)).filter((p): p is Platform => p !== undefined);
}

/** The platforms `config` names, or the terminal chat when it names none. */
export function platformsFor(config: Config): Platform[] {
  const named = namedPlatforms(config);
  if (named.length > 0) return named;
  const fallback = FALLBACK_PLATFORM(config);
  return fallback ? [fallback] : [];
}
