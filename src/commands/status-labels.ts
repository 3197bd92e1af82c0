import { statement } from '../answer.ts';
import { shortPublisher } from '../corpus/short-name.ts';
import type { Corpus, Entry } from '../corpus/types.ts';

/**
 * The label a resolution or decision without a verified official title carries where its title would
 * be. It is a label, never a title: renderers show it apart from the heading.
 */
export const TITLE_NOT_VERIFIED_LABEL = 'Official title not verified';

/** Separates what each source says in a disputed status. */
export const STATUS_SEPARATOR = ' · ';

/** How a resolution's or decision's status reads, with the conference's short name filled in. */
export function textStatusLabel(status: string | undefined, conference: string): string {
  switch (status) {
    case 'new':
      return `New at ${conference}`;
    case 'revised':
      return `Revised at ${conference}`;
    case 'suppressed':
      return `Suppressed (abrogated) at ${conference}`;
    case 'unchanged':
      return `Not changed at ${conference}`;
    default:
      return `Status at ${conference} not verified`;
  }
}

/** How an outcome's status reads. */
export function outcomeStatusLabel(status: string | undefined): string {
  const labels: ReadonlyMap<string, string> = new Map(
    Object.entries({
      adopted: 'Adopted',
      'partly-adopted': 'Partly adopted',
      withdrawn: 'Withdrawn',
      'not-agreed': 'Not agreed',
      deferred: 'Deferred',
      removed: 'Removed',
      disputed: 'Disputed',
    }),
  );
  return labels.get(status ?? '') ?? 'Not verified';
}

/**
 * How an outcome's status reads in a reply. When the sources disagree (`status: disputed`), each
 * source's own wording with its publisher's short name: "Withdrawn (OTI) · not accepted (ISOC) · not
 * agreed (Kovacs)", so no reply settles what the sources leave open. Otherwise the status's label.
 * Used by `/outcome` and by `/ask` wherever an outcome's status is shown.
 */
export function outcomeStatusText(entry: Entry, corpus: Corpus): string {
  if (entry.status !== 'disputed' || !entry.statuses || entry.statuses.length === 0)
    return outcomeStatusLabel(entry.status);
  const parts = entry.statuses.map((claim) => {
    const said = claim.says ?? outcomeStatusLabel(claim.status).toLowerCase();
    const source = corpus.byId.get(claim.source);
    return source ? `${said} (${shortPublisher(source)})` : said;
  });
  const text = parts.join(STATUS_SEPARATOR);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The source ids a status line names, so a reply cites them. */
export function outcomeStatusSources(entry: Entry): string[] {
  return entry.status === 'disputed' ? (entry.statuses ?? []).map((s) => s.source) : [];
}

/**
 * The label of a statement marked `[only]`: "(only OTI reports this)", from its one citation. Empty
 * when the statement is not marked or its source is unknown (the checker rejects both kinds of misuse).
 */
export function singleSourceLabel(
  s: { singleSource?: boolean | undefined; citations: readonly string[] },
  corpus: Corpus,
): string {
  if (!s.singleSource || s.citations.length !== 1) return '';
  const source = corpus.byId.get(s.citations[0] as string);
  return source ? `(only ${shortPublisher(source)} reports this)` : '';
}

/**
 * A corpus statement as shown to users, with every label it carries: "(unverified)" for `[?]` and
 * "(only OTI reports this)" for `[only]`. Takes a sentence, a field or a passage.
 */
export function labelledStatement(
  s: {
    text: string;
    uncertain?: boolean | undefined;
    singleSource?: boolean | undefined;
    citations: readonly string[];
  },
  corpus: Corpus,
): string {
  const only = singleSourceLabel(s, corpus);
  const text = statement(s.text, s.uncertain);
  return only ? `${text} ${only}` : text;
}

/**
 * An entry's official title for a line of a list, or, when it is not verified, the label saying so in
 * brackets, so it reads as a label and not as a title.
 */
export function titleOrLabel(entry: Entry): string {
  return entry.titleUnverified ? `(${TITLE_NOT_VERIFIED_LABEL.toLowerCase()})` : entry.title;
}

/** Sorts numbered texts by number, then others by title, for stable lists. */
export function byNumberThenTitle(a: Entry, b: Entry): number {
  return (
    (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title)
  );
}
