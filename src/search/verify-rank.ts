import { findTextRefs, isKindWord } from './identifiers.ts';
import { escapeRegExp, normalize, processTerm, squash } from './text.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": ranks and numbers asked ("which plenipot number was Busan", "under
 * which number was the Connect 2020 Agenda adopted", "was PP-14 the 20th?"): a rank of the thing asked,
 * or a number the passage gives it. See docs/answering.md.
 */

/**
 * True when "number" asks a rank in the series: after the series' own name ("which plenipot number",
 * "conference number"), or "which number of" one of it.
 */
export function seriesNumber(q: VerifyInput): boolean {
  const at = q.u.tokens.findIndex((t) => normalize(t.text) === 'number');
  const before = q.u.tokens[at - 1];
  if (at > 0 && before !== undefined && q.implied?.has(squash(before.text)) === true) return true;
  // "Which number of plenipotentiary conference was Busan": "which" asks a rank of one of the series,
  // said in the singular; "the number of plenipotentiary conferences" counts them.
  const series = q.u.tokens[at + 2];
  return (
    q.u.kind === 'which' &&
    normalize(q.u.tokens[at + 1]?.text ?? '') === 'of' &&
    series !== undefined &&
    q.implied?.has(squash(series.text)) === true &&
    !/s$/i.test(q.u.tokens[at + 3]?.text ?? series.text)
  );
}

/** Type words asking for a rank in a series, as "which number" does: "which edition". */
export const RANK_TYPE = /^(?:edition|iteration|instalment|installment)s?$/;

/** True when a text ranks a thing the question asks about: "the 19th Plenipotentiary Conference". */
export function ranksAsked(text: string, q: VerifyInput): boolean {
  const asked = new Set(q.weighted.concepts.flatMap((c) => c.alternatives));
  return [...text.matchAll(/\b\d+(?:st|nd|rd|th)\b\s+([^.;:,()]+)/giu)].some((m) =>
    (m[1] ?? '')
      .split(/\s+/)
      .slice(0, RANK_REACH)
      .some((w) => asked.has(processTerm(normalize(w)) ?? '')),
  );
}

/** True when a text gives a number that is neither the question's nor one of the conference's names. */
export function newNumberIn(text: string, q: VerifyInput): boolean {
  // "What number did the youth resolution get": a resolution's number, not a draft's ("WG-PL/4").
  if (q.u.tokens.some((t) => isKindWord(normalize(t.text))))
    return findTextRefs(text).some((r) => !q.u.numbers.includes(String(r.number)));
  // "What number was Busan in the series": a rank; "the number of delegates" is a count, and says "of".
  // The rank must be of a thing asked: "the 19th Plenipotentiary Conference", not "its 150th anniversary".
  // A noun before it names what the number identifies ("document number"): a number the text gives
  // that noun ("Document 84/Rev.2"), not any number.
  const at = q.u.tokens.findIndex((t) => normalize(t.text) === 'number');
  const noun =
    at > 0 && /^(?:NOUN|PROPN)$/.test(q.u.tokens[at - 1]?.pos ?? '') ? q.u.tokens[at - 1] : undefined;
  if (noun) return new RegExp(String.raw`\b${escapeRegExp(normalize(noun.text))}s?\s+\d`, 'i').test(text);
  // "Under which number was the Connect 2020 Agenda adopted": of a thing that is no meeting of the
  // series, the number a text gives it ("Resolution 200") is its number too.
  if (at >= 0 && normalize(q.u.tokens[at + 1]?.text ?? '') !== 'of')
    return (
      ranksAsked(text, q) ||
      (!namesMeeting(q) && findTextRefs(text).some((r) => !q.u.numbers.includes(String(r.number))))
    );
  // A number inside a name ("PP-14", "WRC-15") is part of the name, not a number the text gives.
  return (text.match(/(?<![\p{L}\d]-?)\d[\d,.]*/gu) ?? []).some(
    (n) => !q.u.numbers.some((asked) => asked.startsWith(n)) && q.implied?.has(n) !== true,
  );
}

/** True when the question names the conference or its series ("Busan", "PP-14", "plenipot"). */
function namesMeeting(q: VerifyInput): boolean {
  return q.u.tokens.some((t) => namesConference(squash(t.text), q));
}

/** A word of the conference's own names ("PP-14", "Busan"): not the organisation's ("ITU") nor a year. */
export function namesConference(word: string, q: VerifyInput): boolean {
  return q.implied?.has(word) === true && q.organisation?.has(word) !== true && !/^\d+$/.test(word);
}

/** A rank as typed: "20th", "1st". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * "Was PP-14 the 20th plenipot?": a rank belongs to the thing after it. A passage whose same rank is
 * followed by something else ("its 20th and last plenary meeting") ranks that, not what was asked.
 * Returns what it ranks instead. A rank followed by punctuation ("PP-18, the 20th, in Dubai") is not
 * judged.
 */
export function rankOfOther(text: string, q: VerifyInput): string | undefined {
  const tokens = q.u.tokens;
  for (const [i, t] of tokens.entries()) {
    if (!ORDINAL.test(t.text)) continue;
    const noun = tokens.slice(i + 1, i + 3).find((n) => n.pos === 'NOUN' || n.pos === 'PROPN');
    if (!noun) continue;
    const word = normalize(noun.text);
    // "The 150th anniv": a word the corpus does not know cannot be told from what the passage ranks.
    const concept = q.weighted.concepts.find((c) => c.word === word);
    if (concept?.known !== true) continue;
    const alternatives = concept.alternatives;
    for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(t.text)}\\b\\s+([^.;:,()]+)`, 'giu'))) {
      const next = (m[1] ?? '').split(/\s+/).slice(0, RANK_REACH);
      // "anniv" is typed for "anniversary": a word the ranked one begins with is the same word.
      const same = (w: string) =>
        alternatives.includes(processTerm(normalize(w)) ?? '') ||
        (word.length >= MIN_PREFIX && normalize(w).startsWith(word));
      if (!next.some(same)) return next.join(' ');
    }
  }
  return undefined;
}

/** Letters a shortened word needs to be read as the start of a longer one ("anniv"). */
const MIN_PREFIX = 4;

/** Words after a rank that the ranked thing may be among ("the 19th Plenipotentiary Conference"). */
const RANK_REACH = 4;
