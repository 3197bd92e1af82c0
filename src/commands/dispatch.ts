import { type Answer, makeAnswer } from '../answer.ts';
import { isUserError, newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';
import { editDistance } from '../search/distance.ts';
import { cleanInput, parseLine } from './input.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Who asked, for logs only: a platform and an opaque user id. */
export interface Requester {
  platform: string;
  user?: string;
}

/** What {@link dispatch} needs besides the line. */
export interface DispatchOptions {
  ctx: CommandContext;
  logger: Logger;
  requester?: Requester;
}

/**
 * Answers one line of user input. Never throws: user mistakes become a plain `ok: false` answer, and
 * any other failure is logged with an id that the apology repeats, so support can find it.
 */
export async function dispatch(line: string, { ctx, logger, requester }: DispatchOptions): Promise<Answer> {
  let command = 'unknown';
  try {
    const parsed = parseLine(
      cleanInput(line),
      ctx.commands.map((c) => c.name),
    );
    command = parsed.name;
    const definition = ctx.commands.find((c) => c.name === parsed.name);
    if (!definition) return unknownCommand(parsed.name, ctx.commands);
    return await runCommand(definition, parsed.args, ctx);
  } catch (err) {
    if (isUserError(err)) {
      return makeAnswer({
        ok: false,
        command,
        title: 'Cannot answer that',
        body: [err.message],
        suggestions: ['/help'],
      });
    }
    const id = newErrorId();
    logger.error('command failed', {
      errorId: id,
      command,
      platform: requester?.platform,
      user: requester?.user,
      error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
    });
    return makeAnswer({
      ok: false,
      command,
      title: 'Something went wrong',
      body: [
        `Sorry, something went wrong on my side (error id ${id}). It has been logged; please try again.`,
      ],
    });
  }
}

/** Parses then runs one command; user errors from either propagate to the caller. */
export async function runCommand<A>(
  definition: CommandDefinition<A>,
  args: string,
  ctx: CommandContext,
): Promise<Answer> {
  return definition.run(definition.parse(args), ctx);
}

function unknownCommand(name: string, commands: readonly CommandDefinition[]): Answer {
  const near = commands
    .map((c) => ({ c, d: c.name.startsWith(name) && name.length >= 2 ? 0 : editDistance(name, c.name, 3) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)
    .map((x) => `/${x.c.name}`);
  const shown = name === '' ? '/' : `/${name}`;
  return makeAnswer({
    ok: false,
    command: name,
    title: 'Unknown command',
    body: [
      `There is no ${shown} command.${near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''} Type /help to see every command.`,
    ],
    suggestions: near.length > 0 ? near : ['/help'],
  });
}
