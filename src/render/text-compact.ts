/**
 * The compact card as plain text, for the terminal chat: the same parts as on Slack and Discord (header,
 * lead, three fields, a few items, the sources named briefly, what to open next) within
 * COMPACT_TEXT_MAX_CHARS, and a last line saying that "/more" shows the full answer. Pure.
 */

import type { Answer } from '../answer.ts';
import {
  clip,
  compactCard,
  headerOf,
  nextCommands,
  oneLine,
  shortSourceName,
  stripEmphasis,
} from './compact.ts';
import {
  COMPACT_FIELD_VALUE_CHARS,
  COMPACT_ITEM_CHARS,
  COMPACT_LEAD_CHARS,
  COMPACT_TEXT_MAX_CHARS,
} from './compact-limits.ts';
import type { TextRenderOptions } from './text.ts';

/** What the terminal types to see the whole of the last answer. */
export const MORE_COMMAND = '/more';

/** The hint closing a card whose full answer has more. */
export const MORE_HINT = `Type ${MORE_COMMAND} for the full answer.`;

const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Renders an answer as a compact text card (see the module comment). */
export function renderTextCompact(answer: Answer, { color = false }: TextRenderOptions = {}): string {
  const card = compactCard(answer);
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const em = (s: string) => (color ? s.replace(/\*\*(.+?)\*\*/g, `${BOLD}$1${RESET}`) : stripEmphasis(s));
  // Budgets count visible characters; colour codes are extra and only for a terminal that shows them.
  let left = COMPACT_TEXT_MAX_CHARS;
  const blocks: string[] = [];
  const put = (visible: string, shown = visible): boolean => {
    const cost = visible.length + (blocks.length > 0 ? 2 : 0);
    if (visible === '' || cost > left) return false;
    blocks.push(shown);
    left -= cost;
    return true;
  };
  const cut = clip;

  const header = cut(stripEmphasis(headerOf(card)), 200);
  put(header, bold(header));
  const tail: string[] = [];
  const sources = [...new Set(card.citations.map(shortSourceName).filter((s) => s !== ''))];
  if (sources.length > 0)
    tail.push(cut(`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join(', ')}`, 200));
  if (card.page && card.page.pages > 1)
    tail.push(
      cut(
        `Page ${card.page.page} of ${card.page.pages}${card.page.next ? `. Next: ${oneLine(card.page.next)}` : ''}`,
        160,
      ),
    );
  const next = nextCommands(card)
    .filter((c) => c.kind === 'suggest')
    .map((c) => c.line);
  if (next.length > 0) tail.push(cut(`${card.ok ? 'Related' : 'Try'}: ${next.slice(0, 5).join(', ')}`, 200));
  if (card.more) tail.push(MORE_HINT);
  // The tail is reserved first, so the content never crowds out the sources or the hint.
  left -= tail.reduce((n, s) => n + s.length + 2, 0);

  if (card.note) put(cut(stripEmphasis(oneLine(card.note)), 200), em(cut(oneLine(card.note), 200)));
  if (card.lead) {
    const lead = cut(card.lead, Math.min(COMPACT_LEAD_CHARS + 40, Math.max(0, left - 2)));
    if (lead.length >= 24 || lead === card.lead) put(stripEmphasis(lead), em(lead));
  }
  const fields = card.fields
    .map((f) => `${oneLine(stripEmphasis(f.label))}: ${cut(oneLine(f.value), COMPACT_FIELD_VALUE_CHARS)}`)
    .filter((line) => line.trim() !== ':');
  const fieldLines: string[] = [];
  for (const line of fields) {
    if (stripEmphasis([...fieldLines, line].join('\n')).length + 2 > left) break;
    fieldLines.push(line);
  }
  if (fieldLines.length > 0) put(stripEmphasis(fieldLines.join('\n')), em(fieldLines.join('\n')));
  const items: string[] = [];
  for (const item of card.items) {
    const open = item.command && item.command !== item.label ? `  (${oneLine(item.command)})` : '';
    const line =
      cut(
        `  • ${oneLine(item.label)}${item.detail ? ` - ${oneLine(item.detail)}` : ''}`,
        COMPACT_ITEM_CHARS - open.length,
      ) + open;
    if (stripEmphasis([...items, line].join('\n')).length + 2 > left - 20) break;
    items.push(line);
  }
  const hidden = card.hiddenItems + card.items.length - items.length;
  if (hidden > 0 && items.length > 0) items.push(`  and ${hidden} more`);
  if (items.length > 0) put(stripEmphasis(items.join('\n')), em(items.join('\n')));
  left += tail.reduce((n, s) => n + s.length + 2, 0);
  for (const line of tail) put(line);
  return blocks.join('\n\n');
}
