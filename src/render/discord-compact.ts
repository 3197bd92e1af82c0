/**
 * The compact Discord card: one embed whose description is at most COMPACT_DISCORD_MAX_DESCRIPTION
 * characters, at most three fields, the sources in the footer, and one row of buttons ("More", "Share",
 * then what to open next). "More" brings the long form ({@link renderDiscord}) to the clicker only. Pure.
 */

import { type APIEmbed, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Answer, AnswerItem } from '../answer.ts';
import { type CompactCard, compactCard, headerOf, nextCommands, shortSourceName } from './compact.ts';
import {
  COMPACT_DISCORD_MAX_CHARS,
  COMPACT_DISCORD_MAX_DESCRIPTION,
  COMPACT_FIELD_VALUE_CHARS,
  COMPACT_ITEM_CHARS,
  COMPACT_LEAD_CHARS,
  COMPACT_MAX_BUTTONS,
} from './compact-limits.ts';
import { colorOf, type DiscordAction, type DiscordButton, type DiscordMessage } from './discord.ts';
import { defaultCustomId } from './discord-buttons.ts';
import { MAX_BUTTON_LABEL, MAX_CUSTOM_ID, MAX_EMBED_TITLE } from './discord-limits.ts';
import {
  ellipsize,
  escapeDiscord,
  inlineCode,
  neutralizeMentions,
  oneLine,
  stripEmphasis,
  toDiscordMarkdown,
} from './discord-text.ts';

/** What a compact card's button does; the adapter gets it back through the button's `custom_id`. */
export type CompactAction = DiscordAction | 'more';

/** Options for {@link renderDiscordCompact}. */
export interface DiscordCompactOptions {
  /** Adds "Share" (answer `line` again, visibly to the channel, as a card). */
  share?: { line: string };
  /** Adds "More" (the full answer to `line`, to the clicker only) when the long form has more. */
  more?: { line: string };
  /** The Discord user id (digits) of whoever shared the card. */
  sharedBy?: string;
  /** Makes a button's `custom_id`, as in {@link DiscordRenderOptions.customId}. */
  customId?: (action: CompactAction, line: string) => string;
}

/** Longest field name on a card. */
const FIELD_NAME_CHARS = 60;
/** Longest footer: the sources' short names and the paging. */
const FOOTER_CHARS = 200;
/** Longest button label on a card, so the row stays readable on a phone. */
const BUTTON_LABEL_CHARS = 40;
/** Below this much room a part is left out rather than shown as a stub. */
const MIN_PART = 24;

/** Renders an answer as one compact Discord message (see the module comment). */
export function renderDiscordCompact(answer: Answer, options: DiscordCompactOptions = {}): DiscordMessage {
  const card = compactCard(answer);
  let left = COMPACT_DISCORD_MAX_CHARS;
  const title = ellipsize(escapeDiscord(stripEmphasis(headerOf(card))), MAX_EMBED_TITLE) || 'confbot';
  left -= title.length;
  const footer = footerText(card);
  left -= footer.length;

  // The description: note, lead, then whole item lines, within its own limit and the card's.
  let room = Math.min(COMPACT_DISCORD_MAX_DESCRIPTION, left);
  const parts: string[] = [];
  const add = (text: string, sep: string, cut: boolean): boolean => {
    const cost = (parts.length > 0 ? sep.length : 0) + text.length;
    if (text === '') return false;
    if (cost <= room) {
      parts.push((parts.length > 0 ? sep : '') + text);
      room -= cost;
      return true;
    }
    if (!cut || room - sep.length < MIN_PART) return false;
    const piece = ellipsize(text, room - (parts.length > 0 ? sep.length : 0));
    parts.push((parts.length > 0 ? sep : '') + piece);
    room -= (parts.length > 1 ? sep.length : 0) + piece.length;
    return true;
  };
  if (card.note) add(`*${ellipsize(toDiscordMarkdown(oneLine(card.note)), 200)}*`, '\n', false);
  if (card.lead) add(ellipsize(toDiscordMarkdown(card.lead), COMPACT_LEAD_CHARS + 40), '\n\n', true);
  let shown = 0;
  for (const [i, item] of card.items.entries()) {
    if (!add(itemLine(item), i === 0 ? '\n\n' : '\n', false)) break;
    shown += 1;
  }
  const hidden = card.hiddenItems + card.items.length - shown;
  if (hidden > 0 && shown > 0) add(`*and ${hidden} more*`, '\n', false);
  const description = parts.join('');
  left -= description.length;

  const fields: NonNullable<APIEmbed['fields']> = [];
  for (const f of card.fields) {
    const name = ellipsize(escapeDiscord(oneLine(stripEmphasis(f.label))), FIELD_NAME_CHARS) || '\u200b';
    const value = ellipsize(toDiscordMarkdown(oneLine(f.value)), COMPACT_FIELD_VALUE_CHARS) || '\u200b';
    if (name.length + value.length > left) break;
    left -= name.length + value.length;
    fields.push({ name, value, inline: value.length <= 60 });
  }

  const embed: APIEmbed = { title, color: colorOf(answer) };
  if (description) embed.description = description;
  if (fields.length > 0) embed.fields = fields;
  if (footer) embed.footer = { text: footer };
  const buttons = cardButtons(card, options);
  const content = sharedByContent(options.sharedBy);
  return {
    ...(content ? { content } : {}),
    embeds: [embed],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowed_mentions: { parse: [] },
  };
}

