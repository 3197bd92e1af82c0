import { type Answer, asClosestMatch, makeAnswer } from '../answer.ts';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../corpus/types.ts';
import { entryAnswer } from './entry-answer.ts';
import { commandFor, labelFor } from './entry-links.ts';
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
  if (match.entry && match.exact) return options.show(match.entry, ctx);
  // "/topic india doc 98": what the user means may be another command's entry (an outcome).
  const other = resolveEntry(
    query,
    ENTRY_KINDS.filter((k) => !options.kinds.includes(k) && k !== 'source'),
    ctx,
  );
  // "/topic iot": another command's entry of that very name beats a near name of this one's ("ICT").
  if (match.entry && !(other.entry && namedExactly(other.entry, query)))
    return asClosestMatch(options.show(match.entry, ctx), `Closest match for "${query}".`);
  const elsewhere = other.entry;
  if (elsewhere) {
    // Shown, labelled with the command that finds it, rather than "no such topic" and a button; as
    // itself, not as this command shows its own kind (an outcome's status means nothing for a topic).
    return asClosestMatch(
      entryAnswer(elsewhere, ctx, { command: options.command, title: labelFor(elsewhere) }),
      `No ${options.noun} is named "${query}"; this is ${commandFor(elsewhere)}.`,
    );
  }
  const near = match.suggestions ?? [];
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

/**
 * True when a one-word query is one of the entry's own names ("iot" for the IoT outcome), whatever its
 * case: a short name typed whole means that entry, where a near one of another ("ICT") is a guess.
 */
function namedExactly(entry: Entry, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  return !/\s/.test(wanted) && [entry.id, ...entry.aliases].some((name) => name.toLowerCase() === wanted);
}
