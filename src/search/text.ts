import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import type Lemmatizer from 'wink-lemmatizer';
import { STOP_WORDS } from './stop-words.ts';

/** Lower-cases, folds accents and typographic quotes, and joins digit groups ("2,505" -> "2505"). */
export function normalize(text: string): string {
  // ASCII text (nearly every question, most sentences) has no accents to fold and no typographic quote
  // but the backtick: the Unicode passes would return it unchanged, at several times the cost.
  if (ASCII.test(text)) {
    let out = text;
    if (out.includes('`')) out = out.replaceAll('`', "'");
    if (out.includes(',')) out = out.replace(DIGIT_GROUP, '$1');
    return out.toLowerCase();
  }
  return normalizeUnicode(text);
}

/** Text of ASCII characters only. */
const ASCII = /^\p{ASCII}*$/u;

/** A thousands separator between digits: a comma, a no-break space or a narrow one. */
const DIGIT_GROUP = /(\d)[,\u00a0\u202f](?=\d{3}\b)/g;

/** {@link normalize} for any text: decomposes it (NFKD) and drops the combining marks. */
export function normalizeUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(/[‘’`´]/g, "'")
    .replace(DIGIT_GROUP, '$1')
    .toLowerCase();
}

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape
// outside brackets into a `new RegExp(…)` evaluated on every call.
const COMBINING_MARK = /\p{M}/gu;

/**
 * The words of a text, lower-case, split at anything but a letter or a digit ("PP-14" is "pp" and "14",
 * "Korea's" is "korea" and "s"): how phrases are matched against the corpus's entry names.
 */
export function nameWords(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Splits text into word tokens: letters and digits, keeping "ipv6" and "2014" whole, dropping "'s". */
export function tokenize(text: string): string[] {
  const normal = normalize(text);
  // Normalized ASCII (nearly every sentence and question) has no letter or digit but a-z and 0-9: one
  // scan of its characters, where the Unicode split, two replacements and a filter took twice as long.
  if (ASCII.test(normal)) return tokenizeAscii(normal);
  return normal
    .split(/[^\p{L}\p{N}']+/u)
    .map(dropQuotes)
    .filter((t) => t !== '');
}

/** A token without its possessive "'s" and its other apostrophes. */
function dropQuotes(token: string): string {
  return token.replace(/'s$/, '').replace(/'/g, '');
}

/** {@link tokenize} of normalized ASCII text: runs of a-z, 0-9 and apostrophes. */
function tokenizeAscii(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    // Past the end reads as a space, which ends the last token.
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27) {
      if (start < 0) {
        start = i;
        quoted = false;
      }
      if (c === 0x27) quoted = true;
    } else if (start >= 0) {
      const token = quoted ? dropQuotes(text.slice(start, i)) : text.slice(start, i);
      if (token !== '') out.push(token);
      start = -1;
    }
  }
  return out;
}

/**
 * Turns a token into its index term: undefined for stop words, the Porter stem otherwise. Numbers stay
 * as they are. Used for documents and queries alike so that "negotiations" finds "negotiated".
 */
export function processTerm(token: string): string | undefined {
  // A corpus repeats a few tens of thousands of words millions of times: stemming each once makes
  // index builds several times faster. `null` records a dropped token.
  const cached = termCache.get(token);
  if (cached !== undefined) return cached ?? undefined;
  const term = computeTerm(token);
  if (termCache.size < MAX_CACHED_TERMS) termCache.set(token, term ?? null);
  return term;
}

/** Tokens whose terms are remembered at most: above any corpus vocabulary, bounded against odd input. */
const MAX_CACHED_TERMS = 500_000;
const termCache = new Map<string, string | null>();

function computeTerm(token: string): string | undefined {
  const t = normalize(token).replace(/'s$/, '').replace(/'/g, '');
  if (t === '' || STOP_WORDS.has(t)) return undefined;
  if (/^\d+$/.test(t)) return t;
  if (t.length === 1) return undefined;
  return stemmer(irregularBase(t) ?? t);
}

let lemmatizer_: typeof Lemmatizer | undefined;

/**
 * wink-lemmatizer, loaded on first use: its WordNet lists take longer to load than the rest of a
 * one-shot `confbot query "/resolution 174"`, which never makes an index term (docs/performance.md).
 */
function lemmatizer(): typeof Lemmatizer {
  lemmatizer_ ??= createRequire(import.meta.url)('wink-lemmatizer') as typeof Lemmatizer;
  return lemmatizer_;
}

/**
 * The base of an irregular verb form, which the Porter stemmer cannot see: "left" is "leave", "won" is
 * "win", so "why did ministers leave" finds "many ministers left". From wink-lemmatizer (WordNet's
 * exception lists); a regular form ("tracking" -> "track") is left to the stemmer.
 */
function irregularBase(token: string): string | undefined {
  const base = lemmatizer().verb(token);
  return base !== token && stemmer(base) !== stemmer(token) ? base : undefined;
}

/** Tokenizes and processes text into index terms, dropping stop words. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== undefined) out.push(term);
  }
  return out;
}

/** One content word of a query with the terms that may stand for it. */
export interface QueryConcept {
  /** The word as the user typed it (normalized). */
  word: string;
  /** Its own term first, then the terms of its synonyms. */
  alternatives: string[];
  /**
   * Alternatives that stand for the word only inside their synonym's phrase: the "member" of "member
   * states". A number before "academia members" counts no countries.
   */
  inPhraseOnly?: string[];
}

/**
 * Reads a free-text query into concepts: content words, each with its stem and the stems of its
 * synonyms. `synonyms` are the corpus's own (its `vocabulary.yml`): a word people type -> corpus words.
 */
export function queryConcepts(
  text: string,
  synonyms: ReadonlyMap<string, readonly string[]> = new Map(),
): QueryConcept[] {
  const seen = new Set<string>();
  const out: QueryConcept[] = [];
  for (const token of tokenize(text)) {
    const own = processTerm(token);
    if (own === undefined || seen.has(own)) continue;
    seen.add(own);
    const alternatives = [own];
    const heads = new Set([own]);
    // "heads" finds the synonyms of "head".
    for (const syn of synonyms.get(token) ?? synonyms.get(token.replace(/(?:es|s)$/, '')) ?? []) {
      const parts = terms(syn);
      for (const t of parts) if (!alternatives.includes(t)) alternatives.push(t);
      if (parts.length > 0) heads.add(parts[parts.length - 1] as string);
    }
    const inPhraseOnly = alternatives.filter((t) => !heads.has(t));
    out.push({ word: token, alternatives, ...(inPhraseOnly.length > 0 ? { inPhraseOnly } : {}) });
  }
  return out;
}

/** A text with every regular-expression metacharacter escaped, to match it literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name reduced to letters and digits, for comparing names as users type them: case, accents,
 * punctuation and spacing do not matter ("WG-PL" equals "wg pl"). */
export function squash(s: string): string {
  // Verification squashes the same question words, names and synonyms for each of up to 100
  // candidates (4% of the slowest lines' CPU): short ones are remembered. Long texts are squashed
  // once per passage by their callers, and are not kept here.
  if (s.length > MAX_REMEMBERED_SQUASH_LENGTH) return normalize(s).replace(/[^\p{L}\p{N}]+/gu, '');
  let out = squashed.get(s);
  if (out === undefined) {
    out = normalize(s).replace(/[^\p{L}\p{N}]+/gu, '');
    if (squashed.size >= MAX_REMEMBERED_SQUASHES) squashed.clear();
    squashed.set(s, out);
  }
  return out;
}

/** What {@link squash} remembers: strings up to this long, at most this many (then it starts again). */
const MAX_REMEMBERED_SQUASH_LENGTH = 48;
const MAX_REMEMBERED_SQUASHES = 50_000;
const squashed = new Map<string, string>();

/** Abbreviated English month names ("nov", "sept") to the full name, from the platform's own locale data. */
const MONTHS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let m = 0; m < 12; m++) {
    const day = new Date(Date.UTC(2000, m, 15));
    const full = day.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const short = day.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    map.set(short.toLowerCase(), full);
    // "Sept": the four-letter form some people write.
    map.set(full.slice(0, 4).toLowerCase(), full);
  }
  return map;
})();

/** The English month names, lower-case ("january" … "december"), from the same locale data. */
export const MONTH_NAMES: readonly string[] = [...new Set(MONTHS.values())].map((m) => m.toLowerCase());

/** "2014-10-17" for day "17", month "October" (any case) and year "2014"; undefined for no such month. */
export function isoDay(day: string, month: string, year: string): string | undefined {
  const m = MONTH_NAMES.indexOf(month.toLowerCase()) + 1;
  return m === 0 ? undefined : `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The days a text gives as the corpus writes them ("17 October 2014"), as said and in ISO form, in order. */
export function datedDays(text: string): { said: string; iso: string }[] {
  return [...text.matchAll(DAY_MONTH_YEAR)].map((m) => ({
    said: m[0],
    iso: isoDay(m[1] ?? '', m[2] ?? '', m[3] ?? '') ?? '',
  }));
}

/** "17 October 2014": a day, a month and a year. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s+((?:19|20)\d\d)\b`,
  'gi',
);

/**
 * A line with abbreviated months written out where they date something ("6 Nov", "Nov. 6", "Oct 2014"),
 * as the corpus writes them: "Nov" alone may be anything, so only beside a number.
 */
export function spellMonths(line: string): string {
  const month = (w: string) => MONTHS.get(w.toLowerCase());
  return line
    .replace(DAY_MONTH, (all, day: string, w: string) => {
      const full = month(w);
      return full && full.toLowerCase() !== w.toLowerCase() ? `${day}${full}` : all;
    })
    .replace(MONTH_BEFORE_NUMBER, (all, w: string) => {
      const full = month(w);
      return full && full.toLowerCase() !== w.toLowerCase() ? full : all;
    });
}

/** "6 Nov", "21st Oct.": a day, and a word that may be an abbreviated month (see COMBINING_MARK). */
const DAY_MONTH = /\b(\d{1,2}(?:st|nd|rd|th)?\s+)(\p{L}{3,4})\b\.?/gu;
/** "Nov. 6", "Oct 2014": a word that may be an abbreviated month, before a number. */
const MONTH_BEFORE_NUMBER = /\b(\p{L}{3,4})\.?(?=\s+\d)/gu;

/** Month and weekday names in English ("November", "Friday"), from the platform's own locale data. */
const CALENDAR: ReadonlySet<string> = new Set(
  [
    ...[...MONTHS.values()],
    ...Array.from({ length: 7 }, (_, d) =>
      new Date(Date.UTC(2000, 0, 2 + d)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' }),
    ),
  ].map((w) => w.toLowerCase()),
);

/** True for a month or weekday name: a date, not someone or something named ("7 November"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

/** Small numbers in words, in order: a number's word is at its value less one. General English. */
export const SMALL_NUMBER_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/**
 * A small number typed in digits as prose writes it ("2" → "two"): "2 of the 5 top posts" is what a
 * source says as "two of ITU's five top posts". Not "1": "one" is as often a pronoun ("the last one").
 */
export function spelledNumber(digits: string): string | undefined {
  return /^(?:[2-9]|1[0-2])$/.test(digits) ? SMALL_NUMBER_WORDS[Number(digits) - 1] : undefined;
}

/** Ordinals in words, first to twentieth, in order. General English. */
export const ORDINAL_WORDS: readonly string[] =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );

/** "4" or "four" → "fourth", from 1 to 12 (the numbers {@link SMALL_NUMBER_WORDS} spells); any other as it is. */
export function ordinalOf(n: string): string {
  const i = /^\d+$/.test(n) ? Number(n) - 1 : SMALL_NUMBER_WORDS.indexOf(n.toLowerCase());
  return i >= 0 && i < SMALL_NUMBER_WORDS.length ? (ORDINAL_WORDS[i] as string) : n;
}
