import type { Entry, EntryKind } from '../corpus/types.ts';
import { osaDistance } from '../search/distance.ts';
import { findTextRefs, type TextRef } from '../search/identifiers.ts';
import { STOP_WORDS } from '../search/stop-words.ts';
import { squash, tokenize } from '../search/text.ts';
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
  // "/outcome Resolution 174": the number names what is meant, so a guess must concern that text;
  // the words around it ("resolution") match too many entries to guess from.
  const refs = findTextRefs(query);
  if (refs.length > 0) return concerning(refs, pool, ctx);

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
  // "/topic connect 2020 targets": an entry named by most of the words ("Adoption of the Connect 2020
  // Agenda") comes before one whose text merely has them all (the timeline mentions every topic).
  const typed = tokenize(query).filter((w) => !STOP_WORDS.has(w));
  const named = (e: Entry) => {
    const own = new Set(tokenize([e.title, ...e.aliases].join(' ')));
    return typed.filter((w) => own.has(w)).length;
  };
  const hits = ctx.index
    .searchEntries(query, { kinds, loose: true })
    .map((h) => ({ ...h, named: named(h.entry) }))
    .sort(
      (a, b) =>
        b.named - a.named ||
        b.coverage - a.coverage ||
        kindRank(a.entry) - kindRank(b.entry) ||
        b.score - a.score,
    );
  const [top, second] = hits;
  // A guess names half the typed words or more in its own title or aliases: "india doc 98" is not "The
  // Ukraine and Palestine texts", whose text merely mentions a document and a number.
  if (top && top.coverage >= MIN_GUESS_COVERAGE && top.named * 2 >= typed.length) {
    const clearWinner =
      !second ||
      second.coverage <= top.coverage - COVERAGE_MARGIN ||
      kindRank(top.entry) < kindRank(second.entry) ||
      top.score >= GUESS_MARGIN * second.score;
    if (clearWinner) return { entry: top.entry, exact: false };
  }
  return { suggestions: hits.slice(0, MAX_SUGGESTIONS).map((h) => h.entry) };
}

/**
 * The entry of the pool about the numbered texts (the only one linked in `related`, naming one of them in its
 * summary or fields), taken when it is the only one; else the linked entries and the texts themselves,
 * as suggestions.
 */
function concerning(refs: TextRef[], pool: readonly Entry[], ctx: CommandContext): EntryMatch {
  const texts = ctx.corpus.entries.filter((e) =>
    refs.some((r) => r.kind === e.kind && r.number === e.number),
  );
  const ids = new Set(texts.map((t) => t.id));
  const related = pool.filter(
    (e) => e.related.some((id) => ids.has(id)) || texts.some((t) => t.related.includes(e.id)),
  );
  // "/outcome res 202": the outcome whose own summary or fields name the text is about it; one merely
  // linked to it ("the registry proposal", beside Resolution 180) is offered, never taken.
  const about = related.filter((e) =>
    findTextRefs([e.summary, ...e.fields.map((f) => f.value)].join(' ')).some((r) =>
      refs.some((w) => w.kind === r.kind && w.number === r.number),
    ),
  );
  if (related.length === 1 && about.length === 1) return { entry: about[0] as Entry, exact: false };
  return {
    suggestions: [...related, ...texts.filter((t) => !related.includes(t))].slice(0, MAX_SUGGESTIONS),
  };
}
