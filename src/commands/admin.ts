import { type Answer, makeAnswer } from '../answer.ts';
import { isUserError } from '../errors.ts';
import type { Store } from '../store/types.ts';
import type { CommandContext, CommandOption } from './types.ts';

/** What an admin command runs with: the corpus, the database, and where and by whom it was typed. */
export interface AdminContext {
  ctx: CommandContext;
  store: Store;
  platform: string;
  /** The channel the command was typed in (settings apply to it). */
  channel?: string;
  /** The admin, as the platform names them (stored with a change of settings). */
  user: string;
}

/**
 * A command only admins may run (`/confbot report`, `/confbot settings` in Slack; `/report`, `/settings`
 * in Discord, registered with `default_member_permissions`). Kept apart from the public commands: it
 * is not listed by `/help`, not offered in the terminal chat, and the adapter checks the caller first.
 */
export interface AdminCommandDefinition<Args = unknown> {
  name: string;
  description: string;
  usage: string;
  option?: CommandOption;
  parse(raw: string): Args;
  run(args: Args, actx: AdminContext): Promise<Answer>;
}

/** Declares an admin command with its argument type checked. */
export function defineAdminCommand<Args>(d: AdminCommandDefinition<Args>): AdminCommandDefinition<Args> {
  return d;
}

/**
 * Parses and runs an admin command; a user error (a bad argument) becomes a plain `ok: false` answer.
 * Other failures propagate to the adapter, which logs them with an id.
 */
export async function runAdmin<A>(
  definition: AdminCommandDefinition<A>,
  raw: string,
  actx: AdminContext,
): Promise<Answer> {
  try {
    return await definition.run(definition.parse(raw.trim()), actx);
  } catch (err) {
    if (!isUserError(err)) throw err;
    return makeAnswer({
      ok: false,
      command: definition.name,
      title: 'Cannot do that',
      body: [err.message, `Usage: ${definition.usage}`],
    });
  }
}
