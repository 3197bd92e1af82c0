/**
 * The compact card every platform shows by default: a header (title and status), one to three lines of
 * what it is, at most three fields, a few listed items, the sources named briefly, and buttons for
 * "More", Share and what to open next. This module picks the parts from an {@link Answer}, preferring
 * the command's own short form and taking the rest from the long form; the Slack, Discord and text
 * renderers lay them out and cut them to their budgets (compact-limits.ts). Pure.
 */

import type { Answer, AnswerField, AnswerItem, Citation, PageInfo, RelatedEntry } from '../answer.ts';
import {
  COMPACT_FIELD_VALUE_CHARS,
  COMPACT_LEAD_CHARS,
  COMPACT_MAX_FIELDS,
  COMPACT_MAX_ITEMS,
} from './compact-limits.ts';

/** The parts of a compact card, as raw answer text (renderers escape and cut them). */
export interface CompactCard {
  ok: boolean;
  command: string;
  title: string;
  /** A few words for the header after the title, when the answer states a status. */
  status?: string;
  note?: string;
  /** One to three lines; cut at a sentence (or word) when the long form's lead is longer. */
  lead: string;
  fields: AnswerField[];
  items: AnswerItem[];
  /** Items of the long form the card leaves out. */
  hiddenItems: number;
  citations: Citation[];
  related: RelatedEntry[];
  suggestions: string[];
  page?: PageInfo;
  /** True when the long form holds more than the card shows, so "More" has something to add. */
  more: boolean;
}

/** True for a paragraph that is only `**Heading**`. */
export function isHeading(paragraph: string): boolean {
  return /^\*\*[^*\n]+\*\*$/.test(paragraph.trim());
}

/** Picks a compact card's parts from an answer. */
export function compactCard(answer: Answer): CompactCard {
  const paragraphs = answer.body.filter((p) => p.trim() !== '' && !isHeading(p));
  const fullLead = (answer.short?.lead ?? answer.answer ?? paragraphs[0] ?? '').trim();
  const lead = leadOf(fullLead);
  const allFields = answer.short?.fields ?? answer.fields;
  const fields = allFields.filter((f) => f.label.trim() !== '' || f.value.trim() !== '');
  const items = answer.items.slice(0, COMPACT_MAX_ITEMS);
  const restOfBody = paragraphs.some((p) => p.trim() !== fullLead);
  const more =
    lead !== fullLead ||
    restOfBody ||
    fields.length > COMPACT_MAX_FIELDS ||
    fields.some((f) => f.value.length > COMPACT_FIELD_VALUE_CHARS) ||
    answer.fields.length > Math.min(fields.length, COMPACT_MAX_FIELDS) ||
    answer.items.length > items.length ||
    answer.citations.length > 0;
  return {
    ok: answer.ok,
    command: answer.command,
    title: answer.title,
    ...(answer.short?.status ? { status: answer.short.status } : {}),
    ...(answer.note ? { note: answer.note } : {}),
    lead,
    fields: fields.slice(0, COMPACT_MAX_FIELDS),
    items,
    hiddenItems: answer.items.length - items.length,
    citations: answer.citations,
    related: answer.related,
    suggestions: answer.suggestions,
    ...(answer.page ? { page: answer.page } : {}),
    more: answer.ok && more,
  };
}

/**
 * The lead within COMPACT_LEAD_CHARS: whole sentences while they fit, else the first sentence cut at a
 * word. Renderers cut again after escaping, which can only lengthen text.
 */
export function leadOf(text: string, max = COMPACT_LEAD_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? [flat];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trimEnd().length > max) break;
    out += s;
  }
  out = out.trim();
  if (out !== '') return out;
  const space = flat.lastIndexOf(' ', max - 1);
  return space > max / 2 ? `${flat.slice(0, space).trimEnd()}…` : clip(flat, max);
}

/**
 * Cuts plain text to at most `max` characters, ending with "…" when something was left out, without
 * splitting an emoji (a surrogate pair) in half.
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = Math.max(0, max - 1);
  const before = s.charCodeAt(cut - 1);
  if (cut > 0 && before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return `${s.slice(0, cut).trimEnd()}…`;
}

/** A source named briefly: the acronym a publisher gives in parentheses, or its first words. */
export function shortSourceName(c: Citation): string {
  const publisher = oneLine(c.publisher ?? '');
  const acronym = /\(([A-Z][A-Za-z0-9&.-]{1,11})\)/.exec(publisher)?.[1];
  if (acronym) return acronym;
  const head = oneLine(publisher.split(/[(,]/)[0] ?? '');
  const name = head || oneLine(c.title);
  return clip(name, 40);
}

/** The header: the title and, when there is one, the status after a middle dot. */
export function headerOf(card: CompactCard): string {
  const title = oneLine(card.title) || 'confbot';
  const status = oneLine(card.status ?? '');
  return status ? `${title} · ${status}` : title;
}

/** A command a card offers as a button after More and Share. */
export interface CardCommand {
  label: string;
  line: string;
  /** Paging buttons replace the card; suggestions and related entries answer anew. */
  kind: 'previous' | 'next' | 'suggest';
}

/**
 * The buttons' commands in the order they are offered after More and Share: the previous and next
 * pages, then suggestions, then related entries; repeats dropped.
 */
export function nextCommands(card: CompactCard): CardCommand[] {
  const out: CardCommand[] = [];
  const seen = new Set<string>();
  const add = (label: string, line: string, kind: CardCommand['kind']) => {
    const l = oneLine(line);
    if (l === '' || seen.has(l)) return;
    seen.add(l);
    out.push({ label: oneLine(label) || l, line: l, kind });
  };
  if (card.page?.previous) add('Previous page', card.page.previous, 'previous');
  if (card.page?.next) add('Next page', card.page.next, 'next');
  for (const s of card.suggestions) add(s, s, 'suggest');
  for (const r of card.related) add(r.command, r.command, 'suggest');
  return out;
}

/** Collapses runs of whitespace (line breaks included) to single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Drops the `**emphasis**` marks, keeping the words. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, '$1');
}
