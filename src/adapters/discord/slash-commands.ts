import type { CommandDefinition } from '../../commands/types.ts';

/** Discord's limit on a command's or an option's description. */
const MAX_DESCRIPTION = 100;
/** Application command option type for a string. */
const STRING_OPTION = 3;
/** Application command type for a slash (chat input) command. */
const CHAT_INPUT = 1;

/** One slash command as Discord's bulk-overwrite endpoint takes it. */
export interface SlashCommandJson {
  name: string;
  description: string;
  type: number;
  options: { type: number; name: string; description: string; required: boolean; autocomplete?: boolean }[];
  /** Usable in servers (0) and in DMs with the bot (1). */
  contexts: number[];
  /** Installed to servers. */
  integration_types: number[];
}

/**
 * The slash commands for Discord, generated from the same definitions as every other platform, so
 * what is registered always matches what the bot answers.
 */
export function slashCommandsJson(commands: readonly CommandDefinition[]): SlashCommandJson[] {
  return commands.map((c) => ({
    name: c.name,
    description: clip(c.description),
    type: CHAT_INPUT,
    options: c.option
      ? [
          {
            type: STRING_OPTION,
            name: c.option.name,
            description: clip(c.option.description),
            required: c.option.required,
            ...(c.option.autocomplete || c.complete ? { autocomplete: true } : {}),
          },
        ]
      : [],
    contexts: [0, 1],
    integration_types: [0],
  }));
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}
