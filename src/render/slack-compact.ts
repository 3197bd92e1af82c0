/**
 * The compact Slack card: at most COMPACT_SLACK_MAX_BLOCKS blocks and COMPACT_SLACK_MAX_CHARS of text,
 * so an answer takes a few lines of a channel, on a phone too. The full answer stays one click away:
 * "More" brings the long form ({@link renderSlack}) to the person who clicked, and only to them. Pure.
 */

import type { Answer, AnswerItem } from '../answer.ts';
import { type CompactCard, compactCard, headerOf, nextCommands, shortSourceName } from './compact.ts';
import {
  COMPACT_FIELD_VALUE_CHARS,
  COMPACT_ITEM_CHARS,
  COMPACT_LEAD_CHARS,
  COMPACT_MAX_BUTTONS,
  COMPACT_SLACK_MAX_CHARS,
  COMPACT_SLACK_MAX_FALLBACK,
  COMPACT_SLACK_RESERVED_CHARS,
  COMPACT_SOURCES_CHARS,
} from './compact-limits.ts';
import {
  MORE_ACTION_ID,
  NEXT_ACTION_ID,
  SHARE_ACTION_ID,
  type SlackBlock,
  type SlackButton,
  type SlackContextBlock,
  type SlackMessage,
  type SlackMrkdwn,
  SUGGEST_ACTION_PREFIX,
} from './slack-blocks.ts';
import { sharedByLine } from './slack-footer.ts';
import { MAX_BUTTON_VALUE, MAX_HEADER_TEXT } from './slack-limits.ts';
import {
  ellipsize,
  escapeMrkdwn,
  neutralizeSlackMentions,
  oneLine,
  stripEmphasis,
  toMrkdwn,
} from './slack-text.ts';

/** Options for {@link renderSlackCompact}. */
export interface SlackCompactOptions {
  /** Adds "Share" (post the card to the channel); `value` comes back on the click (the command line). */
  share?: { value: string };
  /** Adds "More" (the full answer, to the clicker only) when the long form has more; `value` as for share. */
  more?: { value: string };
  /** The Slack user id of whoever shared the card into a channel. */
  sharedBy?: string;
}

/** Longest button label on a card, so five buttons stay on one row on a phone. */
const BUTTON_LABEL_CHARS = 40;
/** Longest note or "shared by" line. */
const NOTE_CHARS = 200;
/** Below this much room a part is left out rather than shown as a stub. */
const MIN_PART = 24;

/** Renders an answer as one compact Slack message (see the module comment). */
export function renderSlackCompact(answer: Answer, options: SlackCompactOptions = {}): SlackMessage {
  const card = compactCard(answer);
  let left = COMPACT_SLACK_MAX_CHARS - COMPACT_SLACK_RESERVED_CHARS;
  const take = (text: string, max: number): string => {
    const cut = ellipsize(text, Math.max(0, Math.min(max, left)));
    if (cut.length < Math.min(MIN_PART, text.length)) return '';
    left -= cut.length;
    return cut;
  };

  const header = take(neutralizeSlackMentions(stripEmphasis(headerOf(card))), MAX_HEADER_TEXT) || 'confbot';
  const buttons = cardButtons(card, options);
  left -= buttons.reduce((n, b) => n + b.text.text.length, 0);
  const top = [sharedByLine(options.sharedBy), card.note ? toMrkdwn(oneLine(card.note)) : '']
    .filter((s) => s !== '')
    .map((s) => take(s, NOTE_CHARS))
    .filter((s) => s !== '');
  const bottom = [pagingText(card), sourcesText(card, Math.min(COMPACT_SOURCES_CHARS, left - 200))]
    .filter((s) => s !== '')
    .map((s) => take(s, COMPACT_SOURCES_CHARS))
    .filter((s) => s !== '');
  const lead = card.lead ? take(toMrkdwn(card.lead), COMPACT_LEAD_CHARS + 40) : '';
  // Fields and list lines are shown whole or not at all: a cut through `*bold*` would show its marks.
  const whole = (text: string): string => {
    if (text === '' || text.length > left) return '';
    left -= text.length;
    return text;
  };
  const fields: string[] = [];
  for (const f of card.fields) {
    const label = ellipsize(escapeMrkdwn(oneLine(stripEmphasis(f.label))), 60);
    const value = ellipsize(toMrkdwn(oneLine(f.value)), COMPACT_FIELD_VALUE_CHARS);
    const text = whole([label ? `*${label}*` : '', value].filter((s) => s !== '').join('\n'));
    if (text) fields.push(text);
  }
  const lines: string[] = [];
  for (const item of card.items) {
    // One more character for the line break before every line but the first.
    const line = whole(`${lines.length > 0 ? '\n' : ''}${itemLine(item)}`);
    if (!line) break;
    lines.push(line.replace(/^\n/, ''));
  }
  const hidden = card.hiddenItems + card.items.length - lines.length;
  if (hidden > 0 && lines.length > 0) {
    const tail = whole(`\n_and ${hidden} more_`);
    if (tail) lines.push(tail.slice(1));
  }

  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
  if (top.length > 0) blocks.push(context(top));
  if (lead) blocks.push({ type: 'section', text: mrkdwn(lead) });
  if (fields.length > 0) blocks.push({ type: 'section', fields: fields.map(mrkdwn) });
  if (lines.length > 0) blocks.push({ type: 'section', text: mrkdwn(lines.join('\n')) });
  if (bottom.length > 0) blocks.push(context(bottom));
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  return { text: fallbackText(header, card), blocks };
}

