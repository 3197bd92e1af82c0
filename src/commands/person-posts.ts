import type { Entry } from '../corpus/types.ts';
import { osaDistance } from '../search/distance.ts';
import { squash } from '../search/text.ts';
import type { CommandContext } from './types.ts';

/*
 * How `/who` tells people and posts apart: the posts a person's entry records, and the words of names
 * and posts compared in any order and with typos.
 */

/**
 * Words that do not tell one person or post from another ("who is the new TSB director?"), besides the
 * names every entry is about (the corpus's implied names: "the ITU Secretary-General"). Not "current"
 * or "now": the corpus knows who was elected at the conference, not who holds a post today.
 */
const FILLER = new Set(['a', 'an', 'the', 'of', 'who', 'whos', 'is', 'was', 's', 'new', 'elected']);

/** A post a person was elected to at the conference, as that person's own entry names it. */
export interface Post {
  /** The post as the entry writes it: "Secretary-General", "TSB Director". */
  name: string;
  /** Its words without filler, for comparing with what a user typed in any order. */
  words: string[];
  person: Entry;
}

/**
 * The posts a person's entry records them as elected to at the conference: its "Elected" (or
 * "Elected at <conference>") fields, named by the longest of the person's own names that the field
 * begins with ("Secretary-General, on 23 October 2014" names the post "Secretary-General"), or else
 * by the field's words up to the first comma.
 */
export function postsOf(person: Entry, ctx: CommandContext): Post[] {
  const labels = new Set([squash('Elected'), squash(`Elected at ${ctx.corpus.conference.shortName}`)]);
  const out: Post[] = [];
  for (const field of person.fields) {
    if (!labels.has(squash(field.label))) continue;
    const valueWords = rawWords(field.value);
    const named = namesOf(person)
      .filter((n) => {
        const w = rawWords(n);
        return w.length > 0 && w.every((x, i) => valueWords[i] === x);
      })
      .sort((a, b) => rawWords(b).length - rawWords(a).length)[0];
    const name = named ?? field.value.split(/[,;.(]/)[0]?.trim() ?? '';
    const words = postWords(name, ctx);
    if (words.length > 0) out.push({ name, words, person });
  }
  return out;
}

/** Everything a person answers to: slug, title and aliases. */
export function namesOf(person: Entry): string[] {
  return [person.id, person.title, ...person.aliases];
}

/** The single words of a person's names ("Chae-sub Lee" gives chae, sub, lee), for typo-tolerant matching. */
export function nameWordsOf(person: Entry): string[] {
  return unique(namesOf(person).flatMap(rawWords));
}

/** Lower-case words without accents or punctuation. */
export function rawWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(squash)
    .filter((w) => w !== '');
}

/**
 * The words that tell people and posts apart: {@link rawWords} without filler and without the
 * conference's implied names (its short name and `implied:` in vocabulary.yml), which fit everyone.
 */
export function postWords(text: string, ctx: CommandContext): string[] {
  let out = rawWords(text);
  const implied = [ctx.corpus.conference.shortName, ...(ctx.corpus.vocabulary?.implied ?? [])];
  for (const name of implied) out = withoutPhrase(out, rawWords(name));
  return out.filter((w) => !FILLER.has(w));
}

/** The words with every run of the phrase's words taken out ("pp", "14" for "PP-14"). */
export function withoutPhrase(text: readonly string[], phrase: readonly string[]): string[] {
  if (phrase.length === 0) return [...text];
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (phrase.every((w, j) => text[i + j] === w)) i += phrase.length;
    else out.push(text[i++] as string);
  }
  return out;
}

/** True when two word lists hold the same words, in any order. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length > 0 && a.length === b.length && a.every((w) => b.includes(w)) && b.every((w) => a.includes(w))
  );
}

/**
 * A typed word fits a name's word when equal, when it begins it (three letters or more: "chae"), or
 * when it is a slip away: one edit per eight letters, from four letters ("jonson" for "johnson").
 */
export function closeWord(typed: string, name: string): boolean {
  if (typed === name) return true;
  if (typed.length >= 3 && name.startsWith(typed)) return true;
  if (typed.length < 4) return false;
  const slips = Math.floor(typed.length / 8) + 1;
  return Math.abs(typed.length - name.length) <= slips && osaDistance(typed, name, slips) <= slips;
}

/** The list without repeats, in first-seen order. */
export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
