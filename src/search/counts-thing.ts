import { findTextRefs, textKindOf } from './identifiers.ts';
import type { NlpToken } from './nlp.ts';
import { perObject } from './per-object.ts';
import { escapeRegExp, normalize, processTerm, SMALL_NUMBER_WORDS, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a sentence's number counts the thing a "how many" question
 * counts ("19 new resolutions"), and not something else beside it ("four rounds of voting"). See
 * docs/answering.md.
 */

/** Words between a number and the thing it counts ("19 new resolutions", "2,505 delegates from"). */
const COUNT_REACH = 3;

/**
 * True when a number in the text counts one of `terms` within a few words after it. `difference`: the
 * question asks one ("how many fewer women than men"), which a number before "fewer … than" gives.
 */
export function countsThing(text: string, alternatives: readonly string[], difference = false): boolean {
  // Split at spaces, so the "14" of "PP-14" or the "191" of "Resolution 191" is no count.
  const raw = normalize(text).split(/\s+/);
  const words = raw.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  // "175 Member States, Sector Members and observers": a comma (or a closing bracket) ends what the
  // number counts.
  const reach = (i: number) => {
    let end = i + 1;
    // "Four rounds of voting": what the number counts ends before "of"; the voting is not counted.
    while (
      end < Math.min(words.length, i + 1 + COUNT_REACH) &&
      !/[,;:)]$/.test(raw[end - 1] ?? '') &&
      !(end > i + 1 && words[end] === 'of')
    )
      end++;
    return words.slice(i + 1, end);
  };
  const isNumber = (w: string | undefined) =>
    w !== undefined && (/^\d[\d,.]*$/.test(w) || NUMBER_WORDS.test(w));
  // "2 in 10 participants", "one out of five": a share, not a count.
  const inRatio = (i: number) =>
    (words[i + 1] === 'in' && isNumber(words[i + 2])) ||
    (words[i - 1] === 'in' && isNumber(words[i - 2]) && !/[,;:]$/.test(raw[i - 2] ?? '')) ||
    (words[i - 1] === 'of' && words[i - 2] === 'out' && isNumber(words[i - 3]));
  const isCounted = (w: string | undefined) => {
    const term = w === undefined ? undefined : processTerm(w);
    return term !== undefined && alternatives.includes(term);
  };
  // "put the number of countries represented at 175 or more": the count follows what it counts.
  const numberOf = words.some(
    (w, i) =>
      w === 'number' &&
      words[i + 1] === 'of' &&
      isCounted(words[i + 2]) &&
      words
        .slice(i + 3, i + 7)
        .some((n, k) => isNumber(n) && /^(?:at|is|was|of|to|reached)$/.test(words[i + 2 + k] ?? '')),
  );
  return (
    numberOf ||
    words.some(
      (w, i) =>
        isNumber(w) &&
        !inRatio(i) &&
        // "The 2010 text of Resolution 101": a year dates what follows it; it counts nothing.
        !/^(?:19|20)\d\d$/.test(w) &&
        !/^(?:resolutions?|decisions?|documents?|res|doc|no)$/.test(words[i - 1] ?? '') &&
        // "(CHF 3,975) in developed countries": an amount of money counts no countries.
        !/^(?:chf|usd|eur|gbp|krw|us\$|\$|€|£)$/.test(words[i - 1] ?? raw[i - 1] ?? '') &&
        // "200 million fewer women than men": a difference between two counts, neither of them.
        (difference || !comparedAt(reach(i), isCounted)) &&
        reach(i).some(isCounted),
    )
  );
}

/**
 * True when the text counts none of one of `alternatives` beside what it is about: "with 152 votes and
 * no rival candidate", "as the only candidate", "ran unopposed" answer "he had two rivals?" with none.
 */
export function countsNone(text: string, alternatives: readonly string[]): boolean {
  const words = normalize(text)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w !== '');
  const isCounted = (w: string | undefined) => {
    const term = w === undefined ? undefined : processTerm(w);
    return term !== undefined && alternatives.includes(term);
  };
  return words.some((w, i) => NONE.test(w) && words.slice(i + 1, i + 1 + COUNT_REACH).some(isCounted));
}

/** Words that count none, or only the one the text is about, of what follows. General English. */
const NONE = /^(?:no|zero|only|sole|lone|single)$/;

/** Words that make a number a difference: "fewer women than men". General English. */
const COMPARATIVE = /^(?:fewer|more|less)$/;

/** True when a comparative comes between a number and what it counts ("200 million fewer women"). */
function comparedAt(after: readonly string[], isCounted: (w: string | undefined) => boolean): boolean {
  const counted = after.findIndex(isCounted);
  return counted > 0 && after.slice(0, counted).some((w) => COMPARATIVE.test(w));
}

