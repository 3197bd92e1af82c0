import report from '../../commands/report.ts';
import settings from '../../commands/settings.ts';
import type { AdminCommandDefinition } from './admin.ts';

/** The admin commands, by name. Not part of `COMMANDS`: nobody but an admin is offered them. */
export const ADMIN_COMMANDS: readonly AdminCommandDefinition[] = [
  report,
  settings,
] as AdminCommandDefinition[];

/** The admin command a name refers to, if any. */
export function adminCommand(name: string): AdminCommandDefinition | undefined {
  return ADMIN_COMMANDS.find((c) => c.name === name.toLowerCase());
}
