import { passiveAgentsOf } from './candidate-text.ts';
import { normalize, processTerm, squash, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

export { withoutAttribution } from './candidate-text.ts';

/*
 * Part of stage 3 of /ask, "verify": whom or what a passage is about, against what the question asks.
 * A longer post is another post ("Deputy Secretary-General") and "<thing> chaired by <agent>" says who
 * chaired that thing only; whether a "who" finds someone new is verify-someone.ts's. See
 * docs/answering.md.
 */

/**
 * The longer name a passage gives where the question names a shorter one, when the passage never uses
 * the shorter alone: "the Deputy Secretary-General" does not answer a question about the
 * Secretary-General. Both must be names of entries, so the corpus, not a word list, says which words
 * qualify a name; the conference's own names ("ITU Secretary-General") qualify nothing.
 */
export function qualifiedOnly(
  text: string,
  q: VerifyInput,
  matchedTerms: readonly string[],
): string | undefined {
  const named = q.entriesNamed;
  if (!named) return undefined;
  const askedTerms = askedTermsOf(q);
  const matched = new Set(matchedTerms);
  const askedText = askedTextOf(q.u);
  const { said, saidTerms } = tokensOf(text);
  let found: string | undefined;
  let plain = false;
  for (let i = 0; i < said.length; i++) {
    // The longest entry name starting here that the question says, in its words or the corpus's
    // ("sec gen" is read as "secretary general").
    // Every run starting here needs this word asked: most words of a passage are not.
    if (!isAskedTerm(saidTerms[i] as string, askedTerms, matched)) continue;
    let asked = i + 1;
    while (
      asked < said.length &&
      asked < i + MAX_NAME_WORDS &&
      isAskedTerm(saidTerms[asked] as string, askedTerms, matched)
    )
      asked++;
    let run: string | undefined;
    let end = i;
    for (let k = asked; k > i; k--) {
      const words = said.slice(i, k);
      const phrase = words.join(' ');
      // The conference's own names ("ITU") are in every passage's background: not what is asked.
      // One word must be the question's own ("elections" for "elected" is not the name asked).
      const ownWords = words.length > 1 || askedText.includes(phrase);
      if (ownWords && named(phrase).length > 0 && !q.implied?.has(squash(phrase))) {
        run = phrase;
        end = k;
        break;
      }
    }
    if (run === undefined) continue;
    const before = said[i - 1];
    // A longer name of another entry ("Deputy Secretary-General"), not the same one said in full
    // ("Houlin Zhao" for "Zhao", "global flight tracking" for "flight tracking").
    const longer = before === undefined ? [] : named(`${before} ${run}`);
    const shorter = named(run);
    const qualifier =
      before !== undefined &&
      !isAskedTerm(saidTerms[i - 1] as string, askedTerms, matched) &&
      !q.implied?.has(squash(before)) &&
      longer.length > 0 &&
      longer.every((id) => !shorter.includes(id));
    if (qualifier) found ??= `${before} ${run}`;
    else plain = true;
    i = end - 1;
  }
  return plain ? undefined : found;
}

/**
 * A term the question asks, or one the search matched to it ("depty" to "deputy"). A module function: tsx
 * (esbuild's keepNames) names a closure with Object.defineProperty each time it is made, here per candidate.
 */
function isAskedTerm(term: string, askedTerms: ReadonlySet<string>, matched: ReadonlySet<string>): boolean {
  return askedTerms.has(term) || matched.has(term);
}

/**
 * A text's words and their index terms, remembered: the same candidates come back question after question.
 * A Map cleared when full (as squash's memo is), not an LRU: lru-cache's bookkeeping adds to every lookup,
 * asked of each candidate by several checks, and a text's words never change.
 */
const TOKENS = new Map<string, { said: string[]; saidTerms: string[] }>();
const MAX_TOKENS_TEXTS = 20_000;

/** A text's words (`tokenize`) and their index terms, from the shared cache of candidate texts. */
export function tokensOf(text: string): { said: string[]; saidTerms: string[] } {
  let got = TOKENS.get(text);
  if (got === undefined) {
    const said = tokenize(text);
    got = { said, saidTerms: said.map((w) => processTerm(w) ?? w) };
    if (TOKENS.size >= MAX_TOKENS_TEXTS) TOKENS.clear();
    TOKENS.set(text, got);
  }
  return got;
}

/** The question's words as one lower-case string, once per question. */
const ASKED_TEXT = new WeakMap<Understanding, string>();

function askedTextOf(u: Understanding): string {
  let text = ASKED_TEXT.get(u);
  if (text === undefined) {
    text = tokenize(u.question).join(' ');
    ASKED_TEXT.set(u, text);
  }
  return text;
}

/** The terms of the question's words, with the corpus's words for them (its synonyms and spellings). */
const ASKED_TERMS = new WeakMap<Understanding, Set<string>>();

export function askedTermsOf(q: VerifyInput): ReadonlySet<string> {
  let set = ASKED_TERMS.get(q.u);
  if (!set) {
    set = new Set(q.weighted.concepts.flatMap((c) => c.alternatives));
    for (const w of tokenize(q.u.question)) set.add(processTerm(w) ?? w);
    ASKED_TERMS.set(q.u, set);
  }
  return set;
}

/**
 * "Who chaired the conference", and a passage saying the chair of something else: "an ad hoc group
 * chaired by Italy". When the passage names the agent of the question's verb ("<thing> <verb>ed by
 * <agent>"), the thing must be one the question asks about. `asksAgent`: the question asks who acted
 * ("who", or "which country"). Returns the other thing, if any.
 */
export function agentOfOther(
  text: string,
  q: VerifyInput,
  asksAgent = q.u.kind === 'who',
): string | undefined {
  if (!asksAgent) return undefined;
  const verbs = askedVerbsOf(q);
  if (verbs.size === 0) return undefined;
  const askedTerms = askedTermsOf(q);
  for (const { verb, head, term, squashed } of passiveAgentsOf(text)) {
    if (verb === undefined || !verbs.has(verb)) continue;
    // "It was chaired by ...": a word with no topic points back to a thing the sentence already named.
    if (term === undefined || askedTerms.has(term) || q.implied?.has(squashed)) continue;
    if (q.u.names.includes(squashed)) continue;
    return head;
  }
  return undefined;
}

/**
 * The terms of the question's verbs and nouns and their corpus words ("chair": "chaired"), read once per
 * question, not per passage.
 */
const ASKED_VERBS = new WeakMap<Understanding, Set<string>>();

function askedVerbsOf(q: VerifyInput): ReadonlySet<string> {
  let set = ASKED_VERBS.get(q.u);
  if (!set) {
    set = new Set(
      q.u.tokens
        // "Who was the chair of X": a noun for the one who acts asks about the action ("chaired").
        .filter((t) => t.pos === 'VERB' || (t.pos === 'NOUN' && !t.light))
        .flatMap((t) => {
          const word = normalize(t.text);
          const concept = q.weighted.concepts.find((c) => c.word === word);
          return [processTerm(word) ?? word, ...(concept?.alternatives ?? [])];
        }),
    );
    ASKED_VERBS.set(q.u, set);
  }
  return set;
}

/** Longest entry name, in words, looked for in a passage. */
export const MAX_NAME_WORDS = 6;

/**
 * True when a name is the adjective of a word the text has: "Korean" of "Korea", "Russian" of
 * "Russia", "Chinese" of "China" (English's -n, -an, -ian, -ese endings), so "the Korean delegate" is
 * accounted for by "the delegate of Korea".
 */
export function demonymOf(name: string, words: ReadonlySet<string>): boolean {
  if (!/(?:n|an|ian|ese|ish|i)$/.test(name)) return false;
  for (const w of words) {
    if (
      w.length >= 4 &&
      name.length > w.length &&
      name.length - w.length <= 3 &&
      name.startsWith(w.slice(0, -1))
    )
      return true;
  }
  return false;
}
