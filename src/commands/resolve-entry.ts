import type { Entry, EntryKind } from '../corpus/types.ts';
import { osaDistance } from '../search/distance.ts';
import { squash } from '../search/text.ts';
import type { CommandContext } from './types.ts';

/** Below this share of a query's words matched, a search hit is a suggestion, never the answer. */
export const MIN_GUESS_COVERAGE = 0.5;
/** How far ahead of the runner-up a search hit must score to be taken as what the user meant. */
export const GUESS_MARGIN = 1.5;
/** A hit covering this much more of the query than the runner-up is what the user meant. */
export const COVERAGE_MARGIN = 0.25;
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
    // A name typed with a slip or two ("working group of the plenery"): one edit per eight letters.
    const slips = Math.floor(wanted.length / 8) + 1;
    const near = pool.filter((e) =>
      names(e).some(
        (n) => Math.abs(n.length - wanted.length) <= slips && osaDistance(n, wanted, slips) <= slips,
      ),
    );
    if (near.length === 1) return { entry: near[0] as Entry, exact: false };
  }

  // Best first: the hit covering most of the query, then the kind the command is mainly about (a
  // topic before an event for /topic), then the score.
  const kindRank = (e: Entry) => kinds.indexOf(e.kind);
  const hits = ctx.index
    .searchEntries(query, { kinds, loose: true })
    .sort((a, b) => b.coverage - a.coverage || kindRank(a.entry) - kindRank(b.entry) || b.score - a.score);
  const [top, second] = hits;
  if (top && top.coverage >= MIN_GUESS_COVERAGE) {
    const clearWinner =
      !second ||
      second.coverage <= top.coverage - COVERAGE_MARGIN ||
      kindRank(top.entry) < kindRank(second.entry) ||
      top.score >= GUESS_MARGIN * second.score;
    if (clearWinner) return { entry: top.entry, exact: false };
  }
  return { suggestions: hits.slice(0, MAX_SUGGESTIONS).map((h) => h.entry) };
}
