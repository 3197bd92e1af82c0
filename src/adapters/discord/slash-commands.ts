import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandDefinition, MessageActionDefinition } from '../../commands/types.ts';
import { MESSAGE_ACTIONS } from '../../registry/registry.ts';

/** Discord's limit on a command's or an option's description. */
const MAX_DESCRIPTION = 100;
/** Discord's limit on a command's name; a context-menu name may have spaces and capitals. */
const MAX_NAME = 32;
/** Usable in servers and in DMs with the bot. */
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];
/** Installed to servers. */
const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall];

/** One slash command as Discord's bulk-overwrite endpoint takes it. */
export interface SlashCommandJson {
  name: string;
  description: string;
  type: ApplicationCommandType.ChatInput;
  options: {
    type: ApplicationCommandOptionType.String;
    name: string;
    description: string;
    required: boolean;
    autocomplete?: boolean;
  }[];
  contexts: InteractionContextType[];
  integration_types: ApplicationIntegrationType[];
}

/** One message context-menu command ("Apps" in a message's menu); it has no description or options. */
export interface MessageCommandJson {
  name: string;
  type: ApplicationCommandType.Message;
  contexts: InteractionContextType[];
  integration_types: ApplicationIntegrationType[];
}

/** Everything registration sends. */
export type ApplicationCommandJson = SlashCommandJson | MessageCommandJson;

/**
 * The slash commands for Discord, generated from the same definitions as every other platform, so
 * what is registered always matches what the bot answers.
 */
export function slashCommandsJson(commands: readonly CommandDefinition[]): SlashCommandJson[] {
  return commands.map(
    (c) =>
      ({
        name: c.name,
        description: clip(c.description, MAX_DESCRIPTION),
        type: ApplicationCommandType.ChatInput,
        options: c.option
          ? [
              {
                type: ApplicationCommandOptionType.String,
                name: c.option.name,
                description: clip(c.option.description, MAX_DESCRIPTION),
                required: c.option.required,
                ...(c.option.autocomplete || c.complete ? { autocomplete: true } : {}),
              },
            ]
          : [],
        contexts: [...CONTEXTS],
        integration_types: [...INTEGRATION_TYPES],
      }) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  );
}

/** The message context-menu commands, from the same message actions as Slack's message shortcuts. */
export function messageCommandsJson(actions: readonly MessageActionDefinition[]): MessageCommandJson[] {
  return actions.map(
    (a) =>
      ({
        name: clip(a.name, MAX_NAME),
        type: ApplicationCommandType.Message,
        contexts: [...CONTEXTS],
        integration_types: [...INTEGRATION_TYPES],
      }) satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,
  );
}

/** Slash commands, then message commands: the whole list one bulk overwrite registers. */
export function applicationCommandsJson(
  commands: readonly CommandDefinition[],
  actions: readonly MessageActionDefinition[] = MESSAGE_ACTIONS,
): ApplicationCommandJson[] {
  return [...slashCommandsJson(commands), ...messageCommandsJson(actions)];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
