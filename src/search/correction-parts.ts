import type { Entry } from '../corpus/types.ts';
import type { NlpToken } from './nlp.ts';
import { perObject } from './per-object.ts';
import type { SearchIndex } from './search-index.ts';
import type { WeightedQuery } from './search-types.ts';
import {
  escapeRegExp,
  isCalendarWord,
  normalize,
  ORDINAL_WORDS,
  SMALL_NUMBER_WORDS,
  squash,
  tokenize,
} from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 4 of /ask, "compose": the parts of a fact-check's claim (runs of name words, the noun a
 * nationality qualifies) and of its correction's check (what verifying it needs, whether a sentence
 * names anyone else, whether an entry is another meeting's). See correction.ts.
 */

/**
 * Runs of two or more adjacent name words in the question ("Choi Yang-hee", "Malcolm Johnson"): the text
 * as typed and the squashed names it is made of.
 */
export function nameRuns(u: Understanding): { text: string; parts: string[] }[] {
  const runs: { text: string; parts: string[] }[] = [];
  let run: { text: string; parts: string[] } | undefined;
  const close = () => {
    if (run && run.parts.length >= 2) runs.push(run);
    run = undefined;
  };
  const tokens = u.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NlpToken;
    const name = squash(t.text);
    if (t.isWord && u.names.includes(name)) {
      run ??= { text: '', parts: [] };
      run.text = run.text === '' ? t.text : `${run.text} ${t.text}`;
      run.parts.push(name);
      // "Yang-hee": the model splits a hyphenated name; the rest of it belongs to the run.
      while (tokens[i + 1]?.text === '-' && tokens[i + 2]?.isWord) {
        run.text += `-${tokens[i + 2]?.text}`;
        i += 2;
      }
    } else close();
  }
  close();
  return runs;
}

/**
 * What verifying a claim's correction needs: the question without its claim, weighed again, and the
 * index's people, countries and synonyms. Shared by every correction (here and in opposites.ts).
 */
export function claimCheckInput(u: Understanding, weighted: WeightedQuery, index: SearchIndex): VerifyInput {
  return {
    u,
    weighted,
    namesPerson: (t) => index.namesPerson(t),
    namesCountry: (t, except) => index.countries.namesCountry(t, except),
    ...(index.corpus.vocabulary ? { synonyms: index.corpus.vocabulary.synonyms } : {}),
  };
}

/** True when a text names, mid-sentence, someone or something capitalised beyond the claimed names. */
export function namesOtherThan(said: string, claimed: ReadonlySet<string>, index: SearchIndex): boolean {
  return (said.match(/(?<=\s)\p{Lu}[\p{L}-]+/gu) ?? []).some(
    (n) => !claimed.has(squash(n)) && !index.impliedNames.has(squash(n)) && !isCalendarWord(n),
  );
}

/**
 * True when an entry is about another meeting of the conference's series ("PP-18, the next
 * Plenipotentiary Conference"): its venue is no correction of a claim about the conference's own.
 */
export function aboutAnotherMeeting(entry: Entry, index: SearchIndex): boolean {
  return index.otherMeetings.has(entry.id);
}

/**
 * The noun a claimed word qualifies after a determiner ("a french candidate"), as the line types it;
 * none when the word is said of the subject ("Lee is Japanese, right?").
 */
export function nounAfter(u: Understanding, claim: string): string | undefined {
  const at = u.tokens.findIndex((t) => normalize(t.text) === claim);
  const next = at < 1 ? undefined : u.tokens[at + 1];
  // "a Japanese national": the model may tag the noun an adjective, at the end of the line.
  const noun =
    next?.pos === 'NOUN' ||
    (next?.pos === 'ADJ' && (u.tokens[at + 2] === undefined || u.tokens[at + 2]?.pos === 'PUNCT'));
  return u.tokens[at - 1]?.pos === 'DET' && next !== undefined && noun && !next.light ? next.text : undefined;
}

/**
 * "Adopted at the closing on Nov 7?": a day and its month, side by side, are one claimed date, and the
 * occasion said just before it ("at the closing") is when the claim puts it too. Returns those parts as
 * the question's words read them, `claim` first, when `claim` is the day or the month.
 */
