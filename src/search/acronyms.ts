import { terms } from './text.ts';

/*
 * Acronyms a corpus spells out ("Radio Regulations Board (RRB)"): read once with the vocabulary, so that
 * a question typing the acronym also finds the long form. See docs/answering.md.
 */

/** Longest long form kept for an acronym, in terms: enough to find it, not a whole sentence. */
const MAX_LONG_FORM_TERMS = 6;

/** Fewest terms a long form must keep to stand for its acronym. */
const MIN_LONG_FORM_TERMS = 2;

/**
 * Finds "Long Form Name (LFN)" in a text and returns acronym -> terms of the long form, keeping only
 * pairs whose acronym spells the initials of the words before it, so "(Rev. Busan, 2014)" is not taken
 * for one.
 */
export function spelledOutAcronyms(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const m of text.matchAll(/((?:[\p{L}'-]+\s+){1,10})\(([A-Z][A-Za-z0-9]{1,7})\)/gu)) {
    const acronym = (m[2] ?? '').replace(/s$/, '');
    if (acronym.length < 2) continue;
    // Walk back from the bracket, collecting initials of capitalised words (and of each part of a
    // hyphenated word, "Over-the-top"), until they spell the acronym or cannot.
    const words = (m[1] ?? '').trim().split(/\s+/);
    let initials = '';
    let from = words.length;
    while (from > 0 && initials.length < acronym.length) {
      const word = words[from - 1] as string;
      from--;
      if (word.includes('-'))
        initials =
          word
            .split('-')
            .map((p) => p[0] ?? '')
            .join('') + initials;
      else if (/^\p{Lu}/u.test(word)) initials = (word[0] ?? '') + initials;
    }
    if (initials.toUpperCase() !== acronym.toUpperCase()) continue;
    const longTerms = terms(words.slice(from).join(' ')).slice(0, MAX_LONG_FORM_TERMS);
    // "Over-the-top (OTT)" keeps only "top" once its little words go: one common word is not the long
    // form, and "top officials" would then name OTT.
    if (longTerms.length >= MIN_LONG_FORM_TERMS) out.push([acronym.toLowerCase(), longTerms]);
  }
  return out;
}
