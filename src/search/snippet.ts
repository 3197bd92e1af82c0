import { processTerm } from './text.ts';

/** Longest snippet shown for a search hit, in characters. */
export const SNIPPET_MAX_CHARS = 220;

/**
 * Marks the words of `text` whose index term is in `matched` as `**emphasis**`, so a reader sees why a
 * hit came up. Works on the original words, keeping their spelling and case.
 */
export function highlight(text: string, matched: ReadonlySet<string>): string {
  if (matched.size === 0) return text;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
    const term = processTerm(word.replace(/['’]s$/, ''));
    return term !== undefined && matched.has(term) ? `**${word}**` : word;
  });
}

/** Counts how many distinct matched terms a text contains. */
export function countMatches(text: string, matched: ReadonlySet<string>): number {
  const found = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const term = processTerm(word);
    if (term !== undefined && matched.has(term)) found.add(term);
  }
  return found.size;
}

/**
 * Cuts a text to at most `max` characters around its first highlight, on word boundaries, with an
 * ellipsis wherever something was left out. Never cuts inside a `**` mark.
 */
export function clip(text: string, max = SNIPPET_MAX_CHARS): string {
  if (text.length <= max) return text;
  const first = Math.max(text.indexOf('**'), 0);
  let start = first > max / 3 ? text.lastIndexOf(' ', first - Math.floor(max / 4)) + 1 : 0;
  if (start < 0) start = 0;
  let end = start + max - 2;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  let out = text.slice(start, end).trim();
  // Close an emphasis left open by the cut, so renderers never see a stray marker.
  if ((out.match(/\*\*/g)?.length ?? 0) % 2 === 1) out = out.replace(/\*\*(?!.*\*\*)/, '');
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
}
