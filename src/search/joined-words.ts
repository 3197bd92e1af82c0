import type { Corpus } from '../corpus/types.ts';
import { perObject } from './per-object.ts';
import { normalize, terms } from './text.ts';

/*
 * Part of stage 1 of /ask, weighing the question: a word the corpus hyphenates, typed as one word
 * ("wifi" for "Wi-fi", "gemtech" for "GEM-TECH"). The corpus's own spellings, not a word list.
 */

/** A hyphenated word of letters: "Wi-fi", "re-elected", "GEM-TECH". */
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * The corpus's hyphenated words by their joined spelling ("wifi": the terms of "wi" and "fi"), read
 * from its sentences and entry names on first use: most questions never type one.
 */
export const joinedWords = perObject((corpus: Corpus): ReadonlyMap<string, readonly string[]> => {
  const joined = new Map<string, readonly string[]>();
  const texts = [
    ...corpus.entries.flatMap((e) => [e.title, ...e.aliases]),
    ...corpus.passages.map((p) => p.text),
  ];
  for (const text of texts) {
    if (!text.includes('-')) continue;
    for (const [word] of text.matchAll(HYPHENATED)) {
      const key = normalize(word).replace(/-/g, '');
      if (!joined.has(key)) joined.set(key, terms(word));
    }
  }
  return joined;
});
