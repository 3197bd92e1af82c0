import type { Entry, EntryKind } from '../corpus/types.ts';
import { squash } from '../search/text.ts';
import { commandFor, labelFor } from './entry-links.ts';
import { MIN_GUESS_COVERAGE } from './resolve-entry.ts';
import type { Choice, CommandContext } from './types.ts';

/** Suggestions offered at most; Discord shows 25. */
export const MAX_CHOICES = 25;

/**
 * Entries of some kinds matching a partly typed name: ids, titles and aliases that start with it
 * first, then those that contain it, then search hits (typos, other words), without repeats.
 */
export function completeEntries(
  partial: string,
  kinds: readonly EntryKind[],
  ctx: CommandContext,
  choice: (e: Entry) => Choice,
): Choice[] {
  const pool = ctx.corpus.entries.filter((e) => kinds.includes(e.kind));
  const wanted = squash(partial);
  const names = (e: Entry) =>
    [e.id, e.title, ...e.aliases, e.number !== undefined ? String(e.number) : ''].map(squash);
  let ranked: Entry[];
  if (wanted === '') ranked = pool;
  else {
    const starts = pool.filter((e) => names(e).some((n) => n.startsWith(wanted)));
    const contains = pool.filter((e) => !starts.includes(e) && names(e).some((n) => n.includes(wanted)));
    const found =
      partial.trim().length >= 3
        ? ctx.index
            .searchEntries(partial, { kinds, loose: true })
            .filter((h) => h.coverage >= MIN_GUESS_COVERAGE)
            .map((h) => h.entry)
        : [];
    ranked = [...starts, ...contains, ...found];
  }
  const out: Choice[] = [];
  for (const e of ranked) {
    const c = choice(e);
    if (!out.some((o) => o.value === c.value)) out.push(c);
    if (out.length >= MAX_CHOICES) break;
  }
  return out;
}

/** "174 - ITU's role with regard to ..." for a resolution, "slug - Title" otherwise. */
export function entryChoice(e: Entry): Choice {
  const value = commandFor(e).replace(/^\/\S+\s*/, '');
  const name =
    e.kind === 'resolution' || e.kind === 'decision'
      ? `${labelFor(e).replace(/^Resolution /, '')} - ${e.title}`
      : `${e.title}`;
  return { name, value };
}
