import { isKindWord } from './identifiers.ts';
import { perObject } from './per-object.ts';
import { normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * How the English model reads each word of a question, for verification: its part of speech, whether it
 * is light (a stop word), and the question's main verb. Read once per question and kept beside it, since
 * verification asks for every candidate passage.
 */

/** True when the model reads a question word as a quality (an adjective or an adverb). */
export function isQuality(u: Understanding, word: string): boolean {
  const pos = posOf(u).get(word);
  return pos === 'ADJ' || pos === 'ADV';
}

/** Each question word's part of speech by its lower-case form (and without a possessive 's). */
export const posOf = perObject((u: Understanding): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const t of u.tokens) {
    const word = normalize(t.text);
    if (!map.has(word)) map.set(word, t.pos);
    const bare = word.replace(/'s$/, '');
    if (!map.has(bare)) map.set(bare, t.pos);
    // Search splits "re-elected" into its parts; the last is the head, and takes the whole word's part.
    const head = /-(\p{L}+)$/u.exec(bare)?.[1];
    if (head !== undefined && !map.has(head)) map.set(head, t.pos);
  }
  return map;
});

/** Question words the model reads as light (stop words). */
const lightWords = perObject(
  (u: Understanding): ReadonlySet<string> =>
    new Set(u.tokens.filter((t) => t.light).map((t) => normalize(t.text))),
);

/** True when the model reads a question word as light ("ever", "several"): no topic of its own. */
export function isLight(u: Understanding, word: string): boolean {
  return lightWords(u).has(word);
}

/** Universal parts of speech that carry grammar, not topic: "across", "besides", "whose". */
const FUNCTION_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PART', 'AUX']);

/**
 * True when the model reads a question word as a light function word ("split across", "besides the
 * plenary"): a passage need not repeat it, whatever the search's own stop-word list kept.
 */
export function isFunctionWord(u: Understanding, word: string): boolean {
  return isLight(u, word) && FUNCTION_POS.has(posOf(u).get(word) ?? '');
}

/** The question's first verb, lower-case as typed: the action "who" asks about ("who chaired X"). */
export const mainVerbOf = perObject((u: Understanding): string | undefined => {
  // "Who were the other candidates that competed": a verb in a clause that qualifies a noun says which
  // one, and the question's own verb is the copula before it.
  const verb = u.tokens.find((t, i) => t.pos === 'VERB' && !t.light && !qualifiesNoun(u.tokens, i));
  return verb === undefined ? undefined : normalize(verb.text);
});

/** True when the verb at `i` opens a relative clause after a noun ("candidates that competed"). */
function qualifiesNoun(tokens: Understanding['tokens'], i: number): boolean {
  const relative = tokens[i - 1];
  return (
    relative !== undefined &&
    /^(?:that|who|which)$/i.test(relative.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '') &&
    // "Who was the minister who spoke first": the question word's own copula comes first.
    tokens.slice(0, i - 2).some((t) => t.pos === 'AUX')
  );
}

/**
 * True when the question's main verb has a named doer of its own: "who were the other candidates in the
 * race that Chaesub Lee won" asks who ran, not who won.
 */
export const mainVerbNamedDoer = perObject((u: Understanding): boolean => {
  const at = u.tokens.findIndex((t) => t.pos === 'VERB' && !t.light);
  const before = u.tokens[at - 1];
  return at > 0 && before !== undefined && u.names.includes(squash(before.text));
});

/** True when the model reads a question word as a thing (a noun, a name or a number), not an action. */
export function isThing(u: Understanding, word: string): boolean {
  const pos = posOf(u).get(word);
  return pos === undefined || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM';
}

/**
 * The things the question asks of someone named, by a possessive ("Malcolm Johnson's rivals"): the
 * question is about them, not about the one named, so an answer must say them. Not the kind of answer
 * asked ("Zhao's name"), which the answer gives without saying.
 */
export const possessedOf = perObject((u: Understanding): ReadonlySet<string> => {
  const out = new Set<string>();
  u.tokens.forEach((t, i) => {
    const owner = u.tokens[i - 1];
    const thing = u.tokens[i + 1];
    // "ITU's mandate": every passage is ITU's, so its things are any question's.
    if (!/^['’]s$/.test(t.text) || owner?.pos !== 'PROPN' || !u.names.includes(squash(owner.text))) return;
    if (thing?.pos !== 'NOUN' || thing.light) return;
    const word = normalize(thing.text);
    if (word !== u.typeWord && !u.answerWords?.includes(word)) out.add(word);
  });
  return out;
});

/** Type words for a value, which its qualifiers pick out among others: general English. */
export const VALUE_TYPE =
  /^(?:targets?|goals?|figures?|shares?|percentages?|proportions?|rates?|amounts?|fees?|coverage|levels?)$/;

/**
 * The qualifiers of a value asked ("what rural broadband coverage target"): they say which value, so an
 * answer must say them; a target of households is another.
 */
export const valueQualifiersOf = perObject((u: Understanding): ReadonlySet<string> => {
  const out = new Set<string>();
  // "How many least developed countries": a participle before the thing counted says which of them, as a
  // quality does, however the model tags it.
  if (u.kind === 'how-many' && u.counted !== undefined) {
    let at = u.tokens.findIndex((t) => normalize(t.text) === u.counted) - 1;
    for (; at >= 0 && !/^(?:many|much)$/i.test(u.tokens[at]?.text ?? ''); at--) {
      const t = u.tokens[at];
      if (t?.pos === 'VERB' && !t.light && /ed$/i.test(t.text)) out.add(normalize(t.text));
    }
  }
  if (u.typeWord === undefined || !VALUE_TYPE.test(u.typeWord)) return out;
  let at = u.tokens.findIndex((t) => normalize(t.text) === u.typeWord) - 1;
  for (; at >= 0 && /^(?:ADJ|NOUN)$/.test(u.tokens[at]?.pos ?? '') && !u.tokens[at]?.light; at--)
    out.add(normalize(u.tokens[at]?.text ?? ''));
  return out;
});

/** True when "which" or "what" asks of a kind of text ("which new resolution …"), once per question. */
export const textAsked = perObject(
  (u: Understanding): boolean => (u.kind === 'which' || u.kind === 'what') && namesTextKind(u),
);

/** The verbs of a purpose the question gives: "… to bring the internet in" (after "to", not first). */
export const purposeOf = perObject((u: Understanding): ReadonlySet<string> => {
  const out = new Set<string>();
  u.tokens.forEach((t, i) => {
    const before = u.tokens[i - 1];
    if (t.pos === 'VERB' && before?.pos === 'PART' && normalize(before.text) === 'to' && i > 2)
      out.add(normalize(t.text));
  });
  return out;
});

/** True when the question names a kind of text ("resolution", "reso", "decision"). */
export const namesTextKind = perObject(
  (u: Understanding): boolean =>
    u.tokens.some((t) => t.isWord && isKindWord(normalize(t.text))) ||
    // "the stolen phones one, whats the number": chat's "one" for the text it is about.
    THE_ONE.test(u.question),
);

/** "The stolen phones one", "the IPv6 one": chat naming a text by its subject. */
const THE_ONE = /\bthe\s+(?:[\p{L}\p{N}-]+\s+){1,4}one\b/iu;