/** Words asking a count to the unit ("the exact number", "the actual number"): no share gives it. */
const EXACT = /^(?:exact|exactly|precise|precisely|actual)$/;

/**
 * True when the text counts what a "how many" counts (`alternatives`): a number of it, a difference the
 * question asks ("how many fewer women than men"), or roughly, a share of it ("2 in 10 participants were
 * women"), unless the question wants the exact number.
 */
export function countedIn(text: string, alternatives: readonly string[], u: Understanding): boolean {
  const asked = countAsked(u);
  if (!asked.exact && sharesThing(text, alternatives)) return true;
  return countsThing(text, alternatives, asked.difference);
}

/**
 * What a "how many" asks beyond the count, once per question: the exact number (as typed: "exact number
 * of" is read as "how many"), or a difference ("how many fewer").
 */
const countAsked = perObject((u: Understanding): { exact: boolean; difference: boolean } => ({
  exact: normalize(u.line)
    .split(/[^\p{L}]+/u)
    .some((w) => EXACT.test(w)),
  difference: u.tokens.some((t) => COMPARATIVE.test(normalize(t.text))),
}));

/**
 * True when the text gives the share of something that is one of `alternatives` ("about 2 in 10
 * participants were women" for women): roughly how many, as a share of the whole. The whole is not the
 * thing shared ("2 in 10 participants" says nothing of how many participants).
 */
export function sharesThing(text: string, alternatives: readonly string[]): boolean {
  const ratio = RATIO.exec(text);
  if (ratio === null) return false;
  const whole = normalize(text.slice(ratio.index + ratio[0].length))
    .split(/\s+/)
    .slice(0, 3)
    .map((w) => processTerm(w.replace(/[^\p{L}\p{N}-]+/gu, '')));
  if (whole.some((t) => t !== undefined && alternatives.includes(t))) return false;
  return terms(text).some((t) => alternatives.includes(t));
}

/** A share: "2 in 10", "one in five", "20% of", "20 per cent of". */
const RATIO =
  /\b(?:\d+|one|two|three|four|five)\s+(?:in|out\s+of)\s+(?:\d+|five|ten)\b|\b\d+\s*(?:%|per\s*cent|percent)\s+of\b/i;

/** Small numbers in words, to ten: their value is their place ("the other four"). */
const SMALL_NUMBERS = SMALL_NUMBER_WORDS.slice(0, 10);

/** Numbers in words, which count as well as digits do ("four rounds", "two of the five posts"). */
const NUMBER_WORDS = new RegExp(
  `^(?:${[...SMALL_NUMBERS, 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'dozens?', 'both', 'all'].join('|')})$`,
);

/**
 * "What were the other four decisions": a number the question puts on a thing after a determiner is
 * said of that thing, so "the four years 2016-2019" does not account for it. Returns why, in words for
 * `--explain`, when the passage gives the number to something else or names fewer texts than asked.
 */
export function countedOtherwise(text: string, q: VerifyInput): string | undefined {
  if (q.u.kind === 'how-many') return undefined;
  const tokens = q.u.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.pos !== 'NUM' || !/^(?:DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '')) continue;
    const n = normalize(t.text);
    if (/^(?:19|20)\d\d$/.test(n)) continue;
    const after = tokens.slice(i + 1, i + 3);
    const first = after.find((x) => x.pos === 'NOUN');
    if (first === undefined || (after.indexOf(first) > 0 && after[0]?.pos !== 'ADJ')) continue;
    // "The three bureau director elections", "the four pillars (goals)": a noun of the run is counted.
    const run = [first];
    for (let k = tokens.indexOf(first) + 1; tokens[k]?.pos === 'NOUN'; k++) run.push(tokens[k] as NlpToken);
    const noun = run[run.length - 1] as NlpToken;
    const word = normalize(noun.text);
    // "The other four decisions": a list of texts, which a sentence naming one of them is not.
    const kind = textKindOf(word);
    const many = Number(n) || SMALL_NUMBERS.indexOf(n) + 1;
    if (
      kind &&
      many >= 2 &&
      new Set(
        findTextRefs(text)
          .filter((r) => r.kind === kind)
          .map((r) => r.number),
      ).size < 2
    )
      return `names fewer ${word} than the ${n} the question asks for`;
    if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) continue;
    const alternativesOf = (w: string) =>
      q.weighted.concepts.find((c) => c.word === w)?.alternatives ?? terms(w);
    if (!run.some((x) => countsThing(text, alternativesOf(normalize(x.text)))))
      return `gives ${n} to something else, and the question says ${n} ${word}`;
  }
  return undefined;
}