/**
 * Characters of text over all blocks of a message: every text object, button labels included, as
 * COMPACT_SLACK_MAX_CHARS counts them.
 */
export function slackMessageChars(message: SlackMessage): number {
  let n = 0;
  for (const block of message.blocks) {
    if (block.type === 'header') n += block.text.text.length;
    if (block.type === 'section') {
      n += block.text?.text.length ?? 0;
      for (const f of block.fields ?? []) n += f.text.length;
    }
    if (block.type === 'context') for (const e of block.elements) n += 'text' in e ? e.text.length : 0;
    if (block.type === 'actions')
      for (const e of block.elements) n += e.type === 'button' ? e.text.text.length : 0;
  }
  return n;
}

/** More, Share, then the next page, suggestions and related entries, at most COMPACT_MAX_BUTTONS. */
function cardButtons(card: CompactCard, options: SlackCompactOptions): SlackButton[] {
  const buttons: SlackButton[] = [];
  const more = options.more?.value;
  if (card.more && more && more.length <= MAX_BUTTON_VALUE)
    buttons.push(button('More', MORE_ACTION_ID, more));
  const share = options.share?.value;
  if (card.ok && share && share.length <= MAX_BUTTON_VALUE)
    buttons.push({ ...button('Share', SHARE_ACTION_ID, share), style: 'primary' });
  let suggestion = 0;
  for (const next of nextCommands(card)) {
    if (buttons.length >= COMPACT_MAX_BUTTONS) break;
    // Slack's cards page forwards only, as its full answers do: a "Previous" needs no button there.
    if (next.line.length > MAX_BUTTON_VALUE || next.kind === 'previous') continue;
    const id = next.kind === 'next' ? NEXT_ACTION_ID : `${SUGGEST_ACTION_PREFIX}${suggestion++}`;
    buttons.push(button(next.label, id, next.line));
  }
  return buttons;
}

function button(label: string, actionId: string, value: string): SlackButton {
  return {
    type: 'button',
    text: {
      type: 'plain_text',
      text: ellipsize(oneLine(neutralizeSlackMentions(label)), BUTTON_LABEL_CHARS) || 'Open',
      emoji: true,
    },
    action_id: actionId,
    value,
  };
}

/** `• *label* – detail`, and the command in backticks when it is not just the label. */
function itemLine(item: AnswerItem): string {
  const label = oneLine(stripEmphasis(item.label));
  const detail = oneLine(item.detail);
  let line = '•';
  if (label) line += ` *${ellipsize(escapeMrkdwn(label), 60)}*`;
  const command = oneLine(item.command ?? '');
  if (command && command !== label) line += ` \`${ellipsize(escapeMrkdwn(command), 40)}\``;
  const room = COMPACT_ITEM_CHARS - line.length - 3;
  if (detail && room >= MIN_PART)
    line += `${label || command ? ' –' : ''} ${ellipsize(toMrkdwn(detail), room)}`;
  return line;
}

/** "Page 1 of 3", when the command pages. */
function pagingText(card: CompactCard): string {
  return card.page && card.page.pages > 1 ? `Page ${card.page.page} of ${card.page.pages}` : '';
}

/**
 * "Sources: <url|OTI>, <url|ISOC>": each source by its short name, linked while the links fit `budget`,
 * then named only, then counted ("and 2 more").
 */
function sourcesText(card: CompactCard, budget: number): string {
  if (card.citations.length === 0 || budget < 40) return '';
  const label = card.citations.length === 1 ? 'Source' : 'Sources';
  const parts: string[] = [];
  let used = label.length + 2;
  const seen = new Set<string>();
  let i = 0;
  for (; i < card.citations.length; i++) {
    const c = card.citations[i] as CompactCard['citations'][number];
    const name = escapeMrkdwn(shortSourceName(c));
    if (name === '' || seen.has(name)) continue;
    const url = (c.url ?? '').trim();
    const href = /^https?:\/\/\S+$/i.test(url) ? escapeMrkdwn(url).replace(/\|/g, '%7C') : '';
    const linked = href ? `<${href}|${name}>` : name;
    const part = used + linked.length + 2 <= budget - 20 ? linked : name;
    if (used + part.length + 2 > budget - 20) break;
    seen.add(name);
    parts.push(part);
    used += part.length + 2;
  }
  const left = card.citations.length - i;
  if (left > 0) parts.push(`and ${left} more`);
  return `${label}: ${parts.join(', ')}`;
}

/** The notification text: header and lead, escaped (Slack parses mentions in it too), short. */
function fallbackText(header: string, card: CompactCard): string {
  const lead = oneLine(stripEmphasis(card.lead));
  return ellipsize(escapeMrkdwn(lead ? `${header}\n${lead}` : header), COMPACT_SLACK_MAX_FALLBACK);
}

function mrkdwn(text: string): SlackMrkdwn {
  return { type: 'mrkdwn', text, verbatim: true };
}

function context(texts: string[]): SlackContextBlock {
  return { type: 'context', elements: texts.map(mrkdwn) };
}