/** Characters over a message's embeds, as Discord counts them against its 6,000 total. */
export function discordEmbedChars(message: DiscordMessage): number {
  let n = 0;
  for (const e of message.embeds) {
    n += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    n += (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/** More (primary), Share (success), then the next page, suggestions and related entries (secondary). */
function cardButtons(card: CompactCard, options: DiscordCompactOptions): DiscordButton[] {
  const makeId =
    options.customId ??
    ((action: CompactAction, line: string) => defaultCustomId(action as DiscordAction, line));
  const used = new Set<string>();
  const buttons: DiscordButton[] = [];
  const push = (action: CompactAction, line: string, label: string, style: DiscordButton['style']) => {
    if (buttons.length >= COMPACT_MAX_BUTTONS) return;
    const id = makeId(action, line);
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_CUSTOM_ID || used.has(id)) return;
    used.add(id);
    const text = ellipsize(
      neutralizeMentions(oneLine(label)),
      Math.min(BUTTON_LABEL_CHARS, MAX_BUTTON_LABEL),
      false,
    );
    buttons.push({ type: ComponentType.Button, style, label: text || 'Open', custom_id: id });
  };
  if (card.more && options.more) push('more', options.more.line, 'More', ButtonStyle.Primary);
  if (card.ok && options.share) push('share', options.share.line, 'Share', ButtonStyle.Success);
  for (const next of nextCommands(card)) {
    push(
      next.kind,
      next.line,
      next.label,
      next.kind === 'suggest' ? ButtonStyle.Secondary : ButtonStyle.Primary,
    );
  }
  return buttons;
}

/** `• **label** \`command\` – detail`, within COMPACT_ITEM_CHARS. */
function itemLine(item: AnswerItem): string {
  const label = escapeDiscord(oneLine(stripEmphasis(item.label)));
  let line = '•';
  if (label) line += ` **${ellipsize(label, 60)}**`;
  const command = oneLine(item.command ?? '');
  if (command && command !== oneLine(stripEmphasis(item.label)))
    line += ` ${inlineCode(ellipsize(command, 40, false))}`;
  const detail = oneLine(item.detail);
  const room = COMPACT_ITEM_CHARS - line.length - 3;
  if (detail && room >= MIN_PART)
    line += `${label || command ? ' –' : ''} ${ellipsize(toDiscordMarkdown(detail), room)}`;
  return line;
}

/** "Sources: OTI, ISOC · Page 1 of 3". Footers show no markdown: not escaped, only kept from pinging. */
function footerText(card: CompactCard): string {
  const parts: string[] = [];
  const names = [...new Set(card.citations.map(shortSourceName).filter((s) => s !== ''))];
  if (names.length > 0) {
    let list = '';
    let i = 0;
    for (; i < names.length; i++) {
      const next = list ? `${list}, ${names[i]}` : (names[i] as string);
      if (next.length > FOOTER_CHARS - 50) break;
      list = next;
    }
    if (i < names.length) list += `${list ? ', ' : ''}and ${names.length - i} more`;
    parts.push(`${names.length === 1 ? 'Source' : 'Sources'}: ${list}`);
  }
  if (card.page && card.page.pages > 1) parts.push(`Page ${card.page.page} of ${card.page.pages}`);
  return ellipsize(neutralizeMentions(parts.join(' · ')), FOOTER_CHARS, false);
}

/** "Shared by <@123>" as our own mention markup; anything that is not a user id is escaped text. */
function sharedByContent(sharedBy: string | undefined): string {
  const id = oneLine(sharedBy ?? '');
  if (id === '') return '';
  if (/^\d{1,20}$/.test(id)) return `Shared by <@${id}>`;
  return ellipsize(`Shared by ${escapeDiscord(id)}`, 120);
}
