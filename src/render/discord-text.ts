/**
 * Text helpers of the Discord renderer: escaping Discord markdown, neutralising mentions, cutting
 * escaped text without breaking an escape or an emoji, and the parts repeated on every page (sources,
 * related commands, footer) with their budgets. Pure.
 */

import type { APIEmbedField } from 'discord-api-types/v10';
import type { Answer, Citation } from '../answer.ts';
import { MAX_FIELD_VALUE } from './discord-limits.ts';
import { splitAtWords } from './split-words.ts';

/** Zero-width space: put after `@` or `<@` it keeps Discord from reading a mention, and shows nothing. */
const ZWSP = '\u200b';

/**
 * Bare web addresses. Discord links them as they are, and markdown inside them is not parsed, so they
 * are left unescaped (a `\_` would end up inside the link). Backticks, `|` and brackets end an address
 * here, so they are still escaped and cannot start code, spoilers or masked links.
 */
const BARE_URL = /https?:\/\/[^\s<>`|[\]]+/gi;

/**
 * Makes text unable to mention anyone: `@everyone` and `@here` get a zero-width space after the `@`,
 * and so do the `<@id>`, `<@!id>`, `<@&id>` and `<#id>` forms. Messages are also sent with
 * `allowed_mentions: { parse: [] }`; this is the second guard, for a client or proxy that ignores it,
 * and it keeps the text from showing as a live mention.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#])/g, `<$1${ZWSP}`);
}

/**
 * Escapes corpus and user text for Discord markdown, so it shows as written and cannot format, hide
 * (spoilers) or link anything: `\ * _ ~ \` |` and the brackets of masked links everywhere; `>` (quote)
 * and `#`, `-#` (heading, subtext) where they start a word, because a piece of a split paragraph may
 * start a line. Bare web addresses are kept intact. Mentions are neutralised ({@link neutralizeMentions}).
 */
export function escapeDiscord(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    out += escapeMarkdown(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return neutralizeMentions(out + escapeMarkdown(text.slice(last)));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/(^|\s)(>|#{1,3}(?=\s)|-#(?=\s))/g, '$1\\$2');
}

/**
 * Escapes text with {@link escapeDiscord}, keeping the answer model's one inline mark, `**emphasis**`,
 * as Discord bold. The marks are found in the raw text (as the text renderer does), so escaping can
 * never create or break one.
 */
export function toDiscordMarkdown(text: string): string {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, i) => (i % 2 === 1 ? `**${escapeDiscord(part)}**` : escapeDiscord(part)))
    .join('');
}

/** Collapses runs of whitespace (line breaks included) to single spaces, for one-line texts. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Drops the `**emphasis**` marks, keeping the words, for plain text and for text that is bold already. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, '$1');
}

/**
 * Text as inline code, for commands: Discord shows it as typed, nothing inside is formatted. Text with a
 * backtick cannot be code (it would end the span), so it is shown escaped instead.
 */
export function inlineCode(s: string): string {
  if (s === '') return '';
  return s.includes('`') ? escapeDiscord(s) : `\`${neutralizeMentions(s)}\``;
}

/**
 * The largest index at most `max` where a string can be cut without splitting a surrogate pair (an
 * emoji would turn into invalid text) or, in `escaped` markdown, separating an escaping backslash from
 * what it escapes (the character after the cut would be escaped instead). Raw data such as a custom id
 * passes `escaped: false`, since its backslashes are just characters.
 */
export function safeCut(s: string, max: number, escaped = true): number {
  let cut = Math.max(0, Math.min(max, s.length));
  const before = s.charCodeAt(cut - 1);
  if (cut > 0 && cut < s.length && before >= 0xd800 && before <= 0xdbff) cut -= 1;
  if (!escaped) return cut;
  let slashes = 0;
  while (slashes < cut && s[cut - 1 - slashes] === '\\') slashes += 1;
  // Backslashes come in pairs (an escaped backslash) plus at most one escaping the next character.
  if (slashes % 2 === 1) cut -= 1;
  return cut;
}

/**
 * Cuts text to at most `max` characters, ending with "…" when something was left out. `escaped` as in
 * {@link safeCut}: plain text (labels, footers, choice names) passes false.
 */
export function ellipsize(s: string, max: number, escaped = true): string {
  if (s.length <= max) return s;
  return `${s.slice(0, safeCut(s, max - 1, escaped)).trimEnd()}…`;
}

/**
 * Splits escaped text into pieces of at most `limit` characters, only at whitespace, keeping the
 * original spacing (line breaks included) inside each piece. An escape never contains whitespace, so no
 * split separates one. A single word longer than `limit` is cut, ending with "…". Blank text gives no
 * pieces, since Discord rejects empty fields.
 */
export function splitText(text: string, limit: number): string[] {
  return splitAtWords(text, limit, (word, max) => ellipsize(word, max));
}

/**
 * `Label: a, b` style packing: joins `parts` with `joiner` within `budget` characters, counting what
 * did not fit ("and 4 more"), so a long list never pushes a message over a limit.
 */
