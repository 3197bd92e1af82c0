import type { Entry } from '../corpus/types.ts';

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
    }),
  );
  return labels.get(status ?? '') ?? 'Not verified';
}

/** Sorts numbered texts by number, then others by title, for stable lists. */
export function byNumberThenTitle(a: Entry, b: Entry): number {
  return (
    (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title)
  );
}
