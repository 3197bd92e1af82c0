import type { Entry, EntryKind } from '../corpus/types.ts';
import { squash } from '../search/text.ts';
import type { CommandContext } from './types.ts';

/** Below this share of a query's words matched, a search hit is a suggestion, never the answer. */
export const MIN_GUESS_COVERAGE = 0.5;
/** How far ahead of the runner-up a search hit must score to be taken as what the user meant. */
export const GUESS_MARGIN = 1.5;
/** How many "did you mean" suggestions to offer. */
export const MAX_SUGGESTIONS = 3;

/** What a name typed by a user resolves to. */
export type EntryMatch =
  | { entry: Entry; exact: boolean; suggestions?: undefined }
  | { entry?: undefined; suggestions: Entry[] };

/**
 * Finds the entry a user means by a slug, a name, an alias, a partial name or a misspelling, among
 * entries of the given kinds. Exact names win; a clear search winner is taken but flagged as a guess;
 * otherwise the nearest entries come back as suggestions.
 */
export function resolveEntry(query: string, kinds: readonly EntryKind[], ctx: CommandContext): EntryMatch {
  const pool = ctx.corpus.entries.filter((e) => kinds.includes(e.kind));
  const wanted = squash(query);
  if (wanted === '') return { suggestions: [] };
  const names = (e: Entry) => [e.id, e.title, ...e.aliases].map(squash);
  const exact = pool.find((e) => names(e).includes(wanted));
  if (exact) return { entry: exact, exact: true };

  if (wanted.length >= 3) {
    const starts = pool.filter((e) => names(e).some((n) => n.startsWith(wanted)));
    if (starts.length === 1) return { entry: starts[0] as Entry, exact: false };
  }

  const hits = ctx.index.searchEntries(query, { kinds, loose: true });
  const [top, second] = hits;
  if (top && top.coverage >= MIN_GUESS_COVERAGE && (!second || top.score >= GUESS_MARGIN * second.score)) {
    return { entry: top.entry, exact: false };
  }
  return { suggestions: hits.slice(0, MAX_SUGGESTIONS).map((h) => h.entry) };
}