export function datePartsOf(u: Understanding, claim: string): string[] | undefined {
  const words = u.tokens.map((t) => normalize(t.text));
  const at = words.indexOf(claim);
  if (at < 0) return undefined;
  const isDay = (w: string | undefined) => w !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(w);
  const isMonth = (w: string | undefined) => w !== undefined && isCalendarWord(w);
  let start = at;
  let end = at;
  if ((isMonth(claim) && isDay(words[at + 1])) || (isDay(claim) && isMonth(words[at + 1]))) end = at + 1;
  else if ((isMonth(claim) && isDay(words[at - 1])) || (isDay(claim) && isMonth(words[at - 1])))
    start = at - 1;
  else return undefined;
  const parts = words.slice(start, end + 1);
  // "… at the closing on Nov 7": "on", then an occasion after "at" or "during".
  // "… on the last day, 7 Nov": the occasion may stand beside the date, after a comma.
  let k = start - 1;
  if (words[k] === ',') k--;
  const afterOn = words[k] === 'on';
  if (afterOn) k--;
  const occasion = u.tokens[k];
  let before = k - 1;
  // "the last day", "the closing": a word the model reads as light may qualify it.
  while (
    u.tokens[before]?.light &&
    words[before] !== 'the' &&
    !/^(?:at|during|on)$/.test(words[before] ?? '')
  )
    before--;
  if (words[before] === 'the') before--;
  const prep = afterOn ? /^(?:at|during)$/ : /^(?:at|during|on)$/;
  if (occasion?.pos === 'NOUN' && prep.test(words[before] ?? '')) parts.push(words[k] as string);
  return [claim, ...parts.filter((p) => p !== claim)];
}

/** `text` without the parts of a claimed date other than `claim`: the month as typed ("Nov"), the day, the occasion. */
export function withoutDatePart(text: string, parts: readonly string[], claim: string): string {
  return parts
    .filter((p) => p !== claim)
    .reduce((out, other) => {
      // A month may be typed short ("nov", "Nov."): its first three letters and whatever follows.
      const written = isCalendarWord(other)
        ? `${escapeRegExp(other.slice(0, 3))}[\\p{L}.]*`
        : escapeRegExp(other);
      return withoutPhrase(out, written);
    }, text);
}

/**
 * `text` without each place a pattern stands as words of its own, not inside a longer word or number
 * ("7" out of "Nov 7", not out of "27"). `pattern` is regular-expression source, already escaped.
 */
export function withoutPhrase(text: string, pattern: string): string {
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
}

/** `text` without the question's ranks and the noun each ranks ("the first round", "2nd ballot"). */
export function withoutRanks(text: string, u: Understanding): string {
  return u.tokens.reduce((out, t, i) => {
    const noun = u.tokens[i + 1];
    if (t.entity !== 'ORDINAL' || noun === undefined || noun.pos !== 'NOUN') return out;
    return withoutPhrase(out, `(?:the\\s+)?${escapeRegExp(t.text)}\\s+${escapeRegExp(noun.text)}`);
  }, text);
}

/** Corpus nouns a claim needs, with no name beside the one claimed, to be about the corpus at all. */
export const MIN_KNOWN_THINGS = 2;

/** How many of the question's nouns the corpus uses ("flight", "tracking", "resolution"). */
export function knownThings(u: Understanding, index: SearchIndex): number {
  return u.tokens.filter((t) => t.isWord && !t.light && t.pos === 'NOUN' && index.knows(t.text)).length;
}

/** Passages a fact-check's correction is looked for in, best first. */
export const MAX_CORRECTION_CANDIDATES = 10;

/** The value of an ordinal however written ("4th", "fourth": 4), if it is one. */
export function ordinalValue(word: string): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)$/i.exec(word);
  if (digits) return Number(digits[1]);
  const at = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return at < 0 ? undefined : at + 1;
}

/** True when a claimed word is said with the rest of an entry's name ("busan initiative"). */
export function inEntryName(claim: string, u: Understanding, index: SearchIndex): boolean {
  const words = tokenize(u.question);
  const at = words.indexOf(claim);
  if (at < 0) return false;
  for (let start = Math.max(0, at - MAX_NAME_SPAN + 1); start <= at; start++)
    for (let end = at + 1; end <= Math.min(words.length, start + MAX_NAME_SPAN); end++)
      if (end - start > 1 && index.entriesNamed(words.slice(start, end).join(' ')).length > 0) return true;
  return false;
}

