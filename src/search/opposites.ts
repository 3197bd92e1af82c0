import type { AskOptions } from './answer-question.ts';
import { claimCheckInput } from './correction-parts.ts';
import type { NlpToken } from './nlp.ts';
import { isNegated } from './polarity.ts';
import { readQuestion } from './question.ts';
import { type RankedPassage, rankPassages } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import { escapeRegExp, normalize, processTerm, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import { type VerifyInput, verify } from './verify.ts';

/*
 * Part of stage 4 of /ask, "compose": a fact-check whose claim the conference's record contradicts in
 * other words ("Connect 2020 passed on a split vote, right?" and "adopted unanimously"). The pairs are
 * corpus data (`opposites:` in vocabulary.yml), not English rules: which words contradict which is a
 * fact of this conference. See docs/answering.md.
 */

/** Passages a contradiction is looked for in, best first. */
const MAX_OPPOSITE_CANDIDATES = 10;

/**
 * The share of the rest of the line a contradicting sentence must account for: less than an answer's,
 * since the words around a claim ("his re-election bid", "a formal definition") are the claim's too, and
 * the sentence that contradicts it words them its own way. The claim and the fact are matched exactly.
 */
export const OPPOSITE_SHARE = 0.6;

/**
 * The passage that contradicts a fact-check's claim, if one does: the line makes a claim the vocabulary
 * lists, and among the best passages for the rest of the line, one accounts for it and says the fact
 * that contradicts the claim (and not the claim itself, outside that fact).
 */
export function findOpposite(
  u: Understanding,
  asked: string,
  index: SearchIndex,
  o: AskOptions,
  read: (line: string) => Understanding,
): RankedPassage | undefined {
  const opposites = index.corpus.vocabulary?.opposites ?? [];
  // "Is it true nothing had to go to a formal vote?" denies the claim itself: the record that no vote
  // was needed bears it out, and "No" would say the opposite.
  if (!u.yesNo || opposites.length === 0 || isNegated(u.tokens)) return undefined;
  const askedTerms = new Set(terms(asked));
  const relaxed = { ...o, minShare: OPPOSITE_SHARE, looseMinShare: OPPOSITE_SHARE };
  const made = opposites
    .map((opposite) => ({ opposite, claim: terms(opposite.claim) }))
    .filter(({ claim }) => claim.length > 0 && claim.every((t) => askedTerms.has(t)));
  // "Zhao beat his rival by a narrow margin?" makes two claims; the rest of the line is without both.
  const claimed = [...new Set(made.flatMap(({ claim }) => claim))];
  for (const { opposite, claim } of made) {
    // The fact word for word, compiled once for the candidates it is looked for in.
    const fact = new RegExp(`\\b${opposite.fact.trim().split(/\s+/).map(escapeRegExp).join('\\s+')}`, 'iu');
    // Read again, so the fact-check's tag ("…, right?") is set aside as in the question itself.
    const restU = read(withoutClaim(u.tokens, claimed));
    const rest = restU.question;
    const shape = readQuestion(rest, o.phrases ?? index.corpus.vocabulary?.phrases, index.countries);
    const weighted = index.weigh(shape.searchText);
    const q: VerifyInput = {
      ...claimCheckInput({ ...restU, yesNo: false }, weighted, index),
      implied: index.impliedNames,
      countriesOf: (w) => index.countries.countriesOfNationality(w),
    };
    const hit = rankPassages(index, { shape, weighted, mentioned: index.mentions(rest) }, o)
      .slice(0, MAX_OPPOSITE_CANDIDATES)
      .find(
        (h) => !h.passage.uncertain && contradicts(h.passage.text, fact, claim) && verify(h, q, relaxed).ok,
      );
    if (hit) return hit;
  }
  return undefined;
}

/** True when a text says the fact, and does not also make the claim outside the fact's own words. */
function contradicts(text: string, fact: RegExp, claim: readonly string[]): boolean {
  if (!fact.test(text)) return false;
  const outside = new Set(terms(text.replace(fact, ' ')));
  return !claim.every((t) => outside.has(t));
}

/**
 * The question without the claim's words, and without a number or determiner right before one of them
 * ("beat two rivals", "a split vote": the count goes with what it counts).
 */
function withoutClaim(tokens: readonly NlpToken[], claim: readonly string[]): string {
  const isClaim = (t: NlpToken | undefined) =>
    t !== undefined && claim.includes(processTerm(normalize(t.text)) ?? '');
  return tokens
    .filter(
      (t, i) =>
        !isClaim(t) &&
        !((t.pos === 'NUM' || t.pos === 'DET') && (isClaim(tokens[i + 1]) || isClaim(tokens[i + 2]))),
    )
    .map((t) => t.text)
    .join(' ');
}
