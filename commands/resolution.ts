import SearchableMap from 'minisearch/SearchableMap';
import { type Answer, type AnswerItem, asClosestMatch, makeAnswer } from '../src/answer.ts';
import { completeEntries, entryChoice } from '../src/commands/complete.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { commandFor, labelFor } from '../src/commands/entry-links.ts';
import { pagedItems, takePage } from '../src/commands/paging.ts';
import { resolveEntry } from '../src/commands/resolve-entry.ts';
import {
  byNumberThenTitle,
  TITLE_NOT_VERIFIED_LABEL,
  textStatusLabel,
  titleOrLabel,
} from '../src/commands/status-labels.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import { type Entry, TEXT_STATUSES } from '../src/corpus/types.ts';
import { userError } from '../src/errors.ts';
import { formatTextRef, parseTextRef, type TextRef } from '../src/search/identifiers.ts';

/** What `/resolution` was asked for. */
export type ResolutionArgs =
  | { mode: 'list'; page: number }
  | { mode: 'ref'; ref: TextRef }
  | { mode: 'words'; text: string };

/** Texts per page of the list: the whole list of a conference usually fits, as short lines. */
const TEXT_LIST_PAGE_SIZE = 40;

/** How many nearby numbers to offer when a number is not in the corpus. */
const NEAREST_NUMBERS = 3;

/** `/resolution <number>`: one resolution or decision, or the grouped list of them all. */
export default defineCommand<ResolutionArgs>({
  name: 'resolution',
  description: 'A resolution or decision: official title, status, what changed, sources',
  usage: '/resolution <number>   (174, Res. 174, R174, decision 5; empty for the list)',
  examples: ['/resolution 174', '/resolution decision 5', '/resolution'],
  answersAs: ['decision'],
  option: {
    name: 'number',
    description: 'Resolution number, e.g. 174, or "decision 5"',
    required: false,
    autocomplete: true,
  },
  parse(raw) {
    const { rest: text, page } = takePage(raw);
    // "/decision" alone names a kind of text, not one of them: the list, as "/resolution" alone gives.
    if (text === '' || /^(?:resolutions?|decisions?|res|reso)\.?$/i.test(text)) return { mode: 'list', page };
    const ref = parseTextRef(text);
    if (ref) return { mode: 'ref', ref };
    if (/^[\s#a-z.]*[-+]?[\d.,\s]+$/i.test(text) || !/\p{L}/u.test(text)) {
      throw userError(
        'bad-argument',
        `"${text.slice(0, 40)}" is not a resolution number. Try /resolution 174 or /resolution decision 5.`,
      );
    }
    return { mode: 'words', text };
  },
  complete: (partial, ctx) => completeEntries(partial, ['decision', 'resolution'], ctx, entryChoice),
  run(args, ctx) {
    if (args.mode === 'list') return listTexts(ctx, args.page);
    if (args.mode === 'words') return byWords(args.text, ctx);
    const entry = ctx.corpus.entries.find((e) => e.kind === args.ref.kind && e.number === args.ref.number);
    return entry ? showText(entry, ctx) : notFound(args.ref, ctx);
  },
});

function showText(entry: Entry, ctx: CommandContext): Answer {
  return entryAnswer(entry, ctx, {
    command: 'resolution',
    title: entry.symbol ?? labelFor(entry),
    leadFields: [
      // Without a verified title, no Title field: the answer carries a label saying so instead.
      ...(entry.titleUnverified ? [] : [{ label: 'Title', value: entry.title }]),
      { label: 'Status', value: textStatusLabel(entry.status, ctx.corpus.conference.shortName) },
    ],
    ...(entry.titleUnverified ? { labels: [TITLE_NOT_VERIFIED_LABEL] } : {}),
  });
}

function byWords(text: string, ctx: CommandContext): Answer {
  const match = resolveEntry(text, ['resolution', 'decision'], ctx);
  if (match.entry) {
    const answer = showText(match.entry, ctx);
    return match.exact ? answer : asClosestMatch(answer, `Closest match for "${text}".`);
  }
  return makeAnswer({
    ok: false,
    command: 'resolution',
    title: 'No such resolution',
    body: [`No resolution or decision in the corpus matches "${text}". Type /resolution for the list.`],
    suggestions: match.suggestions.map(commandFor),
  });
}

function notFound(ref: TextRef, ctx: CommandContext): Answer {
  const pool = ctx.corpus.entries.filter((e) => e.kind === ref.kind);
  const wanted = String(ref.number);
  // Numbers one slip away ("147" for 174 is two) come first, then the nearest in value.
  const typos = SearchableMap.from(pool.map((e) => [String(e.number), e])).fuzzyGet(wanted, 1);
  const nearest = pool
    .map((e) => ({
      e,
      typo: typos.get(String(e.number))?.[1] ?? 2,
      gap: Math.abs((e.number ?? 0) - ref.number),
    }))
    .sort((a, b) => a.typo - b.typo || a.gap - b.gap)
    .slice(0, NEAREST_NUMBERS)
    .map((x) => x.e);
  const name = formatTextRef(ref);
  return makeAnswer({
    ok: false,
    command: 'resolution',
    title: `${name} is not in the corpus`,
    body: [
      `The ${ctx.corpus.conference.shortName} corpus has no entry for ${name}.${
        nearest.length > 0 ? ` Nearest: ${nearest.map(labelFor).join(', ')}.` : ''
      } Type /resolution for the full list.`,
    ],
    suggestions: nearest.map(commandFor),
  });
}

function listTexts(ctx: CommandContext, page: number): Answer {
  const conference = ctx.corpus.conference.shortName;
  // Decisions first, then resolutions by status (new, revised, ...), each by number.
  const rank = (e: Entry) =>
    e.kind === 'decision' ? -1 : TEXT_STATUSES.indexOf(e.status as (typeof TEXT_STATUSES)[number]);
  const texts = ctx.corpus.entries
    .filter((e) => e.kind === 'resolution' || e.kind === 'decision')
    .sort((a, b) => rank(a) - rank(b) || byNumberThenTitle(a, b));
  const items: AnswerItem[] = texts.map((e) => ({
    group: e.kind === 'decision' ? 'Decisions' : `Resolutions: ${textStatusLabel(e.status, conference)}`,
    label: labelFor(e),
    detail: titleOrLabel(e),
    command: commandFor(e),
  }));
  return makeAnswer({
    ok: items.length > 0,
    command: 'resolution',
    title: `Resolutions and decisions in the ${conference} corpus (${items.length})`,
    body:
      items.length > 0
        ? ['Type /resolution <number> for one of them.']
        : ['The corpus has no resolutions yet.'],
    ...pagedItems(items, page, '/resolution', 'resolutions and decisions', TEXT_LIST_PAGE_SIZE),
  });
}
