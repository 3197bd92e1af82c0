import { passiveAgentsOf, wordsOf } from './candidate-text.ts';
import { namesByCapitals } from './question.ts';
import { normalize, processTerm, squash, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

export { withoutAttribution } from './candidate-text.ts';

/*
 * Part of stage 3 of /ask, "verify": whom or what a passage is about, against what the question asks.
 * A longer post is another post ("Deputy Secretary-General"), a "who" needs someone the question does
 * not already name, and "<thing> chaired by <agent>" says who chaired that thing only. See
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
 * True when a text names someone the question does not: one of the corpus's people, a country, or a
 * name in capitals. What the question itself names is blanked out first, so a
 * sentence about the Secretary-General and the Member States does not say who was elected
 * Secretary-General by the Member States.
 */
export function namesSomeoneNew(text: string, q: VerifyInput): boolean {
  const rest = withoutSiblings(withoutAsked(text, q));
  if (q.namesPerson(rest) || q.namesCountry(rest, q.u.countriesNamed) || TITLED_NAME.test(rest)) return true;
  // A numbered thing ("Circular Letter 47", "Document 98") is a text, not someone; a counted class ("the
  // 48 Member States") is how many were chosen, not who.
  return namesByCapitals(rest.replace(NUMBERED_THING, ' ').replace(COUNTED_CLASS, ' '));
}

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape
// outside brackets into a `new RegExp(…)` evaluated on every call, here once per candidate.
const NUMBERED_THING = /\b\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\d+/gu;
const COUNTED_CLASS = /\b\d[\d,]*\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * A list that holds a name the question gives ("the BR, the TSB and the BDT" for "who runs the TSB")
 * names its like, not who is asked for: the whole list goes.
 */
function withoutSiblings(rest: string): string {
  return rest.replace(SIBLING_LIST, (list) => (list.includes('·') ? ' ' : list));
}

/** "A, B and C", "the BR, the TSB and the BDT": names in a list, one of them perhaps blanked as asked. */
const SIBLING_LIST =
  /(?:(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·)\s*,\s*)+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·),?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·)/gu;

/**
 * True when a text names a person the question does not: one of the corpus's people, or a name after a
 * title ("Mr Wegner", "Dr. Hoballah"); a country or a body ("ITU-T study-group chairmen") is nobody's name.
 */
export function namesPersonNew(text: string, q: VerifyInput): boolean {
  const rest = withoutAsked(text, q);
  return q.namesPerson(rest) || TITLED_NAME.test(rest);
}

/** A name given with a title: "Mr Wegner", "Dr. Hoballah". */
export const TITLED_NAME = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+\p{Lu}\p{Ll}/u;

/**
 * Per question: whether each word part is one the question asks (a question's candidates share most of
 * their words, and each word's term costs a stemmer call), the same for each word as written (its
 * possessive and its parts read once), and each text's result (a candidate's text is asked for by
 * more than one check).
 */
const ASKED_WORDS = new WeakMap<
  VerifyInput,
  { parts: Map<string, boolean>; words: Map<string, boolean>; texts: Map<string, string> }
>();

/** The text with every word the question itself names blanked out (" · "). */
function withoutAsked(text: string, q: VerifyInput): string {
  let known = ASKED_WORDS.get(q);
  if (!known) {
    known = { parts: new Map(), words: new Map(), texts: new Map() };
    ASKED_WORDS.set(q, known);
  }
  const done = known.texts.get(text);
  if (done !== undefined) return done;
  const memo = known.parts;
  const words = known.words;
  const askedTerms = askedTermsOf(q);
  const asked = new Set(q.u.names);
  const compute = (part: string): boolean => {
    const term = processTerm(normalize(part));
    // The conference's own names ("ITU", "PP-14") are no one's answer to "who".
    // "Korea" when the question says "the Korean side": the country of a nationality asked is asked.
    const bare = squash(part);
    if (
      (term !== undefined && askedTerms.has(term)) ||
      asked.has(bare) ||
      q.implied?.has(bare) ||
      [...asked].some((name) => demonymOf(name, new Set([bare])))
    )
      return true;
    // "RRB" when the question says "Radio Regulations Board": its long form, asked word by word.
    const long = ALL_CAPITALS.test(part) ? q.longForm?.(squash(part)) : undefined;
    return long !== undefined && long.length > 0 && long.every((t) => askedTerms.has(t));
  };
  const isAsked = (part: string): boolean => {
    let v = memo.get(part);
    if (v === undefined) {
      v = compute(part);
      memo.set(part, v);
    }
    return v;
  };
  // "Secretary-General" is asked when "secretary general" is: each part of a hyphenated word counts.
  // "ISOC reported that … chaired by Italy": the teller is no answer to "who chaired" (`wordsOf`).
  const parts = wordsOf(text);
  let rest = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const w = parts[i] as string;
    let blank = words.get(w);
    if (blank === undefined) {
      const bare = w.replace(/['’]s$/, '').replace(/[.'’]+$/, '');
      blank = isAsked(bare) || bare.split('-').every((p) => p === '' || isAsked(p));
      words.set(w, blank);
    }
    rest += (blank ? ' · ' : w) + (parts[i + 1] as string);
  }
  known.texts.set(text, rest);
  return rest;
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
