import { findTextRefs, isKindWord } from './identifiers.ts';
import { perObject } from './per-object.ts';
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

/** An ordinal as a question gives it: "first", "20th". General English. */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))$/i;

/** Units of time a rank may order ("the first day", "the second week"). General English. */
const TIME_UNIT =
  /^(?:day|days|week|weeks|morning|afternoon|evening|night|session|sessions|round|rounds|month|months|year|years|time)$/i;

/** Words after a rank that may say whom it ranks among ("the first ITU Secretary-General from China"). */
const AMONG_REACH = 6;

/**
 * "Who was the very first Secretary-General of the ITU?" and "Houlin Zhao was the first Secretary-General
 * from China": a rank the passage gives only among those of a country ("from China", "the first Chinese
 * Secretary-General", "the first Korean") that the question does not name ranks among fewer than asked.
 * Returns the words that narrow it.
 */
export function rankAmongFewer(text: string, q: VerifyInput): string | undefined {
  const ranks = q.u.numbers.filter((n) => ORDINAL_WORD.test(n));
  for (const rank of ranks) {
    for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(rank)}\\b\\s+([^.;:()]+)`, 'giu'))) {
      const after = (m[1] ?? '').split(/\s+/).slice(0, AMONG_REACH);
      const among = after.join(' ');
      // A country said after the rank, or a people ("Chinese", "Korean") the question names no country of.
      if (q.namesCountry(among, q.u.countriesNamed)) return among;
      if (after.some((w) => q.countriesOf?.(w.replace(/[^\p{L}]/gu, '')) !== undefined && !namesPeople(q, w)))
        return among;
    }
  }
  return undefined;
}

/** True when the question names the people of a word's country ("Korean" in "the first Korean …"). */
function namesPeople(q: VerifyInput, word: string): boolean {
  const countries = q.countriesOf?.(word.replace(/[^\p{L}]/gu, '')) ?? [];
  const said = q.u.question.toLowerCase();
  return said.includes(word.toLowerCase()) || countries.some((c) => said.includes(c.toLowerCase()));
}

/**
 * "Who was the very first Secretary-General" and a sentence of "Opening ceremony", an entry named "first
 * day": a rank the passage's own sentence does not say, which only its entry's names give to another thing
 * ("first day"), is not the rank asked. Returns the name that ranks the other thing.
 */
export function rankOnlyInNames(
  passage: { text: string; context: string },
  names: readonly string[],
  q: VerifyInput,
): string | undefined {
  for (const { noun, said, ranked, inName, alternatives } of ordinalsAsked(q)) {
    const own = `${passage.text} ${passage.context}`;
    if (said.test(own)) {
      // "Touré appealed … on the first day": a rank the sentence gives only to a time ranks the time, not
      // the person or post asked ("the very first secretary-general").
      const found = [...own.matchAll(ranked)];
      const timeOnly = found.length > 0 && found.every((m) => TIME_UNIT.test(m[1] ?? ''));
      if (timeOnly && !TIME_UNIT.test(noun)) return found[0]?.[0];
      continue;
    }
    for (const name of names) {
      const m = inName.exec(name);
      if (m && !alternatives.includes(processTerm(normalize(m[1] ?? '')) ?? '')) return m[0];
    }
  }
  return undefined;
}

/** One ordinal the question gives a thing ("the first Korean"), with what finds it in a text. */
interface RankAsked {
  /** The thing ranked, as the question words it. */
  noun: string;
  /** The ordinal as a word of its own. */
  said: RegExp;
  /** The ordinal and the word after it, all of them (the word captured; `matchAll` copies it). */
  ranked: RegExp;
  /** The same, the first only: in an entry's name. */
  inName: RegExp;
  /** The thing's terms: the weighed concept's alternatives, or its own term. */
  alternatives: readonly string[];
}

/**
 * The ordinals a question gives things, once per question rather than per candidate: most questions have
 * none, and those that have compiled two patterns for each candidate.
 */
const ordinalsAsked = perObject((q: VerifyInput): readonly RankAsked[] => {
  const tokens = q.u.tokens;
  const out: RankAsked[] = [];
  for (const [i, t] of tokens.entries()) {
    const rank = normalize(t.text);
    if (!ORDINAL_WORD.test(rank) || !q.u.numbers.includes(rank)) continue;
    const noun = tokens.slice(i + 1, i + 3).find((n) => (n.pos === 'NOUN' || n.pos === 'PROPN') && !n.light);
    if (noun === undefined) continue;
    out.push({
      noun: noun.text,
      said: new RegExp(`\\b${escapeRegExp(rank)}\\b`, 'i'),
      ranked: new RegExp(`\\b${escapeRegExp(rank)}\\s+([\\p{L}-]+)`, 'giu'),
      inName: new RegExp(`\\b${escapeRegExp(rank)}\\s+([\\p{L}-]+)`, 'iu'),
      alternatives: q.weighted.concepts.find((c) => c.word === normalize(noun.text))?.alternatives ?? [
        processTerm(normalize(noun.text)) ?? '',
      ],
    });
  }
  return out;
});

/**
 * True when every ordinal of the question ranks a thing named right after it that is none of the
 * conference's names ("its 150th anniversary"), not the conference or its series ("the 20th plenipot",
 * "Busan was the 20th?"). Once per question.
 */
export const ranksOtherThing = perObject((q: VerifyInput): boolean => {
  const tokens = q.u.tokens;
  const ordinals = tokens.flatMap((t, i) => (/^\d+(?:st|nd|rd|th)$/i.test(t.text) ? [i] : []));
  return (
    ordinals.length > 0 &&
    ordinals.every((i) => {
      const next = tokens[i + 1];
      return (
        next !== undefined &&
        (next.pos === 'NOUN' || next.pos === 'PROPN') &&
        q.implied?.has(squash(next.text)) !== true
      );
    })
  );
});
