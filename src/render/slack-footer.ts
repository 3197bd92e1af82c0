/** The lines repeated on every page of a Slack answer: sources, related commands, leftover suggestions,
 * "shared by" and paging, each within a fixed budget so every page keeps room for content. */

import type { Answer, Citation } from '../answer.ts';
import { MAX_CONTEXT_ELEMENTS } from './slack-limits.ts';
import { ellipsize, escapeMrkdwn, oneLine } from './slack-text.ts';

/** Longest "Shared by" line: a real user id is short; anything else is shown escaped and cut. */
export const SHARED_BY_BUDGET = 120;
/** Longest "Page 1 of 3. Next: ..." line. */
export const PAGING_BUDGET = 300;
/** Longest single citation, link included. */
export const CITATION_BUDGET = 400;
/** Longest sum of all citations of one message. */
export const CITATIONS_BUDGET = 3000;
/** Longest "Related: ..." line. */
export const RELATED_BUDGET = 600;
/** Longest line of suggestions that did not become buttons. */
export const SUGGESTIONS_BUDGET = 600;
/** Room kept in a capped list for its "and 12 more" tail. */
export const MORE_RESERVE = 30;

/**
 * Citations as context elements, each `<url|publisher, title, date>` (escaped). At most
 * MAX_CONTEXT_ELEMENTS: the ones that do not get an element of their own share the last one. Past
 * CITATIONS_BUDGET the rest are counted ("and 3 more sources"), so the sources fit on every page.
 */
export function citationElements(citations: Citation[]): string[] {
  const texts = citations.map(citationText).filter((t) => t !== '');
  const elements: string[] = [];
  let budget = CITATIONS_BUDGET - MORE_RESERVE;
  let i = 0;
  for (; i < texts.length && elements.length < MAX_CONTEXT_ELEMENTS - 1; i++) {
    const text = texts[i] as string;
    if (text.length > budget) break;
    elements.push(text);
    budget -= text.length;
  }
  if (i === texts.length) return elements;
  const shared: string[] = [];
  for (; i < texts.length; i++) {
    const text = texts[i] as string;
    const cost = text.length + (shared.length > 0 ? 2 : 0);
    if (cost > budget) break;
    shared.push(text);
    budget -= cost;
  }
  const left = texts.length - i;
  if (left > 0) shared.push(`and ${left} more source${left === 1 ? '' : 's'}`);
  elements.push(shared.join('; '));
  return elements;
}

/** One citation. Only web and mail addresses become links; a link's `|` would end its URL early. */
export function citationText(c: Citation): string {
  const label = [c.publisher, c.title, c.date]
    .map((s) => oneLine(s ?? ''))
    .filter((s) => s !== '')
    .join(', ');
  const url = (c.url ?? '').trim();
  if (/^(?:https?:\/\/|mailto:)\S+$/i.test(url)) {
    const href = escapeMrkdwn(url).replace(/\|/g, '%7C');
    const room = CITATION_BUDGET - href.length - 3;
    if (room >= 20) return `<${href}|${ellipsize(escapeMrkdwn(label || url), room)}>`;
  }
  return ellipsize(escapeMrkdwn([label, url].filter((s) => s !== '').join(', ')), CITATION_BUDGET);
}

/** "Related: `/outcome ott`, `/topic x`", capped, with a count of what did not fit. */
export function relatedLine(answer: Answer): string {
  const commands = answer.related.map((r) => oneLine(r.command)).filter((c) => c !== '');
  return commandList('Related', commands, RELATED_BUDGET);
}

/** Suggestions that did not become buttons, introduced like the text renderer's ("See also", "Try"). */
export function suggestionsLine(answer: Answer, rest: string[]): string {
  return commandList(answer.ok ? 'See also' : 'Try', rest.map(oneLine), SUGGESTIONS_BUDGET);
}

/** `Label: \`a\`, \`b\`` within `budget` characters; what does not fit is counted ("and 4 more"). */
export function commandList(label: string, commands: string[], budget: number): string {
  if (commands.length === 0) return '';
  const parts: string[] = [];
  let length = label.length + 2;
  for (const command of commands) {
    const part = `\`${ellipsize(escapeMrkdwn(command), 200)}\``;
    if (length + part.length + 2 > budget - MORE_RESERVE) break;
    parts.push(part);
    length += part.length + 2;
  }
  const left = commands.length - parts.length;
  if (left > 0) parts.push(`and ${left} more`);
  return `${label}: ${parts.join(', ')}`;
}

/** "Shared by <@U123>" as a real mention; anything that is not a user id is shown as escaped text. */
export function sharedByLine(sharedBy: string | undefined): string {
  const id = oneLine(sharedBy ?? '');
  if (id === '') return '';
  if (/^[UW][A-Z0-9]{1,30}$/.test(id)) return `Shared by <@${id}>`;
  return ellipsize(`Shared by ${escapeMrkdwn(id)}`, SHARED_BY_BUDGET);
}

/** The command's own paging, like the text renderer: "Page 1 of 3. Next: `/search x --page 2`". */
export function pagingLine(answer: Answer): string {
  const page = answer.page;
  if (!page || page.pages <= 1) return '';
  const next = oneLine(page.next ?? '');
  const line = `Page ${page.page} of ${page.pages}`;
  if (!next) return line;
  return `${line}. Next: \`${ellipsize(escapeMrkdwn(next), PAGING_BUDGET - line.length - 10)}\``;
}
