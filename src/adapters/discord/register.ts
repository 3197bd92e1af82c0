import { REST, Routes } from 'discord.js';
import type { CommandDefinition, MessageActionDefinition } from '../../commands/types.ts';
import type { DiscordConfig } from '../../config-types.ts';
import { MESSAGE_ACTIONS } from '../../registry/registry.ts';
import { adminSlashCommandsJson } from './admin-slash-commands.ts';
import { type ApplicationCommandJson, applicationCommandsJson } from './slash-commands.ts';

/** Where commands are registered: one guild (appear at once, for development) or globally. */
export type RegisterScope = { guildId: string } | 'global';

/** The request registration makes, for `--dry-run` and for tests. */
export interface RegisterPlan {
  method: 'PUT';
  route: string;
  body: ApplicationCommandJson[];
}

/**
 * The bulk-overwrite request that registers every command in a scope: the slash commands, the message
 * commands and the admin commands (`/report`, `/settings`).
 */
export function registerPlan(
  appId: string,
  commands: readonly CommandDefinition[],
  scope: RegisterScope,
  actions: readonly MessageActionDefinition[] = MESSAGE_ACTIONS,
): RegisterPlan {
  const route =
    scope === 'global'
      ? Routes.applicationCommands(appId)
      : Routes.applicationGuildCommands(appId, scope.guildId);
  return {
    method: 'PUT',
    route,
    body: [...applicationCommandsJson(commands, actions), ...adminSlashCommandsJson()],
  };
}

/**
 * Registers the commands over REST with one bulk overwrite, so commands removed from the code also
 * disappear from Discord. Run by `confbot discord-register`, never at start-up: registration is rate
 * limited, and global changes take up to an hour to reach every client.
 */
export async function registerCommands(
  config: DiscordConfig,
  commands: readonly CommandDefinition[],
  scope: RegisterScope,
): Promise<{ registered: number; route: string }> {
  const plan = registerPlan(config.appId, commands, scope);
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const result = (await rest.put(plan.route as `/${string}`, { body: plan.body })) as unknown[];
  return { registered: Array.isArray(result) ? result.length : plan.body.length, route: plan.route };
}
