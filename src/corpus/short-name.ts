import type { Entry } from './types.ts';

/**
 * The short name of a source's publisher for labels such as "(only OTI reports this)": the front
 * matter's `short` when given; else an acronym the publisher gives in brackets ("New America, Open
 * Technology Institute (OTI)" gives "OTI"); else the author's surname ("Anja Kovacs" gives "Kovacs"),
 * since a report by one person is known by its author; else the publisher up to its first comma or bracket.
 */
export function shortPublisher(source: Entry): string {
  if (source.short) return source.short;
  const publisher = source.publisher ?? '';
  const acronym = /\(([A-Z][A-Za-z-]{1,11})\)/.exec(publisher)?.[1];
  if (acronym && /[A-Z].*[A-Z]/.test(acronym)) return acronym;
  const surname = source.author?.trim().split(/\s+/).pop();
  if (surname) return surname;
  const head = publisher.split(/[,(]/)[0]?.trim();
  return head || source.title;
}
