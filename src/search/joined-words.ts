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
export const joinedWords = perObject(
  (corpus: Corpus): ReadonlyMap<string, readonly string[]> => byJoinedSpelling(corpus, HYPHENATED, terms),
);

/**
 * "Chae-sub Lee" where the corpus's sentences write "Chaesub": a hyphenated word typed for one the corpus
 * writes as one word is read as that word. Only a spelling its texts give unhyphenated and its sentences
 * never hyphenate: "re-elected", "WG-PL" (also an alias "WGPL") and "one-liner" stay as typed. The
 * corpus's own spellings, not a word list.
 */
export function joinedAsCorpus(line: string, corpus: Corpus): string {
  if (!line.includes('-')) return line;
  return line.replace(HYPHENATED, (word) => {
    const joined = normalize(word.replace(/-/g, ''));
    return wordsOf(corpus).has(joined) && !hyphenatedInSentences(corpus).has(joined)
      ? word.replace(/-/g, '')
      : word;
  });
}

/** The hyphenated words of the corpus's sentences, by their joined spelling, on first use. */
const hyphenatedInSentences = perObject(
  (corpus: Corpus): ReadonlySet<string> =>
    new Set(
      corpus.passages.flatMap((p) =>
        p.text.includes('-')
          ? [...p.text.matchAll(HYPHENATED)].map(([w]) => normalize(w).replace(/-/g, ''))
          : [],
      ),
    ),
);

/** Every run of letters in the corpus's sentences and entry names, lower-cased, on first use. */
const wordsOf = perObject((corpus: Corpus): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const text of textsOf(corpus)) for (const [word] of normalize(text).matchAll(LETTERS)) words.add(word);
  return words;
});

/** A run of letters. */
const LETTERS = /\p{L}+/gu;

/** The corpus's sentences and entry names: where its spellings are. */
function textsOf(corpus: Corpus): string[] {
  return [...corpus.entries.flatMap((e) => [e.title, ...e.aliases]), ...corpus.passages.map((p) => p.text)];
}

/**
 * What `value` makes of each word of the corpus's sentences and entry names that `pattern` finds, by the
 * word's spelling without its hyphens; the first of each spelling.
 */
function byJoinedSpelling<T>(corpus: Corpus, pattern: RegExp, value: (word: string) => T): Map<string, T> {
  const joined = new Map<string, T>();
  for (const text of textsOf(corpus)) {
    if (!text.includes('-')) continue;
    for (const [word] of text.matchAll(pattern)) {
      const key = normalize(word).replace(/-/g, '');
      if (!joined.has(key)) joined.set(key, value(word));
    }
  }
  return joined;
}

/** A designation written with a hyphen between its letters and its number: "PP-18", "WRC-15". */
const DESIGNATION = /\b\p{L}+-\d+\b/gu;

/** A designation typed joined: "pp18", "wrc15". */
const JOINED_DESIGNATION = /\b\p{L}+\d+\b/gu;

/** The corpus's designations by their joined spelling ("pp18": "PP-18"), read on first use. */
const joinedDesignations = perObject(
  (corpus: Corpus): ReadonlyMap<string, string> => byJoinedSpelling(corpus, DESIGNATION, (word) => word),
);

/**
 * `text` with designations typed joined ("where was pp18") spelled as the corpus writes them ("PP-18"),
 * so that they are read as its letters and its number, both of which the answer must say. As their
 * parts ("pp" or "18"), any sentence with either would count.
 */
export function spellDesignations(text: string, corpus: Corpus): string {
  if (!/\p{L}\d/u.test(text)) return text;
  const known = joinedDesignations(corpus);
  return text.replace(JOINED_DESIGNATION, (word) => known.get(normalize(word)) ?? word);
}
