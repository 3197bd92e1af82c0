import type { NlpToken } from './nlp.ts';
import { deniesClaim } from './polarity.ts';
import { isThing } from './question-words.ts';
import type { RankedPassage } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import { escapeRegExp, isCalendarWord, normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import { type Verdict, type VerifyInput, type VerifyOptions, verify } from './verify.ts';

/*
 * Part of stage 4 of /ask, "compose", for fact-checks: a claim whose things the corpus states with
 * another verb. See docs/answering.md.
 */

/**
 * "Were the BR and BDT directors returned with 166 of 166 votes?" and "Rancy was re-elected BR
 * Director and Sanou BDT Director, each with 166 of 166 votes": a fact-check that a passage fails only
 * for its action as worded, which the passage passes as a plain question, and which says every name
 * and number the claim gives, is answered by that passage. With no "Yes" or "No": the asker reads the
 * action as the corpus words it.
 */
export function statedOtherwise(
  u: Understanding,
  candidates: readonly { hit: RankedPassage; verdict: Verdict }[],
  input: VerifyInput,
  index: SearchIndex,
  o: VerifyOptions,
): RankedPassage | undefined {
  // "Can you list the 48 countries …?" asks the bot for something; it claims nothing.
  if (!u.yesNo || /^(?:can|could|would|will)\s+(?:you|u)\b/i.test(u.question)) return undefined;
  const claimed = [...u.names.filter((n) => !index.impliedNames.has(n)), ...u.numbers];
  // The claim must be a value ("2015-2018", "166 of 166", "6 November"), not a number that names a
  // text or a body ("Resolution 25", "Committee 6"): "was Resolution 25 adopted?" is about the action.
  const values = u.numbers.filter((n) => !designates(u.tokens, n));
  // Object.assign, not { ...input, u: { ...u, yesNo: false } }: in Node 20 a literal that goes on after a
  // spread makes a new shape for every object it makes (several µs for an Understanding's keys).
  const plain = Object.assign({}, input, { u: Object.assign({}, u, { yesNo: false }) });
  return candidates.find(({ hit, verdict }) => {
    if (verdict.ok || verdict.missingNames.length > 0 || hit.passage.uncertain || hit.entry.kind === 'source')
      return false;
    if (!claimed.every((c) => says(hit.passage.text, c))) return false;
    if (!claimedDates(u.tokens).every((d) => saysDate(hit.passage.text, d))) return false;
    // "PP-14 formally picked Dubai for 2018 in one of its resolutions": the claim's things, however
    // common ("resolutions"), are what its other words are said of; "PP-18 took place in Dubai" says none.
    if (!thingsSaid(u, input, hit)) return false;
    // Or the passage denies the action itself ("was not adopted" for "got adopted in the end?").
    const denies = deniesClaim(hit.passage.text, hit.matchedTerms, index.nlp);
    // Denying the claim's own verb ("did not amend" for "got heavily rewritten"), it makes how the claim
    // says it was done moot, however much of that the passage lacks; not a passing "not on how many votes".
    if (verdict.missing.length === 0 && !deniesClaim(hit.passage.text, actionTerms(u, input, hit), index.nlp))
      return false;
    return (values.length > 0 || denies) && verify(hit, plain, o).ok;
  })?.hit;
}

/** True when the passage matches every thing the claim names, common words too, but the conference's names. */
function thingsSaid(u: Understanding, input: VerifyInput, hit: RankedPassage): boolean {
  return input.weighted.concepts.every(
    (c) =>
      !isThing(u, c.word) ||
      input.implied?.has(squash(c.word)) === true ||
      c.alternatives.some((a) => hit.matchedTerms.includes(a)),
  );
}

/** The terms of the claim's verbs that the passage matched ("amend" for "got … rewritten"). */
function actionTerms(u: Understanding, input: VerifyInput, hit: RankedPassage): string[] {
  const verbs = new Set(u.tokens.filter((t) => t.pos === 'VERB').map((t) => normalize(t.text)));
  const alternatives = input.weighted.concepts
    .filter((c) => verbs.has(c.word))
    .flatMap((c) => c.alternatives);
  return hit.matchedTerms.filter((t) => alternatives.includes(t));
}

/**
 * True when a number follows the noun it numbers ("Resolution 25", "committee 6", "doc 98"), as the
 * English model tags them; a value follows a verb or a preposition ("runs 2015-2018", "on 6 November").
 */
function designates(tokens: readonly NlpToken[], n: string): boolean {
  return tokens.some((t, i) => {
    if (normalize(t.text) !== n) return false;
    // "Res. 25": past the abbreviation's full stop.
    let before = i - 1;
    while (before > 0 && tokens[before]?.pos === 'PUNCT') before--;
    return before >= 0 && /^(?:NOUN|PROPN)$/.test(tokens[before]?.pos ?? '');
  });
}

/** The dates a claim gives as a day beside a month ("13 October", "Oct 13"): [day, month]. */
function claimedDates(tokens: readonly NlpToken[]): [string, string][] {
  const out: [string, string][] = [];
  tokens.forEach((t, i) => {
    const day = normalize(t.text);
    if (!/^\d{1,2}$/.test(day)) return;
    const month = [tokens[i + 1], tokens[i - 1]].find((m) => m !== undefined && isCalendarWord(m.text));
    if (month) out.push([day, normalize(month.text)]);
  });
  return out;
}

/**
 * True when a text gives that day of that month together: "13 December 2011" and "21 October" do not
 * say "13 October".
 */
function saysDate(text: string, [day, month]: [string, string]): boolean {
  const m = escapeRegExp(month.slice(0, 3));
  return new RegExp(String.raw`(?<!\d)${day}\s+${m}|${m}\p{L}*\.?\s+${day}(?!\d)`, 'iu').test(text);
}

/** True when a text says a name or a number as itself ("152", not inside "1520"). */
function says(text: string, claim: string): boolean {
  if (/^\d/.test(claim))
    return new RegExp(`(?<![\\p{N}.,])${escapeRegExp(claim)}(?![\\p{N}])`, 'u').test(text);
  return squash(text).includes(squash(claim));
}
