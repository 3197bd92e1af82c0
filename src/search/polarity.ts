import type { Nlp, NlpToken } from './nlp.ts';
import { normalize, processTerm } from './text.ts';

/*
 * Part of stage 4 of /ask, "compose": whether the answer to a fact-check is "No". A sentence that
 * says the claim's own words inside a negation ("was not adopted", "could not agree on a definition",
 * "no consensus") denies it. The English model marks a negation's scope (wink-nlp's negation flag
 * sits on the words a "not", "no" or "never" governs), so no list of negative words is kept here.
 */

/**
 * True when `text` negates one of the question's matched terms (`matchedTerms`, as the index stems
 * them): the passage says the claim does not hold.
 */
export function deniesClaim(text: string, matchedTerms: readonly string[], nlp: Nlp): boolean {
  if (matchedTerms.length === 0) return false;
  const asked = new Set(matchedTerms);
  const tokens = nlp.read(text).tokens;
  let inScope = false;
  for (const t of tokens) {
    const starts = t.negation && !inScope;
    inScope = t.negation;
    // What the negation governs first must be the claim's: "no rival candidate" denies a rival, not
    // that Zhao was a candidate; "could not agree on a definition" denies the agreeing.
    if (!starts) continue;
    const at = tokens.indexOf(t);
    const first = tokens.slice(at).find((w) => w.negation && w.isWord && !w.light);
    if (first && asked.has(processTerm(normalize(first.text)) ?? '')) return true;
  }
  return false;
}

/**
 * Negative pronouns the English model does not flag as negations ("nothing in Busan had to go to a
 * vote"): a closed class of English, which the model's flag covers for "no", "not" and "none".
 */
const NEGATIVE_PRONOUNS = /^(?:nothing|nobody|noone|nowhere|never|neither)$/;

/**
 * True when a line negates what it says: a negation the model flags, or a negative pronoun. A question
 * tag at the end ("…, didn't he?") asks for agreement and negates nothing.
 */
export function isNegated(tokens: readonly NlpToken[]): boolean {
  let end = tokens.length;
  while (end > 0 && TAG_POS.has(tokens[end - 1]?.pos ?? '')) end--;
  const said = end > 0 && end < tokens.length && tokens[end - 1]?.text === ',' ? end - 1 : end;
  const claim = tokens.length - said <= MAX_TAG_TOKENS + 1 ? tokens.slice(0, said) : tokens;
  return claim.some((t) => t.negation || NEGATIVE_PRONOUNS.test(normalize(t.text)));
}

/** The parts of speech of a question tag ("did n't he", "is n't it") and its longest length in tokens. */
const TAG_POS = new Set(['AUX', 'PART', 'PRON']);
const MAX_TAG_TOKENS = 3;