export function packList(parts: string[], joiner: string, budget: number): string {
  const tailReserve = 30;
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const cost = part.length + (kept.length > 0 ? joiner.length : 0);
    if (length + cost > budget - tailReserve) break;
    kept.push(part);
    length += cost;
  }
  const left = parts.length - kept.length;
  if (left > 0) kept.push(`and ${left} more`);
  return kept.join(joiner);
}

// Budgets of the parts repeated on every page. Together with the title and footer they stay far enough
// under MAX_EMBEDS_TOTAL that every page keeps room for the largest content unit (see discord.ts).
/** Longest footer: paging and the short names of the sources. */
const FOOTER_BUDGET = 300;
/** Longest single citation line, link included. */
const CITATION_BUDGET = 400;
/** Longest sum of the "Sources" field values; more sources are counted ("and 3 more sources"). */
const SOURCES_BUDGET = 1600;
/** Longest "Related" and leftover-suggestions field values. */
const LIST_BUDGET = 600;
/** Longest visible text of a citation link. */
const LINK_TEXT_BUDGET = 150;

/**
 * The citations as "Sources" fields of `[publisher, title, date](url)` lines, packed into as few fields
 * as fit MAX_FIELD_VALUE, at most SOURCES_BUDGET in all; the rest are counted.
 */
export function sourceFields(citations: Citation[]): APIEmbedField[] {
  const lines = citations.map(citationLine).filter((l) => l !== '');
  if (lines.length === 0) return [];
  const values: string[] = [];
  let used = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (used + line.length + 1 > SOURCES_BUDGET - 30) break;
    const last = values.length - 1;
    if (last >= 0 && (values[last] as string).length + 1 + line.length <= MAX_FIELD_VALUE - 30) {
      values[last] += `\n${line}`;
    } else values.push(line);
    used += line.length + 1;
  }
  const left = lines.length - i;
  if (left > 0) {
    const more = `and ${left} more source${left === 1 ? '' : 's'}`;
    if (values.length > 0) values[values.length - 1] += `\n${more}`;
    else values.push(more);
  }
  const name = citations.length === 1 ? 'Source' : 'Sources';
  return values.map((value, n) => ({ name: n === 0 ? name : '\u200b', value }));
}

/**
 * One citation. Only http(s) addresses become links, with `(`, `)`, `<`, `>` encoded so the address
 * cannot end the link early; the link text is escaped so it cannot nest markup or another link.
 */
function citationLine(c: Citation): string {
  const label = [c.publisher, c.title, c.date]
    .map((s) => oneLine(s ?? ''))
    .filter((s) => s !== '')
    .join(', ');
  const url = (c.url ?? '').trim();
  if (/^https?:\/\/\S+$/i.test(url)) {
    const href = url.replace(/[()<>[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
    const text = ellipsize(escapeDiscord(label || hostOf(url)), LINK_TEXT_BUDGET);
    if (text !== '' && href.length + text.length + 4 <= CITATION_BUDGET) return `[${text}](${href})`;
  }
  return ellipsize(escapeDiscord([label, url].filter((s) => s !== '').join(', ')), CITATION_BUDGET);
}

/** The host of a web address, as link text for a citation with no title. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'link';
  }
}

/** A field listing commands as inline code, within LIST_BUDGET; none when there is nothing to list. */
export function listField(name: string, commands: string[]): APIEmbedField[] {
  const parts = commands.map((c) => inlineCode(ellipsize(oneLine(c), 200))).filter((c) => c !== '');
  if (parts.length === 0) return [];
  return [{ name, value: packList(parts, ', ', LIST_BUDGET) }];
}

/**
 * The footer: the command's own paging ("Page 1 of 3 · Next: /search x --page 2", so the next page
 * can be typed when its button is missing) and the sources' short names. Footers show no markdown, so
 * the text is not escaped, only kept from mentioning anyone.
 */
export function footerText(answer: Answer): string {
  const parts: string[] = [];
  const page = answer.page;
  if (page && page.pages > 1) {
    const next = oneLine(page.next ?? '');
    parts.push(`Page ${page.page} of ${page.pages}${next ? ` · Next: ${ellipsize(next, 100, false)}` : ''}`);
  }
  const names = [...new Set(answer.citations.map(shortSource).filter((s) => s !== ''))];
  if (names.length > 0) parts.push(`Sources: ${packList(names, ', ', FOOTER_BUDGET - 140)}`);
  return ellipsize(neutralizeMentions(parts.join(' · ')), FOOTER_BUDGET, false);
}

/** A source named briefly: the acronym a publisher gives in parentheses, or its first words. */
function shortSource(c: Citation): string {
  const publisher = oneLine(c.publisher ?? '');
  const acronym = /\(([A-Z][A-Za-z0-9&.-]{1,11})\)/.exec(publisher)?.[1];
  if (acronym) return acronym;
  const head = oneLine(publisher.split(/[(,]/)[0] ?? '');
  return ellipsize(head || oneLine(c.title), 40, false);
}
