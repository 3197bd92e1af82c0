import type { Entry, EntryKind } from '../corpus/types.ts';
import { squash } from '../search/text.ts';
import { commandFor, labelFor } from './entry-links.ts';
import { MIN_GUESS_COVERAGE } from './resolve-entry.ts';
import { titleOrLabel } from './status-labels.ts';
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
  const entries = ctx.corpus.entries;
  const names = ctx.index.nameIndex;
  const wanted = squash(partial);
  const wantedKind = (e: Entry | undefined): e is Entry => e !== undefined && kinds.includes(e.kind);
  let ranked: Entry[];
  if (wanted === '') ranked = entries.filter((e) => wantedKind(e));
  else {
    // Names starting with the text come from the names' radix tree, not a scan of every name.
    const startPositions = names.startingWith(wanted);
    const starts = startPositions.map((p) => entries[p]).filter(wantedKind);
    const fromStarts = choices(starts, choice);
    if (fromStarts.length >= MAX_CHOICES) return fromStarts;
    const isStart = new Set(startPositions);
    const contains = entries.filter(
      (e, p) => wantedKind(e) && !isStart.has(p) && names.namesOf(p).some((n) => n.includes(wanted)),
    );
    const out = choices([...starts, ...contains], choice);
    // With a full menu already, the fuzzy search could only add entries below the cut.
    if (out.length >= MAX_CHOICES) return out;
    const found =
      partial.trim().length >= 3
        ? ctx.index
            .searchEntries(partial, { kinds, loose: true })
            .filter((h) => h.coverage >= MIN_GUESS_COVERAGE)
            .map((h) => h.entry)
        : [];
    ranked = [...starts, ...contains, ...found];
  }
  return choices(ranked, choice);
}

/** The first {@link MAX_CHOICES} distinct choices for entries, in order. */
function choices(ranked: readonly Entry[], choice: (e: Entry) => Choice): Choice[] {
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
      ? `${labelFor(e).replace(/^Resolution /, '')} - ${titleOrLabel(e)}`
      : `${e.title}`;
  return { name, value };
}
