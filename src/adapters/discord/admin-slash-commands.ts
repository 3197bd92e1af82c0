import { ADMIN_COMMANDS } from '../../commands/admin-commands.ts';
import type { SlashCommandJson } from './slash-commands.ts';
import { ADMIN_PERMISSIONS } from './team-handlers.ts';

/** Discord's limit on a command's or an option's description. */
const MAX_DESCRIPTION = 100;

/** An admin slash command: hidden from members without the permission, and never usable in DMs. */
export interface AdminSlashCommandJson extends SlashCommandJson {
  /** The permission bits (decimal string) a member needs to see and use the command by default. */
  default_member_permissions: string;
}

/**
 * `/report` (Manage Server) and `/settings` (Manage Channels), registered with
 * `default_member_permissions` so Discord shows them only to members who hold that permission. A
 * server's admins may grant them further in Server Settings > Integrations; the bot checks the
 * permission again when they run.
 */
export function adminSlashCommandsJson(): AdminSlashCommandJson[] {
  return ADMIN_COMMANDS.map((c) => ({
    name: c.name,
    description: c.description.slice(0, MAX_DESCRIPTION),
    type: 1,
    options: c.option
      ? [
          {
            type: 3,
            name: c.option.name,
            description: c.option.description.slice(0, MAX_DESCRIPTION),
            required: false,
          },
        ]
      : [],
    contexts: [0],
    integration_types: [0],
    default_member_permissions: String(ADMIN_PERMISSIONS[c.name] ?? 8n),
  }));
}
