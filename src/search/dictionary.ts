import { createRequire } from 'node:module';

/*
 * Dictionary English, from the an-array-of-english-words package (about 275,000 words). A word in it is
 * never "corrected" into a corpus word: "coffee" is not a typo of "office", while "propsed" is still
 * read as "proposed". Loaded on first use (about 100 ms), which only a word the corpus lacks triggers.
 */

const require = createRequire(import.meta.url);
let words: ReadonlySet<string> | undefined;

/** True when a lower-case word is dictionary English. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(require('an-array-of-english-words') as string[]);
  return words.has(word.toLowerCase());
}