/** Words an entry's name runs to, around a claimed word. */
const MAX_NAME_SPAN = 4;

/**
 * True when the text states the amount a claim writes short ("180k" and "180,000", "1.8m" and "1.8
 * million"): the same number, so no correction of it.
 */
export function statesAmount(text: string, claim: string): boolean {
  const short = SHORT_AMOUNT.exec(claim);
  if (!short) return false;
  const value =
    Number((short[1] as string).replace(',', '.')) * (SCALES[(short[2] as string).toLowerCase()] ?? 1);
  for (const m of text.matchAll(AMOUNT)) {
    const n = Number((m[1] as string).replace(/,/g, '')) * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1);
    if (n === value) return true;
  }
  return false;
}

/** An amount written short: "180k", "1.8m", "2bn". */
const SHORT_AMOUNT = /^(\d+(?:[.,]\d+)?)(k|m|bn|thousand|million|billion)$/i;
/** An amount as a text writes it: "180,000", "1.8 million". */
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?/gi;
const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** "A million dollars": the currency is the amount's, claimed with it. General English. */
export const CURRENCY = /(?:dollars?|usd|euros?|francs?|chf|bucks|quid)/;

/** True when a word names a country however it was typed ("liberia", "senegal"). */
export function namesCountryTyped(word: string, index: SearchIndex): boolean {
  return index.countries.namesCountry(word.replace(/^\p{L}/u, (c) => c.toUpperCase()));
}

/**
 * What a fact-check claims: its numbers, the names it gives (a name of several words is one claim), and
 * a nationality or a country the corpus lacks; not a text's number it identifies (`refs`), a word of an
 * entry's name said whole, a choice it offers, or a currency's nationality. Also the runs of names.
 */
export function claimsOf(
  u: Understanding,
  asked: string,
  index: SearchIndex,
  refs: readonly string[],
): { claims: string[]; people: { text: string; parts: string[] }[] } {
  const unknown: string[] = index
    .weigh(asked)
    .concepts.filter((c) => !c.known)
    .map((c) => c.word);
  // A claim is a name or a number, or a word of nationality the corpus lacks ("Japanese"): what the
  // corpus lacks otherwise ("a climate target") is no evidence against the claim.
  // A country the corpus never names ("Senegal") claims a place as much as a nationality does.
  const demonyms = unknown.filter((w) => /(?:an|ian|ese|ish)$/.test(w) || namesCountryTyped(w, index));
  // "Chaired by Choi Yang-hee": a name of several words is one claim; its parts are no claims alone.
  const people = nameRuns(u);
  const inRun = new Set(people.flatMap((r) => r.parts));
  const claims = [
    ...new Set([
      ...u.numbers,
      ...numberWordsOf(u),
      ...people.map((r) => r.text),
      ...u.names.filter((n) => !inRun.has(n)),
      ...demonyms,
    ]),
  ]
    .filter((c) => !refs.includes(c))
    // "Was the Busan Initiative implemented?": a word of an entry's name, said with the rest of it, is
    // the thing asked about, not a claim.
    .filter((c) => isClaimedNumber(u, c) || !inEntryName(c, u, index))
    // "Was Busan the 18th, 19th or 20th?" offers choices: it asks which, and claims none.
    .filter((c) => !u.alternatives.some((group) => group.includes(squash(c))))
    // "180k swiss francs": a nationality naming a currency claims no country.
    .filter(
      (c) =>
        isClaimedNumber(u, c) || !new RegExp(`\\b${escapeRegExp(c)}\\s+${CURRENCY.source}`, 'i').test(asked),
    );
  return { claims, people };
}

/**
 * The numbers a line says in words ("two rivals", "three rounds"), which the English model tags as
 * numbers: claims as figures are. Not "one", as often a pronoun ("the last one").
 */
export const numberWordsOf = perObject((u: Understanding): readonly string[] =>
  u.tokens
    .filter((t) => t.pos === 'NUM' && SMALL_NUMBER_WORDS.indexOf(normalize(t.text)) > 0)
    .map((t) => normalize(t.text)),
);

/** True when a claim is a number the line gives, in figures or in words. */
export function isClaimedNumber(u: Understanding, claim: string): boolean {
  return u.numbers.includes(claim) || numberWordsOf(u).includes(claim);
}
