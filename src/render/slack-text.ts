/** Text helpers for Slack mrkdwn: escaping, emphasis, and cutting text without breaking words or escapes. */

import { splitAtWords } from './split-words.ts';

/**
 * Escapes text for Slack `mrkdwn`. Slack's rule is to escape only `&`, `<` and `>`: `<` starts its
 * control sequences (links, `<@user>` mentions, `<!channel>`), so corpus or user text must never be able
 * to write one. Other characters (`*`, `_`, `~`) cannot be escaped in mrkdwn and are left alone.
 */
export function escapeMrkdwn(text: string): string {
  return neutralizeSlackMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * Makes `@everyone`, `@here` and `@channel` (which Slack may turn into mass mentions when a message is
 * parsed with `link_names`) and `<!...>` special mentions inert, with a zero-width space after `@` or
 * `<`. Used for `plain_text` too, which Slack does not parse but people may copy.
 */
export function neutralizeSlackMentions(text: string): string {
  return text.replace(/@(everyone|here|channel)/gi, '@\u200b$1').replace(/<!/g, '<\u200b!');
}

/**
 * Escapes text for `mrkdwn`, then turns the answer model's one inline mark, `**emphasis**`, into
 * Slack bold (`*emphasis*`).
 */
export function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

/**
 * Splits escaped mrkdwn into pieces of at most `limit` characters, only at whitespace, keeping the
 * original spacing (line breaks included) inside each piece. A single word longer than `limit` is cut,
 * ending with "…", at a point that splits neither an `&amp;`-style escape nor an emoji. Blank text gives
 * no pieces, since Slack rejects empty text objects.
 */
export function splitMrkdwn(text: string, limit: number): string[] {
  return splitAtWords(text, limit, (word, max) => ellipsize(word, max));
}

/**
 * The largest index at most `max` where a string can be cut without splitting a surrogate pair (an
 * emoji would turn into invalid text) or an `&amp;`, `&lt;`, `&gt;` escape (a half escape shows a raw
 * `&`).
 */
export function safeCut(s: string, max: number): number {
  let cut = Math.max(0, Math.min(max, s.length));
  const amp = s.lastIndexOf('&', cut - 1);
  if (cut > 0 && amp >= 0 && amp > cut - 5) {
    const entity = /^&(?:amp|lt|gt);/.exec(s.slice(amp, amp + 5));
    if (entity && amp + entity[0].length > cut) cut = amp;
  }
  const before = s.charCodeAt(cut - 1);
  if (cut > 0 && cut < s.length && before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return cut;
}

/** Cuts text to at most `max` characters, ending with "…" when something was left out. */
export function ellipsize(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, safeCut(s, max - 1)).trimEnd()}…`;
}

/** Collapses runs of whitespace (line breaks included) to single spaces, for one-line texts. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Drops the `**emphasis**` marks, keeping the words, for plain text and for text that is bold already. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, '$1');
}
