import { normalize } from './text.ts';
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

/** Each question word's part of speech, read once per question (verification asks for every passage). */
const POS = new WeakMap<Understanding, Map<string, string>>();

/** Each question word's part of speech by its lower-case form (and without a possessive 's). */
export function posOf(u: Understanding): Map<string, string> {
  let map = POS.get(u);
  if (!map) {
    map = new Map();
    for (const t of u.tokens) {
      const word = normalize(t.text);
      if (!map.has(word)) map.set(word, t.pos);
      const bare = word.replace(/'s$/, '');
      if (!map.has(bare)) map.set(bare, t.pos);
    }
    POS.set(u, map);
  }
  return map;
}

/** Question words the model reads as light (stop words), read once per question. */
const LIGHT = new WeakMap<Understanding, Set<string>>();

/** True when the model reads a question word as light ("ever", "several"): no topic of its own. */
export function isLight(u: Understanding, word: string): boolean {
  let set = LIGHT.get(u);
  if (!set) {
    set = new Set(u.tokens.filter((t) => t.light).map((t) => normalize(t.text)));
    LIGHT.set(u, set);
  }
  return set.has(word);
}

/** Each question's first verb, read once per question. */
const MAIN_VERB = new WeakMap<Understanding, string | undefined>();

/** The question's first verb, lower-case as typed: the action "who" asks about ("who chaired X"). */
export function mainVerbOf(u: Understanding): string | undefined {
  if (MAIN_VERB.has(u)) return MAIN_VERB.get(u);
  const verb = u.tokens.find((t) => t.pos === 'VERB' && !t.light);
  const word = verb === undefined ? undefined : normalize(verb.text);
  MAIN_VERB.set(u, word);
  return word;
}

/** True when the model reads a question word as a thing (a noun, a name or a number), not an action. */
export function isThing(u: Understanding, word: string): boolean {
  const pos = posOf(u).get(word);
  return pos === undefined || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM';
}
