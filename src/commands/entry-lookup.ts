import { type Answer, makeAnswer } from '../answer.ts';
import type { Entry, EntryKind } from '../corpus/types.ts';
import { commandFor } from './entry-links.ts';
import { resolveEntry } from './resolve-entry.ts';
import type { CommandContext } from './types.ts';

/** How a named-entry command (`/outcome`, `/topic`, `/sources`) shows what it finds. */
export interface LookupOptions {
  command: string;
  kinds: readonly EntryKind[];
  /** What the command looks for, for messages: "outcome", "topic". */
  noun: string;
  show(entry: Entry, ctx: CommandContext): Answer;
}

/**
 * Looks a name up and shows the entry, saying so when it had to guess from a partial name or a typo;
 * when nothing fits, says so plainly and suggests the nearest entries.
 */
export function lookUp(query: string, ctx: CommandContext, options: LookupOptions): Answer {
  const match = resolveEntry(query, options.kinds, ctx);
  if (match.entry) {
    const answer = options.show(match.entry, ctx);
    if (!match.exact) {
      answer.note = `Closest match for "${query}".`;
      answer.approximate = true;
    }
    return answer;
  }
  const near = match.suggestions;
  return makeAnswer({
    ok: false,
    command: options.command,
    title: `No ${options.noun} found`,
    body: [
      `No ${options.noun} in the ${ctx.corpus.conference.shortName} corpus matches "${query}".${
        near.length > 0 ? ` Did you mean ${near.map((e) => e.title).join(', or ')}?` : ''
      } Type /${options.command} for the list.`,
    ],
    suggestions: near.length > 0 ? near.map(commandFor) : [`/${options.command}`, `/search ${query}`],
  });
}
