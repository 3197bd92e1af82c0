import type { APIEmbedField } from 'discord-api-types/v10';
import type { AnswerField, AnswerItem } from '../answer.ts';
import { MAX_FIELD_NAME, MAX_FIELD_VALUE } from './discord-limits.ts';
import {
  ellipsize,
  escapeDiscord,
  inlineCode,
  oneLine,
  splitText,
  stripEmphasis,
  toDiscordMarkdown,
} from './discord-text.ts';

/*
 * An answer's content cut into the units a Discord embed takes (description text, fields, list lines)
 * and filled into pages within the embed's limits, for discord.ts.
 */

/** An answer field shown side by side with others when its label and value are at most this long. */
const INLINE_FIELD = 60;

/** Longest piece of description text; a longer paragraph or item line continues in the next piece. */
const TEXT_PIECE = 2000;

/**
 * A piece of content that goes on one page: description text, put after the previous text with `sep`
 * (a blank line between paragraphs, a line break between items, a space inside a split paragraph), or
 * one embed field.
 */
export type Unit =
  | { kind: 'text'; text: string; sep: string; keepWithNext: boolean }
  | { kind: 'field'; field: APIEmbedField };

/** What the content of one page may take, after the repeated parts. */
export interface Room {
  description: number;
  fields: number;
  chars: number;
}

/**
 * Fills pages in order, starting a new page when the next unit would pass the description, field or
 * total budget. Every unit fits an empty page (see the budgets above), so each page takes at least one
 * unit and the loop always ends.
 */
export function paginate(units: Unit[], room: Room): Unit[][] {
  const pages: Unit[][] = [[]];
  let description = 0;
  let fields = 0;
  let chars = 0;
  const cost = (u: Unit, desc: number) =>
    u.kind === 'text'
      ? (desc > 0 ? u.sep.length : 0) + u.text.length
      : u.field.name.length + u.field.value.length;
  const fits = (u: Unit, desc = description, count = fields, used = chars) =>
    u.kind === 'text'
      ? desc + cost(u, desc) <= room.description && used + cost(u, desc) <= room.chars
      : count + 1 <= room.fields && used + cost(u, desc) <= room.chars;
  for (const [i, unit] of units.entries()) {
    let ok = fits(unit);
    const next = units[i + 1];
    if (ok && unit.kind === 'text' && unit.keepWithNext && next) {
      const c = cost(unit, description);
      ok = fits(next, description + c, fields, chars + c);
    }
    if (!ok && (pages.at(-1) as Unit[]).length > 0) {
      pages.push([]);
      description = 0;
      fields = 0;
      chars = 0;
    }
    const c = cost(unit, description);
    chars += c;
    if (unit.kind === 'text') description += c;
    else fields += 1;
    (pages.at(-1) as Unit[]).push(unit);
  }
  return pages;
}

/** Text units of a paragraph: pieces of at most TEXT_PIECE; the first after `sep`, the rest a space. */
export function textUnits(text: string, sep: string, keepWithNext = false): Unit[] {
  return splitText(text, TEXT_PIECE).map((piece, i) => ({
    kind: 'text',
    text: piece,
    sep: i === 0 ? sep : ' ',
    keepWithNext,
  }));
}

/**
 * One answer field as an embed field, side by side with its neighbours when short. A value longer than
 * a field takes more fields, named "Label (cont.)", rather than being cut.
 */
export function fieldUnits(field: AnswerField): Unit[] {
  const label = escapeDiscord(oneLine(stripEmphasis(field.label)));
  const pieces = splitText(toDiscordMarkdown(field.value), MAX_FIELD_VALUE);
  if (label === '' && pieces.length === 0) return [];
  const inline =
    pieces.length === 1 && label.length <= INLINE_FIELD && (pieces[0] as string).length <= INLINE_FIELD;
  // Discord rejects an empty name or value; a zero-width space shows nothing.
  return (pieces.length > 0 ? pieces : ['\u200b']).map((value, i) => ({
    kind: 'field',
    field: {
      name: ellipsize(i === 0 ? label || '\u200b' : `${label} (cont.)`, MAX_FIELD_NAME),
      value,
      inline,
    },
  }));
}

/**
 * Listed items as description lines, `• **label** – detail` and the command in backticks when it is
 * not just the label, under a bold heading whenever the group changes. Each line is its own unit, so a
 * long list splits between items.
 */
export function itemUnits(items: AnswerItem[]): Unit[] {
  const units: Unit[] = [];
  let group: string | undefined;
  let sep = '\n\n';
  for (const item of items) {
    if (item.group !== undefined && item.group !== group) {
      group = item.group;
      const heading = escapeDiscord(oneLine(stripEmphasis(group)));
      if (heading) units.push(...textUnits(`**${heading}**`, '\n\n', true));
      sep = heading ? '\n' : '\n\n';
    }
    const lines = textUnits(itemLine(item), sep);
    units.push(...lines);
    if (lines.length > 0) sep = '\n';
  }
  return units;
}

/** One item as one line. The label is bold already, so its own emphasis marks are dropped. */
function itemLine(item: AnswerItem): string {
  const label = escapeDiscord(oneLine(stripEmphasis(item.label)));
  const detail = toDiscordMarkdown(oneLine(item.detail));
  let line = '•';
  if (label) line += ` **${label}**`;
  if (detail) line += `${label ? ' –' : ''} ${detail}`;
  const command = oneLine(item.command ?? '');
  if (command && item.command !== item.label) line += ` ${inlineCode(command)}`;
  return line;
}
